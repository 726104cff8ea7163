import type { SentenceSpan } from './types';
import { parseText, type Parse } from '@/lib/nlp';

/**
 * One lower-cased word form and everything the lexicons know about it. Every lexicon registers its words here
 * at module load, so tokenising looks each token up once and the families read slots instead of hashing the
 * word again (the hot path of analyzeArticle).
 */
let nextWordId = 0;

export class Word {
  readonly lower: string;
  /** Small integer identity, for hash tables keyed by words. */
  readonly id = nextWordId++ & 0x3fffffff;
  /** Bit `1 << slot` is set when lexicon `slot` has data here: one integer test per token and lexicon. */
  flags = 0;
  /** Per-lexicon data indexed by slot (see `newSlot`), read only when its flag is set: a PhraseTable's phrases. */
  readonly slots: unknown[] = [];
  readonly negator: boolean;
  /** What loaded.ts derives from this form and a lemma, kept so each form is worked out once (see findLoaded). */
  loaded: unknown = undefined;

  constructor(lower: string) {
    this.lower = lower;
    this.negator = NEGATORS.has(lower) || lower.endsWith("n't");
  }
}

/**
 * Every Word by its lower-cased form, in one map so a token costs one lookup. Words no lexicon registered
 * (names, places) are dropped between articles once the map outgrows its bound, so a long run cannot grow it
 * forever; never mid-article, so one form is one Word within an article (loaded.ts counts distinct Words).
 */
let WORDS = new Map<string, Word>();
/** Words registered by a lexicon: kept when WORDS is trimmed. */
const KNOWN = new Map<string, Word>();
const MAX_WORDS = 100_000;
let slotCount = 0;

/** A fresh slot index for one lexicon's data on every Word (at most 30, so `flags` stays a small integer). */
export function newSlot(): number {
  if (slotCount >= 30) throw new Error('too many lexicon slots');
  return slotCount++;
}

/** The Word a lexicon entry belongs to (never dropped). */
export function lexiconWord(lower: string): Word {
  const w = wordOf(lower);
  KNOWN.set(lower, w);
  return w;
}

/** The Word of a lower-cased token. */
export function wordOf(lower: string): Word {
  let w = WORDS.get(lower);
  if (w !== undefined) return w;
  w = new Word(lower);
  WORDS.set(lower, w);
  return w;
}

/** One word of the body. Every family reads these, so the body is tokenised once per article. */
export interface Token {
  /** Position in the article's token array. */
  i: number;
  start: number;
  end: number;
  /** The exact characters, body.slice(start, end). */
  text: string;
  /** Lower-cased with curly apostrophes folded to ', the key every lexicon is compiled to. */
  lower: string;
  /** The shared lexicon entry of `lower`. */
  word: Word;
  /** word.flags, copied so a family's pass reads the token it already holds. */
  flags: number;
  sentence: number;
  /** Starts with an upper-case letter (names, sentence starts). */
  cap: boolean;
  /** Only whitespace separates this token from the previous one in the same sentence. */
  tight: boolean;
  /** The gap before it holds clause punctuation or a quote mark (, ; : . ! ? ( ) " “ ” — –). */
  clauseBreak: boolean;
  /** Universal POS tag of the parse's token starting this word ('' when the parse has none here). */
  pos: string;
  /** Lemma of that parse token, lower case ("claims" → claim, "n't" → not). */
  lemma: string;
  /** Inside a proper name of the parse ("Supreme Court", "Department of Justice"). */
  inName: boolean;
}

/** Tokens are made by a constructor, not an object literal, so V8 never tenures them early (see ParsedTokenRecord, lib/nlp/parse.ts). */
class TokenRecord implements Token {
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  word: Word;
  flags: number;
  sentence: number;
  cap: boolean;
  tight: boolean;
  clauseBreak: boolean;
  pos = '';
  lemma = '';
  inName = false;

  constructor(i: number, start: number, end: number, text: string, word: Word, sentence: number, cap: boolean, tight: boolean, clauseBreak: boolean) {
    this.i = i;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = word.lower;
    this.word = word;
    this.flags = word.flags;
    this.sentence = sentence;
    this.cap = cap;
    this.tight = tight;
    this.clauseBreak = clauseBreak;
  }
}

export interface Tokenized {
  body: string;
  /** The article's one parse (lib/nlp), shared by every family. */
  parse: Parse;
  tokens: Token[];
  /** [first, last+1) token index of each sentence, in sentence order. */
  ranges: Array<[number, number]>;
  sentences: SentenceSpan[];
}

