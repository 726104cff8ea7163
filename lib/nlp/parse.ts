import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findQuotes, type QuoteSpan } from './quotes';

/**
 * The linguistic layer: one parse per article, read by every marker family. wink-nlp with its English lite model
 * tags parts of speech in context (Universal POS tags: "jobless claims" NOUN, "he claims" VERB) at several hundred
 * thousand tokens per second on one core, where compromise's full parse ran at about 4k/s (issue 16).
 */
const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const its = nlp.its;
forgetUnknownWords(nlp);

interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  intrinsicSize: () => number;
}

/**
 * wink keeps every out-of-vocabulary word it has met in one cache per instance, and its tokenizer leaves whole any
 * word found there: once "Trump's." ended a sentence, "Trump's" was one token in every later text ("Trump" + "'s"
 * before), so a text's parse, and every figure read from it, depended on what the process had parsed before (the
 * same NewsMTSC sentences scored differently after another eval task). The tokenizer reads the cache through
 * `cache.lookup`; answering "unknown" for words outside the model's own lexicon makes every text tokenized as if
 * none had been seen (a second "Trump's" in one text is split like the first): words keep their cache entries, only
 * the tokenizer stops trusting them. wink exposes no handle on
 * the cache; a token mapper used with `as.text` is called with the document's data, which holds it.
 */
/** wink-eng-lite-web-model's token categories (dist/token-categories.js): word 1, number 2. */
const WORD = 1;
const NUMBER = 2;
const NUMERAL = /^[+-]?\d+(?:[.,]\d+)*$/;
const PLAIN_WORD = /^[A-Za-z]+$/;

function forgetUnknownWords(instance: typeof nlp): void {
  let cache: WinkCache | undefined;
  const grab = (_index: number, rdd: { cache: WinkCache }) => {
    cache = rdd.cache;
    return '';
  };
  // `as.text` is wink's (documented for collections, missing from its types): it calls the mapper unchecked.
  const asText = (instance.as as unknown as { text: typeof instance.as.array }).text;
  instance.readDoc('a').tokens().out(grab as unknown as typeof instance.its.value, asText);
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.add !== 'function' || typeof cache.intrinsicSize !== 'function') {
    throw new Error('lib/nlp: cannot reach wink-nlp\'s lexeme cache (wink-nlp upgraded?): parses would depend on earlier texts');
  }
  const { lookup, add } = cache;
  const known = cache.intrinsicSize();
  // The model's features, computed inside `add`, look words up too and need the entries as they are.
  let adding = 0;
  cache.add = (text, category) => {
    adding++;
    try {
      // A word's type is stored the first time it is added: wink's inner tokenizer adds "2024" of "Jan.2024" as a
      // word, its outer one "in 2024" as a number, so whichever came first decided every later "2024" (PROPN or NUM).
      // A numeral is a number whichever way it came.
      return add(text, category === WORD && NUMERAL.test(text) ? NUMBER : category);
    } finally {
      adding--;
    }
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    // A chunk of ASCII letters only is one word token whichever way wink reaches it (its category detectors and
    // recursive tokenizer leave it whole, and adding it again returns the same entry): trusting the cache there
    // changes no token, and saves the recursive tokenizer on every name and rare word (6% of the parse).
    return adding === 0 && found && found.length === 1 && found[0] >= known && !PLAIN_WORD.test(text) ? null : found;
  };
}

export interface ParsedToken {
  /** Character offsets into the parsed text, end exclusive. */
  start: number;
  end: number;
  /** Universal POS tag (NOUN, VERB, AUX, PROPN, ADJ, ADV, ADP, DET, PRON, NUM, PART, PUNCT, CCONJ, SCONJ, SYM, X…). */
  pos: string;
  lemma: string;
  /** Inside the scope of a negation (wink's negation flag: "not very happy" → very, happy). */
  negated: boolean;
}

/**
 * ParsedTokens are made by this constructor, not an object literal: V8 tenures a literal's allocation site once most of
 * its objects survive a young-generation collection (a parse's tokens do, wink's allocations trigger several per
 * article) and then makes them straight in the old generation, where they cost more to make and to collect; a
 * constructor's objects are never tenured early. Same properties in the same order as the literal.
 */
class ParsedTokenRecord implements ParsedToken {
  start: number;
  end: number;
  pos: string;
  lemma: string;
  negated: boolean;

  constructor(start: number, end: number, pos: string, lemma: string, negated: boolean) {
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.lemma = lemma;
    this.negated = negated;
  }
}

export interface Span {
  start: number;
  end: number;
}

export interface Parse {
  text: string;
  /** Every token, words and punctuation, in text order ("didn't" is did + n't). */
  tokens: ParsedToken[];
  /** Sentence spans as the tagger's sentence boundary detection draws them. */
  sentences: Span[];
  /** Quotation marks paired into spans (nested ones carry depth > 0). */
  quotes: QuoteSpan[];
  /** Proper-name spans: runs of proper nouns, with "of", "for", "and", "the" between capitals ("Centers for Disease Control"). */
  names: Span[];
}

