import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import {
  contribution,
  findLoaded,
  LOADED_MODEL,
  loadedProbability,
  memoTokenFeature,
  NAME,
  probabilityOf,
  sentenceFeatures,
  tokenFeature,
  tokenizeSentence,
  vectorCount,
  vectorScore,
} from '@/lib/analysis/loaded';
import { findLoadedWords, wordCandidates, wordProbabilities } from '@/lib/analysis/loaded-words';
import { splitSentences } from '@/lib/ingest/sentences';
import { tokenize } from '@/lib/analysis/tokens';

// Sentences written for this test: {A}/{B} are actors or parties, {V} a neutral report verb.
const TEMPLATES = [
  '{A} {V} the new tariffs would take effect next month.',
  'The radical agenda pushed by {A} is a reckless assault on working families, critics {V}.',
  '{A} {V} reporters that talks with {B} would resume on Tuesday.',
  '{A} shamelessly rammed the bill through, ignoring the outrage of voters.',
  'Officials from {A} {V} the committee would review the budget in the spring.',
  'In a bizarre and divisive speech, {A} {V} that {B} had betrayed the country.',
  'The agreement between {A} and {B} covers fishing rights and shipping lanes.',
  '{A}’s disastrous handling of the crisis left thousands stranded, the report {V}.',
  'A spokesman {V} that {A} had no comment on the ruling.',
  '{A} {V} the so-called reform was nothing but a cynical ploy.',
];

const ACTOR_SWAPS: Array<[string, string]> = [
  ['Biden', 'Trump'],
  ['Democrats', 'Republicans'],
  ['Russia', 'China'],
];
const VERBS = ['said', 'stated', 'told'];

function fill(template: string, a: string, b: string, v: string): string {
  // "told" needs an object; "{V} reporters" already has one, elsewhere use "told reporters".
  const verb = v === 'told' && !template.includes('{V} reporters') ? 'told reporters' : v;
  return template.replaceAll('{A}', a).replaceAll('{B}', b).replaceAll('{V}', verb);
}

const loaded = (p: number): boolean => p >= LOADED_MODEL.threshold;

/** An article's loaded-word markers, in order. */
const wordMarkers = (body: string) => analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === 'loaded' && m.label === 'word');
/** Their words, lower case. */
const markedWords = (body: string): string[] => wordMarkers(body).map((m) => m.text.toLowerCase());

describe('loaded language is invariant to names and neutral report verbs', () => {
  for (const template of TEMPLATES) {
    it(`swapping actors and parties moves nothing: ${template}`, () => {
      for (const [x, y] of ACTOR_SWAPS) {
        for (const v of VERBS) {
          const p1 = loadedProbability(fill(template, x, y, v));
          const p2 = loadedProbability(fill(template, y, x, v));
          expect(Math.abs(p1 - p2), `${x}↔${y} (${v})`).toBeLessThan(0.05);
          expect(loaded(p1)).toBe(loaded(p2));
        }
      }
    });

    it(`swapping said/stated/told moves nothing: ${template}`, () => {
      for (const [x, y] of ACTOR_SWAPS) {
        const ps = VERBS.map((v) => loadedProbability(fill(template, x, y, v)));
        for (const p of ps) {
          expect(Math.abs(p - ps[0])).toBeLessThan(0.05);
          expect(loaded(p)).toBe(loaded(ps[0]));
        }
      }
    });
  }

  it('gives the same figures for a whole article whichever party it names', () => {
    const body = (a: string, b: string): string => fill(TEMPLATES.join(' '), a, b, 'said');
    for (const [x, y] of ACTOR_SWAPS) {
      const one = analyzeArticle(body(x, y), splitSentences(body(x, y)));
      const two = analyzeArticle(body(y, x), splitSentences(body(y, x)));
      expect(two.sentences.map((s) => s.loaded)).toEqual(one.sentences.map((s) => s.loaded));
      expect(two.figures.loaded).toEqual(one.figures.loaded);
    }
  });
});