/** Same word definition as countWords: letters/digits with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Lower-cased words of a plain string; the fit script uses this so training and runtime see identical tokens. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeWord);
}

// The scanner below is WORD written out by hand: a unicode regex exec per token was the largest single cost.
/** BMP code unit -> 1 letter/digit, 2 not; 0 = not yet asked. Filled lazily from the \p{L}\p{N} regex. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Length in code units (1 or 2) of the letter/digit starting at `i`, 0 if there is none. */
function wordCharLength(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/**
 * countWords(s.slice(from, to)) without the slice or the regex: the same word definition, with the range ends
 * acting as string ends.
 */
export function countWordsBetween(s: string, from: number, to: number): number {
  let count = 0;
  let p = from;
  while (p < to) {
    let len = wordCharLength(s, p, to);
    if (len === 0) {
      p++;
      continue;
    }
    count++;
    p += len;
    while (p < to) {
      len = wordCharLength(s, p, to);
      if (len) {
        p += len;
        continue;
      }
      const c = s.charCodeAt(p);
      if ((c === 39 || c === 0x2019 || c === 45) && p + 1 < to && (len = wordCharLength(s, p + 1, to)) !== 0) {
        p += 1 + len;
        continue;
      }
      break;
    }
  }
  return count;
}

/** Recently seen ASCII Words by hash of their characters (direct-mapped; a miss falls back to WORDS). */
const RECENT_SIZE = 32768;
const RECENT: Array<Word | undefined> = new Array(RECENT_SIZE).fill(undefined);

/** Does `lower` equal body[start, end) lower-cased (ASCII only)? */
function sameLowerAscii(lower: string, body: string, start: number, end: number): boolean {
  if (lower.length !== end - start) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = body.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (lower.charCodeAt(k) !== c) return false;
  }
  return true;
}

/** Clause punctuation and quote marks: , ; : . ! ? ( ) " “ ” — – */
function isClauseChar(c: number): boolean {
  switch (c) {
    case 44: case 59: case 58: case 46: case 33: case 63: case 40: case 41: case 34:
    case 0x201c: case 0x201d: case 0x2014: case 0x2013:
      return true;
    default:
      return false;
  }
}

export function tokenize(body: string, sentences: SentenceSpan[], parse: Parse = parseText(body)): Tokenized {
  const tokens: Token[] = [];
  const ranges: Array<[number, number]> = [];
  if (WORDS.size >= MAX_WORDS) {
    WORDS = new Map(KNOWN);
    RECENT.fill(undefined);
  }
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const n = body.length;
  for (const span of sorted) {
    const first = tokens.length;
    const stop = Math.min(span.end, n);
    let p = span.start;
    let prevEnd = -1;
    for (;;) {
      // Skip to the next word, reading the gap from the previous word on the way (one pass over it).
      let len = 0;
      let tight = prevEnd >= 0;
      let clauseBreak = false;
      while (p < stop) {
        const c = body.charCodeAt(p);
        if (c < 128) {
          if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
            len = 1;
            break;
          }
        } else if ((len = wordCharLength(body, p, n)) !== 0) break;
        if (prevEnd >= 0) {
          if (c !== 32 && c !== 9 && c !== 0xa0) tight = false;
          if (isClauseChar(c)) clauseBreak = true;
        }
        p++;
      }
      // A word starting at or after the sentence end cannot end inside it.
      if (p >= stop) break;
      const start = p;
      let q = p + len;
      const c0 = body.charCodeAt(p);
      let ascii = c0 < 128;
      let upper = c0 >= 65 && c0 <= 90;
      // FNV-1a of the lower-cased characters, for RECENT (only used while the token is ASCII).
      let h = Math.imul(0x811c9dc5 ^ (upper ? c0 + 32 : c0), 0x01000193);
      for (;;) {
        if (q >= n) break;
        const c = body.charCodeAt(q);
        if (c < 128) {
          if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
            h = Math.imul(h ^ c, 0x01000193);
            q++;
            continue;
          }
          if (c >= 65 && c <= 90) {
            upper = true;
            h = Math.imul(h ^ (c + 32), 0x01000193);
            q++;
            continue;
          }
          if (c !== 39 && c !== 45) break;
        } else if (c !== 0x2019) {
          const l = wordCharLength(body, q, n);
          if (l === 0) break;
          ascii = false;
          q += l;
          continue;
        }
        // An apostrophe or hyphen joins two runs of letters/digits ("don't", "anti-war", "Russia’s").
        const l = q + 1 < n ? wordCharLength(body, q + 1, n) : 0;
        if (l === 0) break;
        const d = body.charCodeAt(q + 1);
        if (c === 0x2019 || d >= 128) ascii = false;
        else {
          if (d >= 65 && d <= 90) upper = true;
          h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ (d >= 65 && d <= 90 ? d + 32 : d), 0x01000193);
        }
        q += 1 + l;
      }
      // Like the regex loop this replaces: a word running past the sentence end stops the sentence.
      if (q > span.end) break;
      let word: Word | undefined;
      let text: string;
      if (ascii) {
        // Most tokens were seen recently: compare characters instead of slicing and hashing a new string.
        const slot = h & (RECENT_SIZE - 1);
        const cached = RECENT[slot];
        if (cached !== undefined && sameLowerAscii(cached.lower, body, start, q)) word = cached;
        if (upper) {
          text = body.slice(start, q);
          word ??= wordOf(text.toLowerCase());
        } else {
          // An all-lower ASCII token is its own key, and its text equals the Word's string.
          text = word === undefined ? body.slice(start, q) : word.lower;
          word ??= wordOf(text);
        }
        RECENT[slot] = word;
      } else {
        text = body.slice(start, q);
        word = wordOf(normalizeWord(text));
      }
      const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(text);
      tokens.push(new TokenRecord(tokens.length, start, q, text, word, span.index, cap, tight, clauseBreak));
      prevEnd = q;
      p = q;
    }
    ranges[span.index] = [first, tokens.length];
  }
  for (let s = 0; s < ranges.length; s++) ranges[s] ??= [0, 0];
  alignParse(tokens, parse);
  return { body, parse, tokens, ranges, sentences: sorted };
}

