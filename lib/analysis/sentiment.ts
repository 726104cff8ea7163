// The CommonJS entry, not labels.json: tsx cannot import a JSON file from node_modules as ESM.
import en from 'sentiment/languages/en/index.js';
import type { Marker, SentenceScore } from './types';
import newsNeutral from './lexicons/news-neutral.json';
import toneWords from './lexicons/tone-words.json';
import { BOOSTERS, HYLAND_HEDGES, INTENSIFIERS, NEWS_HEDGES } from './lexicons/stance';
import { PhraseTable, WordSet, type Tokenized } from './tokens';

/**
 * AFINN-165 (Nielsen 2011, as shipped by the `sentiment` package) scored on the shared tokens, with a
 * negation scope instead of `sentiment`'s "previous word only" rule, so "not very good" and "no one doubts"
 * flip while "never been more unstable" does not.
 */

/**
 * AFINN words news uses descriptively (war, deaths, approval, support), derived from BABE by
 * scripts/fit-news-neutral.ts: in >= 3 BABE train sentences and marked as a biased word in <= 10% of them.
 * 'like', 'united', 'top' stay from analysis/4. See README, "Sentiment", for the measurement.
 */
export const NEWS_NEUTRAL = new Set<string>(['like', 'united', 'top']);
/**
 * Words the annotation guidelines define as not sentiment in any part of speech (GUIDELINES.md §6: topic words,
 * procedure and outcome words, importance words, stance nouns, function senses), first as §6 lists them, then the
 * same categories in other parts of speech and their near kin (§14 adds difficulty words and *milestone*). The kin
 * were found reading the tune split's false positives and the 30 strongest tone words on AllSides, never the test
 * split; README, "Tone words", gives the figures of each step.
 */
export const NOT_EVALUATIVE = new Set<string>([
  'kill', 'death', 'deadly', 'disease', 'virus', 'war', 'attack', 'shooting', 'violence', 'crime', 'fraud', 'poverty',
  'unemployment', 'drought', 'fire', 'injury', 'risk', 'severe', 'rare', 'approve', 'pass', 'reject', 'block', 'veto',
  'vote', 'win', 'lose', 'victory', 'defeat', 'elect', 'guilty', 'convict', 'legal', 'illegal', 'support', 'oppose',
  'back', 'endorse', 'opposition', 'refusal', 'unwillingness', 'reluctance', 'demand', 'insistence', 'important',
  'key', 'essential', 'vital', 'crucial', 'significant', 'major', 'like', 'well', 'right', 'fine', 'interest', 'free',
  'top', 'care', 'help', 'assist', 'communist', 'democratic', 'federal', 'conservative', 'liberal',
  // Topic words in another part of speech: violence, disease, death, injury, crime, unemployment; slavery (a state
  // named as plainly as poverty).
  'violent', 'violently', 'sick', 'illness', 'infected', 'infection', 'immune', 'dead', 'die', 'killer', 'killing',
  'injured', 'injure', 'fraudulent', 'guilt', 'felony', 'offense', 'unemployed', 'slavery',
  // Importance words (§6, §14 milestone).
  'prominent', 'notable', 'milestone',
  // Difficulty words (§14: struggle, endure, easier, obstacle) and their kin.
  'struggle', 'endure', 'easy', 'ease', 'obstacle', 'difficult', 'difficulty', 'unable', 'burden',
  // Outcomes and changes (§6 procedure and outcome words, "the plain, neutral word for the facts"): a count grew, fell,
  // reached a mark, met a limit; a plant was forced to close, a state affected, an official resigned.
  'grow', 'growing', 'growth', 'increase', 'rise', 'boost', 'improve', 'improvement', 'gain', 'reach', 'limit',
  'limited', 'substantial', 'expand', 'drop', 'cut', 'force', 'affect', 'intact', 'profit', 'rescue', 'resign', 'fit',
  // Stance nouns (§6: a position, not a feeling): a claim made against someone.
  'allegation', 'accusation',
  // Function sense: "fresh" as "new" ("a fresh low", "fresh calls").
  'fresh',
]);
/** Nouns naming physical events, not judgements, as nouns only ("property damage", "the collapse"; "damaged his standing" still counts). */
export const TOPIC_NOUNS = new Set<string>(['damage', 'collapse']);
/** Nouns and verbs only: as adjectives many of these evaluate ("a good plan", "a hard line"). */
export const NEWS_TOPIC_WORDS = new Set<string>(newsNeutral.words.map((w) => w.word));
/**
 * Tone is counted only on AFINN words that annotated news shows carrying tone (scripts/fit-event-words.ts,
 * lexicons/tone-words.json with each word's counts): their sign agrees with NewsMTSC's annotated sentiment well
 * above chance, or BABE's annotators mark them as biased words. Event words — measured, and agreeing no more than
 * chance ("killed", "crisis", "unemployment", "agreement") — name what happened rather than judge it; they and
 * the words too rare to measure do not count. AFINN's multi-word entries (idioms) count as listed.
 */
