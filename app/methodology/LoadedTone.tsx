import toneWords from '@/lib/analysis/lexicons/tone-words.json';
import loadedModel from '@/lib/analysis/lexicons/loaded-model.json';
import loadedWords from '@/lib/analysis/lexicons/loaded-words.json';
import { num3, int } from '../_lib/format';

export interface EvalFigure {
  task: string;
  dataset: string;
  file: string;
  metric: string;
  value: number;
  n: number;
}

/** How many event words the page lists by name (the rest are in lib/analysis/lexicons/tone-words.json). */
const EVENT_WORDS_SHOWN = 40;

/**
 * What loaded language and tone measure and what they do not, with the figures of the latest `npm run eval`
 * (data/eval/results.json) that say how well they do it.
 */
export function LoadedTone({ results }: { results: EvalFigure[] }) {
  const find = (task: string, dataset: string, metric: string, file?: string) =>
    results.find((r) => r.task === task && r.dataset === dataset && r.metric === metric && (!file || r.file.endsWith(file)));
  const show = (r: EvalFigure | undefined, unit: string) =>
    r && r.n > 0 ? (
      <>
        <strong>{num3.format(r.value)}</strong> <span className="muted small">({int.format(r.n)} {unit})</span>
      </>
    ) : (
      <span className="muted">not measured (run npm run eval)</span>
    );
  const events = toneWords.event.slice(0, EVENT_WORDS_SHOWN).map((w) => w.word);
  return (
    <section id="loaded-and-tone" aria-labelledby="loaded-and-tone-h">
      <h2 id="loaded-and-tone-h">Loaded language and tone: what they measure and what they do not</h2>
      <h3>Loaded language</h3>
      <p>
        A sentence&apos;s probability of being written in loaded, one-sided wording, from a small logistic regression fitted on{' '}
        {int.format(loadedModel.fit.sentences)} sentences of BABE (news sentences labelled biased or not by experts; Spinde et al. 2021). Its features are the sentence&apos;s content words (by lemma)
        and their parts of speech, with what bias and subjectivity lexicons know of each word (NPOV bias lexicon, MPQA strong subjectives,
        BABE bias words, Hu &amp; Liu opinion words, hedges and boosters) folded into one weight per word. To reach words BABE never
        shows, each word also carries one number read off its GloVe word vector (Pennington et al. 2014) along the direction the fit
        learnt, and the sentence adds the mean of those numbers: informal and scornful words score high, dates and figures low.
      </p>
      <p>
        Loaded <em>words</em> come from a second, word-level model, fitted on the words BABE&apos;s annotators marked as biased in the same{' '}
        {int.format(loadedModel.fit.sentences)} sentences: for each content word, the lexicons above, BABE annotators&apos; marking rate,
        the sentence model&apos;s weight and vector number for the word, its part of speech, and how near it stands to a (masked) name.
        Names are never loaded words. In five-fold cross-validation on those sentences it ranks a word the annotators marked above
        one they did not with probability {num3.format(loadedWords.fit.outOfFold.wordAuc)} (AUC). A word is shown when its probability
        reaches {num3.format(loadedWords.threshold)}, at most {loadedWords.maxPerSentence} per sentence, in any sentence. BABE&apos;s
        annotators mark far more words than experts do in whole articles, so this one threshold (and the cap) was chosen on BASIL&apos;s
        2010&ndash;2016 articles, as the earlier evidence threshold was: the most precise setting that finds at least as many expert
        spans as before. Nothing else of the model is fitted on BASIL.
      </p>
      <p>
        It does <strong>not</strong> measure who a sentence is about: names and named groups are masked before the model sees them
        (&ldquo;Biden&rdquo; and &ldquo;Trump&rdquo;, &ldquo;Democrats&rdquo; and &ldquo;Republicans&rdquo; are the same feature), and tests
        check that swapping them moves no sentence&apos;s probability by 0.05 or more. Nor does it measure house style: plain report verbs
        (said, stated, told, &ldquo;told reporters&rdquo;) and function words are not features. It does not measure whether a sentence is true, fair or balanced in what it
        selects (BASIL&apos;s &ldquo;informational&rdquo; bias): only word choice.
      </p>
      <ul>
        <li>BABE SG2, sentences the model was not fitted on, macro-F1: {show(find('loaded-language', 'babe-sg2', 'macro_f1'), 'sentences')} (fine-tuned BERT: 0.804)</li>
        <li>BABE SG1 (expert labels), same held-out sentences: {show(find('loaded-language', 'babe-sg1', 'macro_f1'), 'sentences')}</li>
        <li>
          BASIL 2010&ndash;2016 expert lexical-bias spans (no weight is fitted on BASIL; the two word figures are in-sample for the
          loaded-word threshold chosen on these articles): sentence AUC {show(find('loaded-language', 'basil', 'sentence_auc'), 'sentences')}; share of
          spans found by a loaded word {show(find('loaded-language', 'basil', 'span_recall'), 'spans')}; share of loaded words inside a span{' '}
          {show(find('loaded-language', 'basil', 'word_precision'), 'words')}
        </li>
        <li>Loaded words against the hand labels (test split), precision: {show(find('markers', 'hand-labels', 'loaded/word:precision', '(test)'), 'words')}</li>
      </ul>
      <p className="small muted">
        Out of domain the model is weak: on BASIL a loaded sentence is only moderately more likely to hold an expert&apos;s lexical-bias span
        than any other. Read loaded-language rates as a comparison between outlets covering the same story, with the words in view, not as a
        verdict on one sentence.
      </p>
      <h3>Tone</h3>
      <p>
        Tone counts evaluative words, AFINN-165 (Nielsen 2011) with negation, in the writer&apos;s own voice; evaluation inside quotations is
        counted beside it (<code>@quoted</code>), not in the outlet&apos;s tone. Only words that annotated news shows carrying tone count: a
        word&apos;s AFINN sign must agree with NewsMTSC&apos;s annotated sentiment (Hamborg &amp; Donnay 2021) well above chance (lift &gt;
        1.5 over at least 5 sentences), or BABE&apos;s annotators must mark it as a biased word in more than 10% of its sentences; a rarer word
        counts only as an adjective. Names never count (&ldquo;Hope&rdquo;, &ldquo;Joy&rdquo;, &ldquo;Supreme Court&rdquo;).
      </p>
      <p>
        Each word is then read in its sentence, following the hand-label guidelines&apos; definition of an evaluative word: legal steps
        (&ldquo;subpoena&rdquo;, &ldquo;charged&rdquo;, &ldquo;criminal case&rdquo;), outcomes and changes (&ldquo;growing&rdquo;,
        &ldquo;improve&rdquo;, &ldquo;forced to close&rdquo;), hedges and truth values (&ldquo;unlikely&rdquo;, &ldquo;false&rdquo;) and
        function senses (&ldquo;a great deal&rdquo;, &ldquo;net worth&rdquo;, &ldquo;presidential hopeful&rdquo;, &ldquo;the case was
        dismissed&rdquo;, &ldquo;thanks to&rdquo;) do not count; feelings and judgements the guidelines name (&ldquo;praised&rdquo;,
        &ldquo;condemned&rdquo;, &ldquo;fear&rdquo;, &ldquo;controversy&rdquo;, &ldquo;failed to protect&rdquo;) do. Every counted word is
        shown as a marker with its AFINN score, so each tone figure can be checked word by word.
      </p>
      <p>
        Tone does <strong>not</strong> measure which stories an outlet covers. <strong>Event words</strong> name what happened rather than judge
        it: measured on NewsMTSC, their sign agrees with the annotated sentiment no more often than chance (lift ≤ 1.2), so they are left out (
        {toneWords.event.length} words, e.g. {events.join(', ')}).
      </p>
      <ul>
        <li>Tone words against hand-labelled evaluative words (test split), precision: {show(find('markers', 'hand-labels', 'sentiment:precision', '(test)'), 'words')}; recall: {show(find('markers', 'hand-labels', 'sentiment:recall', '(test)'), 'labelled words')}</li>
        <li>Writer&apos;s voice only, precision: {show(find('markers', 'hand-labels', 'sentiment@writer:precision', '(test)'), 'words')}</li>
      </ul>
      <p className="small muted">
        A word list cannot read context (irony, a negative word used neutrally): treat tone as a coarse measure and read the words behind
        it.
      </p>
    </section>
  );
}