/**
 * wink's tokenizer is quadratic on long runs without a space (100,000 "-" took 37 s, 50,000 "a-" 43 s, a 90,000
 * character URL 6 s). A run of 64 characters without a letter or digit, or of 256 without a space, holds no word a
 * family reads: it is handed to the tagger as spaces of the same length, which keeps every offset.
 */
const MAX_WORDLESS_RUN = 64;
const MAX_UNSPACED_RUN = 256;

/** ASCII character classes for maskWordlessRuns: 1 letter or digit, 2 whitespace, 0 anything else. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = 1;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII_CLASS[c] = 2;
}

function maskWordlessRuns(text: string): string {
  // One linear pass collecting the runs to mask.
  const runs: Array<[number, number]> = [];
  let wordless = -1;
  let unspaced = -1;
  const n = text.length;
  // i === n acts as a space, closing the runs still open.
  for (let i = 0; i <= n; i++) {
    // ASCII by table (most of any news text), the rest by the Unicode classes: two regex tests per character
    // were 2% of the whole analysis, a comparison chain per character 1.5%.
    const c = i < n ? text.charCodeAt(i) : 32;
    const k = c < 128 ? ASCII_CLASS[c] : SPACE.test(text[i]) ? 2 : WORDISH.test(text[i]) ? 1 : 0;
    if (k === 1) {
      // A letter or digit: ends a wordless run, may start an unspaced one.
      if (wordless >= 0) {
        if (i - wordless >= MAX_WORDLESS_RUN) runs.push([wordless, i]);
        wordless = -1;
      }
      if (unspaced < 0) unspaced = i;
    } else if (k === 2) {
      if (wordless >= 0) {
        if (i - wordless >= MAX_WORDLESS_RUN) runs.push([wordless, i]);
        wordless = -1;
      }
      if (unspaced >= 0) {
        if (i - unspaced >= MAX_UNSPACED_RUN) runs.push([unspaced, i]);
        unspaced = -1;
      }
    } else {
      if (wordless < 0) wordless = i;
      if (unspaced < 0) unspaced = i;
    }
  }
  if (!runs.length) return text;
  // A long unspaced run may hold a wordless one: keep the outer run only.
  runs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let masked = '';
  let at = 0;
  for (const [a, b] of runs) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    masked += text.slice(at, from) + ' '.repeat(b - from);
    at = b;
  }
  return masked + text.slice(at);
}

/** A letter or a digit (one UTF-16 unit at a time: a surrogate half counts as a letter, never masked). */
const WORDISH = /[\p{L}\p{N}\uD800-\uDFFF]/u;
const SPACE = /\s/;

type WinkTokens = ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>;

/**
 * wink's lemma of a token that is not part of a contraction depends on its value and POS only (its.lemma: the
 * value's single lemma, or the model's lemmatizer on the lower-cased value and the POS, which consults the model's
 * fixed vocabulary). Lemmas seen before are taken from here: wink's lemmatizer on every token was 5% of the analysis.
 * value -> its lemmas by POS (a short list: most values are seen under one POS); cleared when it outgrows its bound.
 */
interface LemmaEntry {
  pos: string;
  lemma: string;
  next: LemmaEntry | undefined;
}
let LEMMAS = new Map<string, LemmaEntry>();
const MAX_LEMMA_VALUES = 200_000;
/** Above this share of tokens not memoised yet, one pass of wink over all tokens is cheaper than one call per token. */
const BATCH_SHARE = 1 / 8;

function memoLemma(value: string, pos: string): string | undefined {
  // POS tags are wink's own strings, one per tag: compared by identity first.
  for (let e = LEMMAS.get(value); e !== undefined; e = e.next) if (e.pos === pos) return e.lemma;
  return undefined;
}

function lemmasOf(tokens: WinkTokens, values: string[], pos: string[], contraction: boolean[]): string[] {
  if (LEMMAS.size > MAX_LEMMA_VALUES) LEMMAS = new Map();
  // A contraction's part ("ca" of "can't", "'s" of "he's") takes its lemma from the expansion, not its value.
  const n = values.length;
  const lemma: string[] = new Array(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const known = contraction[i] ? undefined : memoLemma(values[i], pos[i]);
    if (known === undefined) missing.push(i);
    else lemma[i] = known;
  }
  if (!missing.length) return lemma;
  // its.lemma's declared type takes model add-ons; it reads them from the model itself.
  const itsLemma = its.lemma as unknown as typeof its.value;
  if (missing.length > n * BATCH_SHARE) {
    const all = tokens.out(itsLemma) as string[];
    for (const i of missing) lemma[i] = all[i];
  } else {
    for (const i of missing) lemma[i] = tokens.itemAt(i).out(itsLemma) as string;
  }
  for (const i of missing) {
    if (contraction[i] || memoLemma(values[i], pos[i]) !== undefined) continue;
    LEMMAS.set(values[i], { pos: pos[i], lemma: lemma[i], next: LEMMAS.get(values[i]) });
  }
  return lemma;
}

type WinkDoc = ReturnType<typeof nlp.readDoc>;
/** wink's its.* functions as wink calls them: token index and the document's data. */
type ItsOf<T> = (index: number, rdd: unknown) => T;

