import { FRAMES } from './frames';

/** Methodology metadata for the dashboard: one entry per marker family. lib/analysis/README.md has the detail. */
export interface FamilyInfo {
  id: string;
  name: string;
  description: string;
  /** Keys of ArticleAnalysis.figures (counts and rates per 100 words) this family produces. */
  metrics: string[];
  /** Keys of ArticleAnalysis.measures (non-count numbers). */
  measures: string[];
  /** The label whose markers the family's total counts, when not all of them (loaded: its sentences, not its words). */
  totalLabel?: string;
  source: string;
}

export const FAMILIES: FamilyInfo[] = [
  {
    id: 'sentiment',
    name: 'Sentiment',
    description: 'AFINN-165 word valence summed per sentence and article, in the writer\'s voice (quoted evaluation beside it), on words annotated news shows carrying tone: event words that name what happened ("killed", "crisis") and names never count. A negator (not, no, never, n\'t, no one, without…) flips the next three words up to a comma or contrast word; "never been more/better" and "not only" do not flip.',
    metrics: ['sentiment.positive', 'sentiment.negative'],
    measures: ['sentiment.score', 'sentiment.comparative'],
    source: 'Finn Årup Nielsen (2011), "A new ANEW: Evaluation of a word list for sentiment analysis in microblogs", via the `sentiment` npm package (MIT).',
  },
  {
    id: 'hedge',
    name: 'Hedges',
    description: 'Words and phrases that lower commitment to a claim ("may", "possibly", "it is unclear") and hearsay markers by which a report passes a claim on without vouching for it ("reportedly", "alleged", "is said to").',
    metrics: ['hedge', 'hedge.hyland', 'hedge.news'],
    measures: [],
    source: 'Ken Hyland (2005), Metadiscourse, Continuum — list as released by Recasens, Danescu-Niculescu-Mizil & Jurafsky (ACL 2013); news hedges and exclusions by Parallax.',
  },
  {
    id: 'certainty',
    name: 'Certainty',
    description: 'Assertive verbs that commit to a claim ("insist", "declare"), factive verbs that presuppose it is true ("reveal", "realise"), epistemic boosters ("clearly", "undoubtedly") and intensifiers ("strongly", "fully"). Negated uses are not counted.',
    metrics: ['certainty', 'certainty.assertive', 'certainty.factive', 'certainty.booster', 'certainty.intensifier'],
    measures: [],
    source: 'Joan B. Hooper (1975), "On assertive predicates", Syntax and Semantics 4 (via Recasens et al. 2013); boosters and intensifiers by Parallax after Hyland (2005).',
  },
  {
    id: 'report-verb',
    name: 'Report verbs',
    description: 'Verbs that attribute speech, split into neutral ("said", "told", "noted", "added") and loaded ones that judge the speaker or the claim ("claimed", "insisted", "admitted", "slammed"), all inflections, with the speaker when the sentence names one.',
    metrics: ['report-verb', 'report-verb.neutral', 'report-verb.loaded'],
    measures: ['report-verb.loaded_share'],
    source: 'Parallax split of the report-verb list released by Recasens et al. (ACL 2013).',
  },
  {
    id: 'source',
    name: 'Sources',
    description: 'Attributions: who is reported as saying something ("Wang said", "said Putin", "according to CNN"), named or anonymous ("officials said", "analysts argued", agentless "was said to").',
    metrics: ['source', 'source.named', 'source.anonymous', 'source.pronoun'],
    measures: ['source.distinct', 'source.anonymous_share'],
    source: 'Parallax rules.',
  },
  {
    id: 'quote',
    name: 'Direct quotes',
    description: 'Quoted speech (straight or curly, single or double marks, never apostrophes) with its speaker when attributed; the share of the article\'s words that sit inside quotes.',
    metrics: ['quote', 'quote.attributed', 'quote.unattributed'],
    measures: ['quote.word_share', 'quote.distinct_speakers'],
    source: 'Parallax rules.',
  },
  {
    id: 'scare-quote',
    name: 'Scare quotes',
    description: 'Short quoted phrases (1–4 words) that are not attached to a speech verb: the writer holds the words at a distance (‘political virus’, \'color revolutions\').',
    metrics: ['scare-quote'],
    measures: [],
    source: 'Parallax rules.',
  },
  {
    id: 'loaded',
    name: 'Loaded language',
    description: 'Probability that a sentence is biased/loaded, from a logistic regression over its content words and their parts of speech fitted on expert-labelled news sentences; names are masked and plain report verbs ("said") and function words are no features, so who is named and house style do not count. Lexicon features (NPOV bias lexicon, MPQA strong subjectives, BABE bias words, opinion words, hedges/boosters, annotated biased words) are folded into one weight per word, and the words with the largest positive weights are the evidence.',
    metrics: ['loaded', 'loaded.word'],
    totalLabel: 'sentence',
    measures: ['loaded.mean_probability', 'loaded.sentence_share'],
    source: 'Fitted on BABE (Spinde et al., Findings of EMNLP 2021; AGPL-3.0 data). Lexicons: Recasens et al. (ACL 2013); Wilson, Wiebe & Hoffmann (HLT/EMNLP 2005); Hu & Liu (KDD 2004); Nielsen (2011).',
  },
  {
    id: 'frame',
    name: 'Policy frames',
    description: 'Each sentence takes the Policy Frames Codebook dimension(s) with most cue words; the article\'s distribution is the count of sentences per frame.',
    metrics: FRAMES.filter((f) => f.cues.length).map((f) => `frame.${f.id}`),
    measures: ['frame.framed_share'],
    source: 'Boydstun, Card, Gross, Resnik & Smith (2014), Policy Frames Codebook; Card et al. (ACL 2015), Media Frames Corpus. Cue words by Parallax.',
  },
];

export { FRAMES };

/** Family id → the label its total counts (FamilyInfo.totalLabel), for the families that have one. */
export const TOTAL_LABEL: ReadonlyMap<string, string> = new Map(FAMILIES.flatMap((f) => (f.totalLabel ? [[f.id, f.totalLabel] as const] : [])));
