import nlp from 'compromise';
import type { SentenceSpan } from '@/lib/analysis/types';

const WORD = /[\p{L}\p{N}]/u;
const QUOTED_END = /[.!?][”"’]\s+(?=[“"‘]?\p{Lu})/gu;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);

/**
 * Splits a body into sentences with character offsets into that same body (end exclusive), so evidence can
 * point at exact characters. Paragraphs (line breaks) always end a sentence; inside a paragraph compromise's
 * tokenizer finds the boundaries (it knows abbreviations such as "U.S." and "Jan."). The tokenizer alone draws
 * the same boundaries as a full parse (checked on the 3,168 paragraphs of BASIL's 210 articles and on the demo)
 * at a fifteenth of the cost, so a 100k-article archive ingests in minutes rather than hours.
 */
export function splitSentences(body: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(body); m; m = paragraph.exec(body)) {
    for (const [start, end] of splitParagraph(m[0])) {
      spans.push({ index: spans.length, start: m.index + start, end: m.index + end });
    }
  }
  return spans;
}

/**
 * Longest run without a letter or digit handed to the tokenizer. compromise is quadratic on a long run of "."
 * (40,000 took 4 s) or "-", and such a run never sits inside a sentence: it is cut out, joined to the sentence
 * before it (or, at the start of a paragraph, the one after), and the text around it is tokenized piece by piece.
 */
const MAX_WORDLESS_RUN = 64;

/** Sentence [start, end) pairs within one paragraph, trimmed of whitespace, covering all its words. */
function splitParagraph(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pendingStart: number | null = null;
  for (const { from, to, wordless } of segments(text)) {
    if (wordless) {
      let s = from;
      let e = to;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e <= s) continue;
      if (out.length) out[out.length - 1][1] = e;
      else pendingStart ??= s;
      continue;
    }
    const got = splitPiece(text.slice(from, to)).map(([s, e]): [number, number] => [from + s, from + e]);
    if (got.length && pendingStart !== null) {
      got[0][0] = pendingStart;
      pendingStart = null;
    }
    out.push(...got);
  }
  return out;
}

/** The paragraph cut at runs of MAX_WORDLESS_RUN or more characters without a letter or digit (one linear scan). */
function segments(text: string): Array<{ from: number; to: number; wordless: boolean }> {
  const out: Array<{ from: number; to: number; wordless: boolean }> = [];
  let pieceStart = 0;
  let runStart = 0;
  let i = 0;
  const endRun = (at: number) => {
    if (at - runStart >= MAX_WORDLESS_RUN) {
      if (runStart > pieceStart) out.push({ from: pieceStart, to: runStart, wordless: false });
      out.push({ from: runStart, to: at, wordless: true });
      pieceStart = at;
    }
  };
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (WORD.test(String.fromCodePoint(cp))) {
      endRun(i);
      runStart = i + size;
    }
    i += size;
  }
  endRun(text.length);
  if (pieceStart < text.length) out.push({ from: pieceStart, to: text.length, wordless: false });
  return out;
}

/** Titles before a name ("Sen. Joe Manchin", "South Dakota Gov. Kristi Noem"): they never end a sentence. */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Cmdr', 'Prof', 'Rev', 'Hon', 'Atty', 'Supt', 'Pres']);
/** Month abbreviations before a day ("the Jan. 6 riot"). */
const MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/**
 * True when compromise started a sentence at `start` only because an abbreviation came before it: a title before a
 * capitalised word, a month or "No." before a number, or "vs."/"v." (on 416 real leads it cut 22 sentences so,
 * "…investigate the Jan." | "6 Capitol riot"). A month before a capital stays a cut ("moved to Jan. It was cold.").
 */
export function abbreviationBefore(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === 0 || text[end - 1] !== '.') return false;
  let from = end - 1;
  while (from > 0 && end - 1 - from < 5 && /[A-Za-z]/.test(text[from - 1])) from--;
  if (from > 0 && /[A-Za-z]/.test(text[from - 1])) return false; // a longer word
  const word = text.slice(from, end - 1);
  const next = text[start] ?? '';
  if (TITLES.has(word)) return /[A-Z]/.test(next);
  if (MONTHS.has(word)) return /[0-9]/.test(next);
  // "the No. 2 Democrat", "ranked No. 1"; "Smith vs. Jones".
  if (word === 'No' || word === 'Nos') return /[0-9]/.test(next);
  if (word === 'vs' || word === 'v') return true;
  return false;
}

/** Sentence [start, end) pairs within a piece of a paragraph, as compromise's tokenizer draws them. */
function splitPiece(text: string): Array<[number, number]> {
  const starts: number[] = nlp
    .tokenize(text)
    .json({ offset: true })
    .map((s: { offset: { start: number } }) => s.offset.start)
    .filter((start: number) => start > 0 && !abbreviationBefore(text, start));
  // compromise misses ends where a closing quote follows the full stop (“…in the world.” History shows…).
  for (const m of text.matchAll(QUOTED_END)) starts.push(m.index! + m[0].length);
  starts.sort((a: number, b: number) => a - b);
  // compromise may leave an opening quote at the end of the previous sentence: move it to its own.
  const cuts: number[] = starts.map((start) => {
    let cut = start;
    while (cut > 0 && /\s/.test(text[cut - 1])) cut--;
    if (cut > 0 && OPENING_QUOTES.has(text[cut - 1]) && cut - 1 > 0 && /\s/.test(text[cut - 2])) return cut - 1;
    return start;
  });
  const bounds = [0, ...new Set(cuts), text.length];
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let s = bounds[i];
    let e = bounds[i + 1];
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e <= s) continue;
    // A piece without a word (a lone quote mark) belongs to its neighbour, never a sentence of its own.
    if (!WORD.test(text.slice(s, e))) {
      if (out.length) out[out.length - 1][1] = e;
      else bounds[i + 1] = s;
      continue;
    }
    out.push([s, e]);
  }
  return out;
}

/** Words as the dashboard counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Words analysed per article by default: longer texts are stored and shown whole, analysed up to here. */
export const DEFAULT_MAX_WORDS = 20_000;

/**
 * Where the analysis of a long text stops: the end of the last sentence within `maxWords` words, or, when the first
 * sentence alone is longer, the end of its `maxWords`-th word; null when the whole text is within the limit.
 * Bounds analysis time and memory per article whatever its size (a 5 MB text, a page without full stops).
 */
export function analysisEnd(body: string, sentences: SentenceSpan[], maxWords: number): number | null {
  const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let words = 0;
  let lastFit: number | null = null;
  for (const s of sentences) {
    word.lastIndex = s.start;
    let end = s.start;
    for (let m = word.exec(body); m && m.index < s.end; m = word.exec(body)) {
      if (++words > maxWords) return lastFit ?? end;
      end = m.index + m[0].length;
    }
    lastFit = s.end;
  }
  return null;
}

/** The part of an article that is analysed: its body up to `end` and the sentences (clipped) before it. */
export function analysedPart(body: string, sentences: SentenceSpan[], end: number | null): { body: string; sentences: SentenceSpan[] } {
  if (end === null || end >= body.length) return { body, sentences };
  const kept: SentenceSpan[] = [];
  for (const s of sentences) {
    if (s.start >= end) break;
    kept.push({ ...s, end: Math.min(s.end, end) });
  }
  return { body: body.slice(0, end), sentences: kept };
}