/**
 * Gives each word the POS and lemma of the parse token that starts inside it (the first part of "didn't" or
 * "Republican-led") and marks words inside proper names. Both lists are in text order: one merge pass.
 */
function alignParse(tokens: Token[], parse: Parse): void {
  const p = parse.tokens;
  let j = 0;
  let n = 0;
  for (const tok of tokens) {
    while (j < p.length && p[j].end <= tok.start) j++;
    const q = p[j];
    if (q && q.start < tok.end) {
      tok.pos = q.pos;
      tok.lemma = q.lemma;
    }
    while (n < parse.names.length && parse.names[n].end <= tok.start) n++;
    const name = parse.names[n];
    tok.inName = name !== undefined && name.start <= tok.start && tok.end <= name.end;
  }
}

/** The characters between two consecutive tokens (punctuation, quotes, spaces). */
export function gapBefore(t: Tokenized, i: number): string {
  const tok = t.tokens[i];
  const prev = t.tokens[i - 1];
  // (Past the last token, or at the first: no gap, so a caller may look one token ahead of a verb ending the text.)
  if (!tok || !prev || prev.sentence !== tok.sentence) return '';
  return t.body.slice(prev.end, tok.start);
}

function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
}

/** One phrase of a PhraseTable: its words (interned Words, compared by identity) and its value. */
export interface PhraseEntry<T> {
  length: number;
  words: string[];
  /** The words joined by single spaces, as rules quote them. */
  phrase: string;
  value: T;
  ws: Word[];
}

/** A phrase table keyed by first word: longest entries first so "in my view" wins over "in". */
export class PhraseTable<T> {
  private readonly slot = newSlot();
  private readonly bit = 1 << this.slot;

  add(phrase: string, value: T): void {
    const w = phraseWords(phrase);
    if (!w.length) return;
    const first = lexiconWord(w[0]);
    const list = (first.slots[this.slot] as PhraseEntry<T>[] | undefined) ?? [];
    if (list.some((e) => e.words.join(' ') === w.join(' '))) return;
    list.push({ length: w.length, words: w, phrase: w.join(' '), value, ws: w.map(lexiconWord) });
    list.sort((a, b) => b.words.length - a.words.length);
    first.slots[this.slot] = list;
    first.flags |= this.bit;
  }

  has(word: string): boolean {
    return ((KNOWN.get(word)?.flags ?? 0) & this.bit) !== 0;
  }

  /** Does some entry start with token i's word? (a bit test, no hashing) */
  startsAt(t: Tokenized, i: number): boolean {
    return (t.tokens[i].flags & this.bit) !== 0;
  }