export const TONE_WORDS = new Set<string>(toneWords.tone.map((w) => w.word));
export const EVENT_WORDS = new Set<string>(toneWords.event.map((w) => w.word));

/**
 * Lemmas the guidelines name as sentiment (GUIDELINES.md §6, §14: feelings and evaluative speech acts — *praise,
 * condemn, welcome, fear, hope, worried, controversy, taunts*; §12 *slammed*). They count whatever the measurement
 * says: news-neutral.json keeps most of them out because BABE rarely marks them as bias, which is not the question.
 */
export const EVALUATIVE = new Set<string>([
  'praise', 'condemn', 'criticize', 'criticise', 'criticism', 'welcome', 'fear', 'hope', 'worry', 'worried',
  'disgrace', 'controversy', 'controversial', 'blame', 'taunt', 'insult', 'slam', 'blast', 'cheer', 'reckless',
]);
/**
 * Legal procedure (GUIDELINES.md §6, "procedure and outcome words": *guilty, convicted*, *fraud (as a charge)*). NewsMTSC
 * scores these as tone ("charged" lift 1.93, "arrested" 2.01) because its annotators rate the sentiment *toward the
 * person charged*; the word itself reports a legal step.
 */
export const PROCEDURE = new Set<string>([
  'subpoena', 'indict', 'indictment', 'charge', 'arrest', 'convict', 'conviction', 'sentence', 'prison', 'jail',
  'imprison', 'prosecute', 'prosecution', 'sue', 'lawsuit', 'criminal', 'acquit', 'detain', 'detention',
]);

/**
 * A single AFINN word counts as tone when the guidelines name it, or when measured as tone, or, too rare to
 * measure, when it is an adjective ("reckless", "neglected": rare words that describe rather than name); never an
 * event word. Unmeasured adverbs ("inadvertently") and superlatives ("lowest") stay out: the first mostly report
 * manner, the second rank (tune split: 2 such markers, neither evaluative).
 */
export function countsAsTone(word: string, pos: string, lemma = word): boolean {
  if (EVALUATIVE.has(lemma) || EVALUATIVE.has(word)) return true;
  if (TONE_WORDS.has(word)) return true;
  return !EVENT_WORDS.has(word) && pos === 'ADJ' && !(lemma !== word && word.endsWith('est'));
}

/**
 * Hedges and degree words belong to the stance families (GUIDELINES.md §7–8: *unlikely*, *very*, *clear* as in "it
 * was clear that"), truth values to neither (§14: *false*, *true* about a fact): AFINN scores them, the guidelines
 * do not count them as sentiment.
 */
export const STANCE_WORDS = new Set<string>([...HYLAND_HEDGES, ...NEWS_HEDGES, ...BOOSTERS, ...INTENSIFIERS, 'clear', 'false', 'true'].filter((w) => !w.includes(' ')));