/** What parseText reads of every token, one array per property. */
interface TokenColumns {
  values: string[];
  spaces: string[];
  pos: string[];
  negated: boolean[];
  contraction: boolean[];
}

/**
 * tokens.out(its.value), out(its.precedingSpaces), out(its.pos), out(its.negationFlag) and out(its.contractionFlag)
 * in one loop calling the same its functions: five passes of wink's out, each calling its mapper through one shared
 * call site (too many mappers for the engine to inline), were a tenth of the parse. The document's data, which the its
 * functions read, is reached as forgetUnknownWords reaches the cache: an `as.text` mapper over the first sentence.
 */
function tokenColumns(doc: WinkDoc, n: number): TokenColumns {
  const columns: TokenColumns = { values: new Array(n), spaces: new Array(n), pos: new Array(n), negated: new Array(n), contraction: new Array(n) };
  if (n === 0) return columns;
  let rdd: unknown;
  const grab = (_index: number, data: unknown) => {
    rdd = data;
    return '';
  };
  const asText = (nlp.as as unknown as { text: typeof nlp.as.array }).text;
  doc.sentences().itemAt(0)?.tokens().out(grab as unknown as typeof its.value, asText);
  if (rdd === undefined) throw new Error('lib/nlp: cannot reach wink-nlp\'s document data (wink-nlp upgraded?)');
  const value = its.value as unknown as ItsOf<string>;
  const spaces = its.precedingSpaces as unknown as ItsOf<string>;
  const pos = its.pos as unknown as ItsOf<string>;
  const negated = its.negationFlag as unknown as ItsOf<boolean>;
  const contraction = its.contractionFlag as unknown as ItsOf<boolean>;
  for (let i = 0; i < n; i++) {
    columns.values[i] = value(i, rdd);
    columns.spaces[i] = spaces(i, rdd);
    columns.pos[i] = pos(i, rdd);
    columns.negated[i] = negated(i, rdd);
    columns.contraction[i] = contraction(i, rdd);
  }
  return columns;
}

/** Parses one text once; the analysis passes the result to every family. */
export function parseText(text: string): Parse {
  const readable = maskWordlessRuns(text);
  const doc = nlp.readDoc(readable);
  const tokens = doc.tokens();
  const { values, spaces, pos, negated, contraction } = tokenColumns(doc, tokens.length());
  const lemma = lemmasOf(tokens, values, pos, contraction);
  const out: ParsedToken[] = [];
  // index[i]: position in `out` of wink's token i (or of the next kept one, if it was dropped).
  const index = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = cursor + spaces[i].length;
    // wink reconstructs the text from values and preceding spaces; search only if that ever drifts.
    if (!occursAt(readable, v, at)) at = readable.indexOf(v, cursor);
    index[i] = out.length;
    if (at < 0) continue;
    out.push(new ParsedTokenRecord(at, at + v.length, pos[i], lemma[i], negated[i]));
    cursor = at + v.length;
  }
  const sentences: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const a = out[index[first]];
    const b = out[Math.min(out.length - 1, index[last])];
    if (a && b) sentences.push({ start: a.start, end: b.end });
  }
  const starts = new Set(sentences.map((s) => s.start));
  return { text, tokens: out, sentences, quotes: findQuotes(text), names: nameSpans(text, out, starts) };
}

/** readable.startsWith(v, at), compared in place: the builtin's call was 1% of the analysis for tokens of a few characters. */
function occursAt(text: string, v: string, at: number): boolean {
  const n = v.length;
  if (at + n > text.length) return n === 0; // startsWith('', at) holds at any position
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== v.charCodeAt(k)) return false;
  return true;
}

const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

function isCap(text: string, t: ParsedToken): boolean {
  const c = text.charCodeAt(t.start);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(text[t.start]));
}

/**
 * Runs of capitalised tokens holding at least one proper noun, bridged by a lower-case link word between two
 * capitals: "Supreme Court", "Department of Justice", "Centers for Disease Control and Prevention".
 */
export function nameSpans(text: string, tokens: ParsedToken[], sentenceStarts: Set<number> = new Set()): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!(isCap(text, t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ'))) {
      i++;
      continue;
    }
    let j = i;
    let proper = t.pos === 'PROPN';
    for (;;) {
      const next = tokens[j + 1];
      if (next && isCap(text, next) && next.start - tokens[j].end <= 1 && next.pos !== 'PUNCT') {
        j++;
        proper ||= next.pos === 'PROPN';
        continue;
      }
      const link = next && NAME_LINKS.has(text.slice(next.start, next.end));
      const after = tokens[j + 2];
      if (link && after && isCap(text, after) && (proper || after.pos === 'PROPN') && after.pos !== 'PUNCT' && next.start - tokens[j].end <= 1) {
        j += 2;
        proper = true;
        continue;
      }
      break;
    }
    // A lone capitalised common word is a sentence start or a headline word, not a name.
    // A single capitalised word opening a sentence may be any word the tagger took for a name ("Great news").
    if (proper && (j > i || !sentenceStarts.has(t.start))) spans.push({ start: t.start, end: tokens[j].end });
    i = j + 1;
  }
  return spans;
}