describe('loaded language still separates loaded from plain wording', () => {
  it('flags a sentence of charged words and shows them, not the names, as evidence', () => {
    const body = 'Trump shamelessly rammed the bill through, a reckless and disastrous assault on working families.';
    const a = analyzeArticle(body, splitSentences(body));
    expect(a.figures.loaded.count).toBe(1);
    const words = a.markers.filter((m) => m.family === 'loaded' && m.label === 'word').map((m) => m.text.toLowerCase());
    expect(words.length).toBeGreaterThan(0);
    expect(words).not.toContain('trump');
    expect(words.some((w) => ['shamelessly', 'reckless', 'disastrous', 'rammed', 'assault'].includes(w))).toBe(true);
  });

  it('leaves a plain factual sentence unflagged', () => {
    expect(loaded(loadedProbability('Trump said the committee would review the budget in the spring.'))).toBe(false);
  });

  it('masks names, named groups and capitalised words inside a sentence, and drops function words, plain report verbs and their plain audience', () => {
    const t = tokenizeSentence('Republicans told reporters that the Democratic plan was absurd.');
    const feats = t.tokens.map((tok, i) => tokenFeature(tok, i === 0));
    expect(feats).toEqual([NAME, null, null, null, null, NAME, 'plan', null, 'absurd']);
  });

  it('decomposes the sentence score exactly into its words’ contributions (word, part of speech, vector share)', () => {
    const t = tokenizeSentence('The senator’s outrageous and deceitful scheme squandered millions of taxpayer dollars.');
    const features = sentenceFeatures(t.tokens, 0, t.tokens.length);
    const n = vectorCount(features);
    expect(n).toBeGreaterThan(0);
    const z = LOADED_MODEL.bias + features.reduce((sum, f) => sum + contribution(f, n), 0);
    expect(probabilityOf(features)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    // Names carry no vector share: only their own (masked) weight.
    expect(vectorScore({ key: NAME, form: 'trump' })).toBeUndefined();
  });
});

describe('findLoaded scores exactly as the exported feature functions', () => {
  // Written for this test: repeated words, one form under two lemmas (left), inflections sharing a lemma
  // (claims, claimed), names, capitals mid-sentence and a sentence of charged words.
  const body = [
    'The mayor claims the budget is broke, and critics claimed the claims were absurd.',
    'She left the left wing of the party furious after a reckless, reckless vote.',
    'Senator Ortiz shamelessly rammed the disastrous bill through, a cynical assault on working families.',
    'Officials said the committee would review the budget in the spring.',
    'The outrageous scheme squandered millions, and the outraged voters left.',
  ].join(' ');

  it('gives every sentence probabilityOf(sentenceFeatures(…)) to the last bit', () => {
    // Twice: the second pass reads the per-word memos the first one filled.
    for (let round = 0; round < 2; round++) {
      const t = tokenize(body, splitSentences(body));
      const { probabilities } = findLoaded(t);
      for (const span of t.sentences) {
        const [from, to] = t.ranges[span.index];
        const features = sentenceFeatures(t.tokens, from, to);
        expect(probabilities.get(span.index)).toBe(probabilityOf(features));
      }
    }
  });

  it('scores sentences in findLoadedWords exactly as findLoaded does', () => {
    const t = tokenize(body, splitSentences(body));
    const one = findLoaded(t);
    const both = findLoadedWords(t);
    expect(both.probabilities).toEqual(one.probabilities);
    expect(both.markers).toEqual(one.markers);
    expect(both.words.length).toBeGreaterThan(0);
  });

  it('gives every loaded-word candidate the probability of wordProbabilities(sentenceFeatures(…)) to the last bit', () => {
    for (let round = 0; round < 2; round++) {
      const t = tokenize(body, splitSentences(body));
      const { probabilities } = findLoaded(t);
      for (const span of t.sentences) {
        const [from, to] = t.ranges[span.index];
        const p = probabilities.get(span.index) ?? 0;
        const features = sentenceFeatures(t.tokens, from, to);
        const keys = t.tokens.slice(from, to).map((tok, k) => memoTokenFeature(tok, k === 0));
        const wp = wordProbabilities(t.tokens, from, to, features, p, keys);
        expect(wordProbabilities(t.tokens, from, to, features, p)).toEqual(wp);
        const expected = features.flatMap((f, i) => (wp[i] === null ? [] : [{ f, w: wp[i] }])).sort((a, b) => b.w - a.w);
        expect(expected.length).toBeGreaterThan(0);
        expect(wordCandidates(t, from, to, p, false, -Infinity)).toEqual(expected);
      }
    }
  });
});

describe('loaded words are invariant to names and neutral report verbs', () => {
  const words = (body: string) => wordMarkers(body).map((m) => `${m.sentenceIndex}:${m.text.toLowerCase()}:${m.weight}`);

  it('marks the same words with the same weights whichever actor, party or plain report verb a sentence names', () => {
    for (const [x, y] of ACTOR_SWAPS) {
      const base = words(TEMPLATES.map((t) => fill(t, x, y, 'said')).join(' '));
      expect(base.length).toBeGreaterThan(0);
      expect(words(TEMPLATES.map((t) => fill(t, y, x, 'said')).join(' '))).toEqual(base);
      for (const v of VERBS) expect(words(TEMPLATES.map((t) => fill(t, x, y, v)).join(' '))).toEqual(base);
    }
  });
});

describe('jobless claims are filings, not loaded words', () => {
  it('never marks "claims" in a report on jobless claims, even where the sentence does not say "jobless"', () => {
    const report = 'Initial jobless claims rose to 412,000 last week, the Labor Department said on Thursday. Economists had expected claims to fall sharply. The jump in claims was concentrated in three states.';
    expect(markedWords(report).filter((w) => w.startsWith('claim'))).toEqual([]);
  });

  it('reads "continuing claims that…" as disputed statements, not filings', () => {
    const text = 'The senator repeated his continuing claims that the vote was rigged. Election officials said his claims were baseless and dangerous.';
    const control = 'The senator repeated his many claims that the vote was rigged. Election officials said his claims were baseless and dangerous.';
    expect(markedWords(text).filter((w) => w.startsWith('claim'))).toEqual(markedWords(control).filter((w) => w.startsWith('claim')));
  });
});

describe('a legal filing alleges without loading', () => {
  it('does not mark "alleges" after a lawsuit or prosecutors', () => {
    expect(markedWords('The lawsuit, filed in federal court in Denver, alleges that the county violated the Voting Rights Act.')).not.toContain('alleges');
    expect(markedWords('Prosecutors allege that the treasurer moved the money twice.')).not.toContain('allege');
  });

  it('still weighs "allege" when the lawsuit is not its subject', () => {
    const text = 'After the lawsuit was thrown out, the mayor’s allies continued to allege without evidence that the count was rigged.';
    const control = 'After the vote was thrown out, the mayor’s allies continued to allege without evidence that the count was rigged.';
    expect(markedWords(text).includes('allege')).toBe(markedWords(control).includes('allege'));
  });
});
