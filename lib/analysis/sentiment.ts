// The CommonJS entry, not labels.json: tsx cannot import a JSON file from node_modules as ESM.
import en from 'sentiment/languages/en/index.js';
import type { Marker, SentenceScore } from './types';
import newsNeutral from './lexicons/news-neutral.json';
import toneWords from './lexicons/tone-words.json';
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
 * procedure and outcome words, importance words, stance nouns, function senses) — the definition being
 * measured, not a tuned list.
 */
export const NOT_EVALUATIVE = new Set<string>([
  'kill', 'death', 'deadly', 'disease', 'virus', 'war', 'attack', 'shooting', 'violence', 'crime', 'fraud', 'poverty',
  'unemployment', 'drought', 'fire', 'injury', 'risk', 'severe', 'rare', 'approve', 'pass', 'reject', 'block', 'veto',
  'vote', 'win', 'lose', 'victory', 'defeat', 'elect', 'guilty', 'convict', 'legal', 'illegal', 'support', 'oppose',
  'back', 'endorse', 'opposition', 'refusal', 'unwillingness', 'reluctance', 'demand', 'insistence', 'important',
  'key', 'essential', 'vital', 'crucial', 'significant', 'major', 'like', 'well', 'right', 'fine', 'interest', 'free',
  'top', 'care', 'help', 'assist', 'communist', 'democratic', 'federal', 'conservative', 'liberal',
]);
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
 * A single AFINN word counts as tone when measured as tone, or, too rare to measure, when it is an adjective or
 * adverb ("reckless", "unhappy": rare words that describe rather than name); never an event word.
 */
export function countsAsTone(word: string, pos: string): boolean {
  if (TONE_WORDS.has(word)) return true;
  return !EVENT_WORDS.has(word) && (pos === 'ADJ' || pos === 'ADV');
}

const LEXICON = new PhraseTable<number>();
const afinn = en.labels;
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
      // Words inside names are not the writer's evaluation: Supreme Court, Department of Justice, Centers for Disease Control.
      if (tok.inName || tok.pos === 'PROPN' || (hit.length === 1 && (NOT_EVALUATIVE.has(tok.lemma) || NOT_EVALUATIVE.has(tok.lower))) || (hit.length === 1 && tok.pos !== 'ADJ' && tok.pos !== 'ADV' && (NEWS_TOPIC_WORDS.has(tok.lemma) || NEWS_TOPIC_WORDS.has(tok.lower))) || (hit.length === 1 && !countsAsTone(hit.phrase, tok.pos))) {
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
