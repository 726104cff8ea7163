/**
 * Text features for event grouping: content words, named actors and dates found in the text.
 * Pure functions, no I/O; English-only heuristics.
 */

import { trimEndWhere } from '@/lib/text/trim';

/** Function words and newsroom boilerplate that say nothing about which happening an article reports. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost along already also although always am among an and another any ' +
    'anyone anything are around as at away back be became because become been before being below between both but by ' +
    'can cannot could did do does doing done down during each either else enough even ever every few for from further ' +
    'get gets getting given go going got had has have having he her here hers herself him himself his how however i if ' +
    'in including into is it its itself just last later least less let like made make makes many may me might more most ' +
    'much must my myself near neither never new next no nor not now of off often on once one only or other others our ' +
    'ours ourselves out over own per perhaps rather really same says said say saying see seen several shall she should ' +
    'since so some still such than that the their theirs them themselves then there these they this those though ' +
    'three through thus to today told too toward towards two under until up upon us use used very via was we well were ' +
    'what when where whether which while who whom whose why will with within without would yet you your yours ' +
    'yourself mr mrs ms dr according week weeks year years day days time times month months people also told tell ' +
    'tells asked added including news report reported reports statement according percent first second'
  ).split(' '),
);

/** Calendar words are capitalised but are not actors. */
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * Demonyms and alternative names of the same country, so "Russian envoy" and "Russia" name one actor and
 * "U.S.", "US", "America" and "United States" another. Keys and values are normalised (stemmed) forms.
 */
const ALIASES: Record<string, string> = {
  russian: 'russia', chinese: 'china', american: 'u.s.', america: 'u.s.', usa: 'u.s.', 'u.s.a.': 'u.s.',
  united_state: 'u.s.', unit_state: 'u.s.', unit_kingdom: 'britain', british: 'britain', 'u.k.': 'britain', uk: 'britain', ukrainian: 'ukraine',
  iranian: 'iran', israeli: 'israel', syrian: 'syria', iraqi: 'iraq', afghan: 'afghanistan', mexican: 'mexico',
  canadian: 'canada', french: 'france', german: 'germany', japanese: 'japan', indian: 'india', korean: 'korea',
  turkish: 'turkey', european: 'europe', saudi: 'saudi_arabia', pakistani: 'pakistan', cuban: 'cuba',
};

/** The canonical key of a normalised term (itself when it has no alias). */
export function canonical(key: string): string {
  return ALIASES[key] ?? key;
}

/**
 * Light suffix stripping so "sanctions"/"sanction" and "meeting"/"meet" share a term. Deliberately weaker than
 * Porter: over-merging words costs more precision here than the recall it buys.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}

/** One weighted feature of a text: `term` is the normalised key, `surface` how it was written. */
export interface Feature {
  term: string;
  surface: string;
  /** True for capitalised names (actors, places, organisations) and their multi-word phrases. */
  name: boolean;
}

// Abbreviations such as "U.S." or "U.N." first, then words with inner apostrophes or hyphens.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Normalised key of a token: lower case, possessive dropped, stemmed; '' when it carries no content. */
export function normalise(token: string): string {
  let key = memo.get(token);
  if (key === undefined) {
    key = computeKey(token);
    // Tokens repeat heavily (Zipf), so a memo saves most of the work; the cap bounds memory in a long-lived server.
    if (memo.size >= 500_000) memo.clear();
    memo.set(token, key);
  }
  return key;
}
const memo = new Map<string, string>();

function computeKey(token: string): string {
  let w = token.toLowerCase().replace(/['’]s$/, '');
  if (w.includes('.')) return canonical(w); // abbreviation kept whole: "u.s." must not become the pronoun "us"
  if (token === 'US') return 'u.s.'; // capitalised it is the country, lower case the pronoun
  if (w.length < 2 || /^\p{N}+$/u.test(w) || STOPWORDS.has(w)) return '';
  w = stem(w);
  return STOPWORDS.has(w) ? '' : canonical(w);
}

/**
 * A gap between tokens that ends a sentence: ". ", ".” “", "?) (". Trimmed from the end (openers, spaces,
 * closers, then the mark) because the one-regex form traded quote marks between its two runs (polynomial).
 */
function endsSentence(gap: string): boolean {
  const rest = trimEndWhere(trimEndWhere(trimEndWhere(gap, /["'“‘([]/), /\s/), /["'”’)\]]/);
  return /[.!?:]$/.test(rest);
}

function isCapitalised(token: string): boolean {
  const c = token[0];
  return c !== c.toLowerCase();
}

/**
 * Features of a running text: every content word, and for runs of capitalised words (named actors such as
 * "Wang Yi" or "European Union") also the whole run as one phrase feature, flagged `name`. A lone capitalised
 * word at a sentence start is not counted as a name (it is capitalised by position, not by meaning).
 */
export function textFeatures(text: string, out: Feature[] = []): Feature[] {
  let run: string[] = [];
  let runAtSentenceStart = false;
  let prevEnd = -1;
  const flush = () => {
    if (run.length >= 2) {
      const keys = run.map(normalise).filter(Boolean);
      if (keys.length >= 2) out.push({ term: canonical(keys.join('_')), surface: run.join(' '), name: true });
    }
    run = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const start = m.index;
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, start);
    // A single space (the usual gap) never ends a sentence: skip the regexes for it.
    const sentenceStart = prevEnd < 0 || (gap !== ' ' && (endsSentence(gap) || /\n/.test(gap)));
    prevEnd = start + token.length;
    const key = normalise(token);
    const lower = token.toLowerCase();
    const capital = isCapitalised(token) && !CALENDAR.has(lower) && key !== '';
    // A name run continues only across a single space: punctuation ends it.
    if (run.length > 0 && !(capital && gap === ' ')) flush();
    if (capital) {
      if (run.length === 0) runAtSentenceStart = sentenceStart;
      run.push(token);
    }
    if (!key) continue;
    out.push({ term: key, surface: capital ? token.replace(/['’]s$/, '') : lower, name: capital && !(sentenceStart && run.length === 1 && runAtSentenceStart) });
  }
  flush();
  return out;
}

/** Features of a headline: content words only (headlines are Title Cased, so capitals say nothing). */
export function titleFeatures(title: string): string[] {
  const out: string[] = [];
  for (const m of title.matchAll(TOKEN)) {
    const key = normalise(m[0]);
    if (key) out.push(key);
  }
  return out;
}

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/, parts: (m) => [m[1], String(Number(m[2]) - 1), m[3]] },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\.?,?\\s+((?:19|20)\\d\\d)\\b`), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`), parts: (m) => [m[3], m[1], m[2]] },
];

/**
 * The first full calendar date written in a text ("2021-03-09", "9 Mar, 2021", "March 9, 2021"), as UTC
 * midnight. Used when an article has no publication date: datelines usually come first, so only the
 * opening of the text is searched. Dates without a year are ignored (the year cannot be guessed safely).
 */
export function findDateInText(text: string, searchChars = 2000): Date | undefined {
  const head = text.slice(0, searchChars);
  let best: { at: number; date: Date } | undefined;
  for (const { re, parts } of DATE_PATTERNS) {
    const m = re.exec(head);
    if (!m || (best && best.at <= m.index)) continue;
    const [y, mo, d] = parts(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.slice(0, 3).toLowerCase()];
    const date = new Date(Date.UTC(Number(y), month, Number(d)));
    // Reject impossible days such as 31 February, which Date would silently roll over.
    if (date.getUTCMonth() !== month || date.getUTCDate() !== Number(d)) continue;
    best = { at: m.index, date };
  }
  return best?.date;
}