/** Words that make "dismissed" or "complaint" a court's matter ("the indictment was dismissed", "a federal court dismissed the complaint"). */
const COURT_WORDS = new Set(['court', 'judge', 'justices', 'case', 'cases', 'charge', 'charges', 'indictment', 'lawsuit', 'suit', 'appeal', 'motion', 'complaint', 'count', 'counts', 'antitrust', 'filed']);
/** Modifiers that make "hopeful" a noun for a candidate ("the presidential hopeful"). */
const CANDIDACY = new Set(['presidential', 'gubernatorial', 'mayoral', 'senate', 'congressional', 'democratic', 'republican', 'gop', 'party', 'leadership', 'white']);
/** Degree words that make "ill" sick ("critically ill"). */
const SICKNESS_DEGREE = new Set(['critically', 'terminally', 'seriously', 'gravely', 'mentally', 'chronically', 'severely']);
/** What one honors by keeping it ("honor the agreement"). */
const COMMITMENTS = new Set(['agreement', 'commitment', 'ceasefire', 'cease-fire', 'truce', 'deal', 'pledge', 'promise', 'contract', 'treaty', 'request', 'obligation', 'accord', 'terms']);
/** Number words that make "worth" an amount ("$882 billion worth"). */
const AMOUNT = new Set(['net', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars']);

/**
 * Function senses decided by the words around (GUIDELINES.md §6, "function or technical senses"): an amount
 * ("$5 billion worth"), a candidate ("the Democratic hopeful"), a finding ("determined that"), a court's act ("the
 * case was dismissed", "the antitrust complaint"). Fixed phrases are NEUTRAL_PHRASES. Returns the sense's name, or
 * '' when the word is used as AFINN scores it.
 */
export function functionSense(t: Tokenized, i: number, to: number): string {
  const tok = t.tokens[i];
  const prev = i > 0 && t.tokens[i - 1].sentence === tok.sentence ? t.tokens[i - 1] : undefined;
  const next = i + 1 < to ? t.tokens[i + 1] : undefined;
  switch (tok.lemma) {
    case 'worth':
      if (prev && (AMOUNT.has(prev.lower) || prev.pos === 'NUM')) return 'amount';
      return next && (next.pos === 'NUM' || t.body.slice(tok.end, next.start).includes('$')) ? 'amount' : '';
    case 'hopeful':
      return tok.lower === 'hopefuls' || (prev && CANDIDACY.has(prev.lower)) ? 'candidate' : '';
    case 'determine':
      // "officials determined that the strain dominated": found out, not resolved ("determined to win").
      return next && (next.lower === 'that' || next.lower === 'whether' || next.lower === 'how' || next.lower === 'what') ? 'finding' : '';
    case 'dismiss':
    case 'complaint':
      // The clause around: "An indictment against Steve Ruiz was dismissed" puts the noun five words before.
      for (let j = Math.max(i - 8, 0); j < Math.min(i + 5, to); j++) if (j !== i && t.tokens[j].sentence === tok.sentence && COURT_WORDS.has(t.tokens[j].lower)) return 'court';
      return '';
    case 'positive':
    case 'negative':
      // "tested positive", "testing negative": a result, not a judgement.
      return prev?.lemma === 'test' ? 'test result' : '';
    case 'ill':
      // "fell ill", "critically ill": sick, not bad.
      return prev && (prev.lemma === 'fall' || SICKNESS_DEGREE.has(prev.lower)) ? 'medical' : '';
    case 'secure':
      // "to secure the border", "secured the votes": protecting or obtaining, not approving.
      return tok.pos === 'VERB' ? 'action' : '';
    case 'prepared':
    case 'prepare':
      // "prepared to provide assistance", "prepared a report": readiness, not praise.
      return 'readiness';
    case 'alert':
      // "an alert from a researcher", "on high alert": a warning issued, not a judgement.
      // The tagger calls both ADJ; a determiner or "high" before it makes it the noun.
      return tok.pos === 'NOUN' || (prev && (prev.pos === 'DET' || prev.lower === 'high')) ? 'notice' : '';
    case 'honor':
      // "would honor the agreement": keeping to it (adherence, §6), not praising it.
      for (let j = i + 1; j < Math.min(i + 4, to); j++) if (COMMITMENTS.has(t.tokens[j].lemma)) return 'adherence';
      return '';
    default:
      return '';
  }
}

/**
 * "failed to warn", "has failed on border crime": someone fell short, which §6 counts as sentiment, where "the bill
 * failed" (an outcome, and what NewsMTSC mostly shows: "fails" lift 0.52) does not.
 */
function failedDuty(t: Tokenized, i: number, to: number): boolean {
  const next = i + 1 < to ? t.tokens[i + 1] : undefined;
  return t.tokens[i].lemma === 'fail' && (next?.lower === 'to' || next?.lower === 'on');
}

/** Why token i's AFINN entry of `length` words is not tone here, or '' when it counts. */
export function notTone(t: Tokenized, i: number, to: number, phrase: string, length: number): string {
  const tok = t.tokens[i];
  // Words inside names are not the writer's evaluation: Supreme Court, Department of Justice, Centers for Disease Control.
  if (tok.inName || tok.pos === 'PROPN') return 'name';
  if (length > 1) return ''; // AFINN's multi-word entries (idioms) count as listed
  if (NOT_EVALUATIVE.has(tok.lemma) || NOT_EVALUATIVE.has(tok.lower)) return 'not evaluative';
  if (tok.pos === 'NOUN' && TOPIC_NOUNS.has(tok.lemma)) return 'topic';
  if (PROCEDURE.has(tok.lemma) || PROCEDURE.has(tok.lower)) return 'procedure';
  if (STANCE_WORDS.has(tok.lower)) return 'stance';
  const sense = functionSense(t, i, to);
  if (sense) return sense;
  if (EVALUATIVE.has(tok.lemma) || EVALUATIVE.has(tok.lower) || failedDuty(t, i, to)) return '';
  if (tok.pos !== 'ADJ' && tok.pos !== 'ADV' && (NEWS_TOPIC_WORDS.has(tok.lemma) || NEWS_TOPIC_WORDS.has(tok.lower))) return 'news topic';
  return countsAsTone(phrase, tok.pos, tok.lemma) ? '' : 'not measured as tone';
}

/**
 * Multi-word neutralisers, added to the lexicon at 0 as AFINN itself does ("kind of", "some kind"): the longest
 * match wins, so the phrase's evaluative-looking word does not score ("for better or worse" is matched from
 * "better", so common words like "a" and "for" start no entry). Function and technical senses of §6: an
 * amount, a candidate, adherence, certainty (§8), a medical term, a topic ("terrorist attack" like "attack"), a
 * cause ("thanks to"), an idiom that takes no side.
 */
export const NEUTRAL_PHRASES = [
  'great deal', 'great many', 'net worth', 'presidential hopeful', 'presidential hopefuls', 'stick to', 'sticks to',
  'stuck to', 'sticking to', 'make clear', 'makes clear', 'made clear', 'making clear', 'infectious disease',
  'infectious diseases', 'terrorist attack', 'terrorist attacks', 'better or worse', 'better or for worse',
  'novel coronavirus', 'novel virus', 'immune system', 'thanks to',
];

const LEXICON = new PhraseTable<number>();
const afinn = en.labels;
for (const phrase of NEUTRAL_PHRASES) LEXICON.add(phrase, 0);
for (const [entry, score] of Object.entries(afinn)) {
  if (!NEWS_NEUTRAL.has(entry)) LEXICON.add(entry, score);
}

/** How many words after a negator its scope reaches (Councill et al. 2010 find most scopes are short). */
const SCOPE = 3;
/** Words that end a negation scope early: a contrast starts a new clause. */
const SCOPE_BREAK = new WordSet(['but', 'however', 'although', 'though', 'yet', 'while', 'whereas', 'and']);
/** "never been more", "couldn't be better", "no less": negated comparatives intensify instead of flipping. */
const COMPARATIVE = new WordSet(['more', 'less', 'better', 'worse', 'happier', 'greater', 'stronger', 'higher', 'clearer', 'bigger']);
const LINKING = new WordSet(['be', 'been', 'was', 'were', 'is', 'are', 'have', 'has', 'had', 'felt', 'looked', 'seemed', 'get', 'got', 'gotten']);

export interface SentimentResult {
  score: number;
  comparative: number;
  sentences: SentenceScore[];
  markers: Marker[];
}

/** Score of one word/phrase in the lexicon as shipped (used by tests and the loaded-language fit). */
export function afinnScore(word: string): number {
  return Object.hasOwn(afinn, word) ? afinn[word] : 0;
}

export function scoreSentiment(t: Tokenized, wordsPerSentence: number[], totalWords: number): SentimentResult {
  const markers: Marker[] = [];
  const sentences: SentenceScore[] = [];
  let total = 0;
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    let sum = 0;
    let scopeEnd = -1;
    let negator = '';
    for (let i = from; i < to; i++) {
      const tok = t.tokens[i];
      // Punctuation between words closes the scope: "not, however, good" is no longer negated.
      if (tok.clauseBreak) scopeEnd = -1;
      if (SCOPE_BREAK.at(tok)) scopeEnd = -1;
      const hit = LEXICON.match(t, i);
      // A negator is an operator, not a sentiment word ("no" is -1 in AFINN), unless a longer AFINN phrase starts with it.
      if (tok.word.negator && (!hit || hit.length === 1)) {
        scopeEnd = negationScope(t, i, to);
        negator = tok.lower;
        continue;
      }
      if (!hit) continue;
      // AFINN's zero entries ("kind of", "some kind") are neutralisers: they keep "kind" from scoring and count nothing.
      if (hit.value === 0 || notTone(t, i, to, hit.phrase, hit.length)) {
        i += hit.length - 1;
        continue;
      }
      const negated = i <= scopeEnd;
      const weight = negated ? -hit.value : hit.value;
      const last = t.tokens[i + hit.length - 1];
      sum += weight;
      markers.push({
        family: 'sentiment',
        sentenceIndex: span.index,
        start: tok.start,
        end: last.end,
        text: t.body.slice(tok.start, last.end),
        label: weight > 0 ? 'positive' : 'negative',
        rule: negated ? `afinn:${hit.phrase} (negated by "${negator}")` : `afinn:${hit.phrase}`,
        weight,
      });
      i += hit.length - 1;
    }
    const words = wordsPerSentence[span.index] ?? 0;
    sentences[span.index] = { index: span.index, sentiment: sum, comparative: words ? sum / words : 0 };
    total += sum;
  }
  return {
    score: total,
    comparative: totalWords ? total / totalWords : 0,
    sentences: sentences.filter(Boolean),
    markers,
  };
}

/** Last token index covered by a negator at i, or -1 when the negation intensifies ("never been more"). */
function negationScope(t: Tokenized, i: number, to: number): number {
  const lower = t.tokens[i].lower;
  if (lower === 'not' && t.tokens[i + 1]?.lower === 'only') return -1;
  let j = i + 1;
  if (lower === 'no' && t.tokens[j]?.lower === 'one') j++;
  let k = j;
  while (k < to && LINKING.at(t.tokens[k])) k++;
  if (k < to && COMPARATIVE.at(t.tokens[k]) && lower !== 'not') return -1;
  if (lower === 'no' && t.tokens[j]?.lower === 'less') return -1;
  return Math.min(to - 1, j + SCOPE - 1);
}