  /** Longest entry starting at token i that stays inside the sentence, or undefined. */
  match(t: Tokenized, i: number): PhraseEntry<T> | undefined {
    const tok0 = t.tokens[i];
    if ((tok0.flags & this.bit) === 0) return undefined;
    const list = tok0.word.slots[this.slot] as PhraseEntry<T>[];
    const tokens = t.tokens;
    const sentence = tokens[i].sentence;
    for (const e of list) {
      let ok = true;
      for (let k = 1; k < e.length; k++) {
        const tok = tokens[i + k];
        // A phrase never spans a sentence or a clause break such as a comma or quote mark.
        if (!tok || tok.sentence !== sentence || tok.word !== e.ws[k] || !tok.tight) {
          ok = false;
          break;
        }
      }
      if (ok) return e;
    }
    return undefined;
  }
}

/** A set of single lower-cased words, answered from the token's Word without hashing. */
export class WordSet {
  private readonly bit = 1 << newSlot();
  private readonly set: Set<string>;

  constructor(words: Iterable<string>) {
    this.set = new Set(words);
    for (const w of this.set) lexiconWord(w).flags |= this.bit;
  }

  has(word: string): boolean {
    return this.set.has(word);
  }

  at(tok: Token): boolean {
    return (tok.flags & this.bit) !== 0;
  }
}

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  lay: ['lays', 'laid', 'laying'],
  know: ['knows', 'knew', 'known', 'knowing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  find: ['finds', 'found', 'finding'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  make: ['makes', 'made', 'making'],
  tear: ['tears', 'tore', 'torn', 'tearing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  mean: ['means', 'meant', 'meaning'],
  show: ['shows', 'showed', 'shown', 'showing'],
  hear: ['hears', 'heard', 'hearing'],
  teach: ['teaches', 'taught', 'teaching'],
  lash: ['lashes', 'lashed', 'lashing'],
  hit: ['hits', 'hitting'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  give: ['gives', 'gave', 'given', 'giving'],
  put: ['puts', 'putting'],
  strike: ['strikes', 'struck', 'striking'],
  forecast: ['forecasts', 'forecasted', 'forecasting'],
  foretell: ['foretells', 'foretold', 'foretelling'],
};
/** Verbs ending consonant-vowel-consonant whose final consonant doubles (stress on the last syllable). */
const DOUBLES = new Set(['admit', 'slam', 'regret', 'commit', 'omit', 'rebut', 'refer', 'deter', 'infer', 'quip', 'snap', 'jab', 'rap', 'fret', 'nag', 'plan', 'stop', 'chat', 'scrap', 'spar', 'confer', 'prefer', 'occur', 'compel', 'repel', 'dub', 'blog', 'stab', 'rob', 'trim', 'beg', 'bar', 'rip', 'pan']);

/** Lemma plus its inflected forms (3rd person, past, participle, -ing); multi-word lemmas inflect the first word. */
export function verbForms(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = IRREGULAR[head] ?? regularForms(head);
  return [head, ...forms].map((f) => f + tail);
}

function regularForms(v: string): string[] {
  const double = DOUBLES.has(v);
  const stem = double ? v + v[v.length - 1] : v;
  const s = /(s|sh|ch|x|z|o)$/.test(v) ? v + 'es' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : v + 's';
  const ed = v.endsWith('e') ? v + 'd' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ied' : stem + 'ed';
  const ing = /[^eoy]e$/.test(v) ? v.slice(0, -1) + 'ing' : stem + 'ing';
  return [s, ed, ing];
}

/** Crude stem candidates for looking a surface form up in a lemma-keyed table (plural, past, -ing, -ly). */
export function stemVariants(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  if (w.endsWith('ly')) out.push(w.slice(0, -2), w.slice(0, -4) + 'le');
  return out.filter((x) => x.length > 2);
}

/**
 * A table's entry for `key`, else for the first of its stemVariants the table holds (unseen inflections), else 0.
 * Answers for keys the table lacks are remembered in `misses`, started over past 50,000 (names, typos: open-ended).
 */
export function stemLookup(table: ReadonlyMap<string, number>, misses: Map<string, number>, key: string): number {
  const own = table.get(key) ?? misses.get(key);
  if (own !== undefined) return own;
  let x = 0;
  for (const v of stemVariants(key)) {
    const y = table.get(v);
    if (y !== undefined) {
      x = y;
      break;
    }
  }
  if (misses.size > 50_000) misses.clear();
  misses.set(key, x);
  return x;
}

export const NEGATORS = new Set([
  'not', 'no', 'never', 'cannot', 'nobody', 'none', 'nothing', 'nowhere', 'neither', 'nor', 'without', 'hardly', 'barely', 'scarcely', 'non',
]);

export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't");
}
