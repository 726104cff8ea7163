/**
 * Text features for event grouping, read from the linguistic layer's parse (lib/nlp): content words (the parse's
 * tokens, lightly stemmed: its lemmas measured worse, README), names (the parse's name spans), actors (lib/actors'
 * mentions from the same parse), country spellings merged, and dates written in the text. Pure; English only.
 */
import { parseText, type Parse, type ParsedToken } from '@/lib/nlp';
import { STOPWORDS } from '@/lib/text/stopwords';
import { defaultIndex } from '@/lib/actors/gazetteer';
import { draftMentions } from '@/lib/actors/mentions';

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
  united_states: 'u.s.', united_state: 'u.s.', unit_state: 'u.s.', unit_kingdom: 'britain', united_kingdom: 'britain', british: 'britain', 'u.k.': 'britain', uk: 'britain', ukrainian: 'ukraine',
  iranian: 'iran', israeli: 'israel', syrian: 'syria', iraqi: 'iraq', afghan: 'afghanistan', mexican: 'mexico',
  canadian: 'canada', french: 'france', german: 'germany', japanese: 'japan', indian: 'india', korean: 'korea',
  turkish: 'turkey', european: 'europe', saudi: 'saudi_arabia', pakistani: 'pakistan', cuban: 'cuba',
};

/** The canonical key of a normalised term (itself when it has no alias). */
export function canonical(key: string): string {
  return ALIASES[key] ?? key;
}

/** One weighted feature of a text: `term` is the normalised key, `surface` how it was written. */
export interface Feature {
  term: string;
  surface: string;
  /** True for proper names (actors, places, organisations) and their multi-word phrases. */
  name: boolean;
  /** True for a resolved actor (lib/actors): "Biden", "President Joe Biden" and "the White House" name one each. */
  actor?: boolean;
}

/**
 * The actors the first `chars` characters of a parsed text mention (lib/actors' mention drafts from the same parse,
 * default gazetteer), one feature per mention keyed by the actor's id, so every spelling of one actor ("Biden",
 * "President Joe Biden") is one term. Weak gazetteer matches are left out.
 */
export function actorFeatures(text: string, p: Parse, chars = Number.POSITIVE_INFINITY): Feature[] {
  const head = text.length <= chars ? text : text.slice(0, chars);
  const within = <T extends { end: number }>(xs: T[]) => (head === text ? xs : xs.filter((x) => x.end <= head.length));
  const parse = head === text ? p : { ...p, text: head, tokens: within(p.tokens), sentences: within(p.sentences), names: within(p.names) };
  return draftMentions(head, parse, defaultIndex())
    .filter((d) => !d.weak)
    .map((d) => ({ term: `@${d.actor}`, surface: d.name, name: true, actor: true }));
}

/**
 * Normalised key of a parsed token: the word as written, lower case, lightly stemmed ("sanctions" → sanction), country
 * spellings merged; '' for punctuation, symbols, bare numbers, possessive and contraction pieces ("'s", "n't") and
 * stopwords. An abbreviation stays whole ("U.S." must not become the pronoun "us"); "Sen." is "sen". The parse's
 * lemma was measured and not adopted (lib/events/README.md: it merges came / come, rose / rise).
 */
export function tokenKey(text: string, t: ParsedToken): string {
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return '';
  const surface = text.slice(t.start, t.end);
  if (surface === 'US') return 'u.s.'; // capitalised it is the country, lower case the pronoun
  let key = memo.get(surface);
  if (key === undefined) {
    key = computeKey(surface);
    // Tokens repeat heavily (Zipf), so a memo saves most of the work; the cap bounds memory in a long-lived server.
    if (memo.size >= 500_000) memo.clear();
    memo.set(surface, key);
  }
  return key;
}
const memo = new Map<string, string>();

function computeKey(surface: string): string {
  let lower = surface.toLowerCase().replace(/['’]s$/, '');
  if (lower.includes('.') && /^(?:\p{L}\.){2,}$/u.test(lower)) return canonical(lower);
  // "Sen.", "Gov.", "Jan.": a shortened word is the word.
  lower = lower.replace(/\.$/, '');
  if (lower.length < 2 || !/\p{L}/u.test(lower) || /^['’]/.test(lower) || /^n['’]t$/.test(lower) || STOPWORDS.has(lower)) return '';
  const w = stem(lower);
  return w.length < 2 || STOPWORDS.has(w) ? '' : canonical(w);
}

export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}


const CALENDAR_RE = new RegExp(`^(?:${[...CALENDAR].join('|')})$`, 'i');

/**
 * Features of a parsed text: every content word, flagged `name` inside one of the parse's proper-name spans (a lone
 * capitalised word opening a sentence is none; calendar words are no actors), and runs of capitalised words as one
 * phrase feature each ("Wang Yi", "European Union").
 */
export function parsedFeatures(p: Parse, out: Feature[] = []): Feature[] {
  const { text, names } = p;
  const tokens = wordTokens(p);
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (n < names.length && names[n].end <= t.start) n++;
    const key = tokenKey(text, t);
    if (!key) continue;
    const surface = text.slice(t.start, t.end);
    const inName = n < names.length && names[n].start <= t.start && !CALENDAR_RE.test(surface);
    out.push({ term: key, surface: inName ? surface.replace(/['’]s$/, '') : surface.toLowerCase(), name: inName });
  }
  // Phrases: runs of capitalised tokens one space apart ("Wang Yi", "Joe Biden"), the whole run one feature; a
  // link word ends a run, so "Biden and Harris" stays two actors.
  let run: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.push({ term: canonical(run.join('_')), surface: words.join(' '), name: true });
    run = [];
    words = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const surface = text.slice(t.start, t.end);
    const key = tokenKey(text, t);
    const capital = key !== '' && surface[0] !== surface[0].toLowerCase() && !CALENDAR_RE.test(surface);
    if (run.length > 0 && !(capital && t.start - tokens[k - 1].end === 1)) flush();
    if (capital) {
      run.push(key);
      words.push(surface);
    }
  }
  flush();
  return out;
}

/**
 * The parse's tokens with hyphenated words joined again ("cease-fire", "Trump-era", "in-person"): the tagger splits
 * them, but the whole word is the term (a cease-fire is neither a cease nor a fire). A joined word keeps its surface
 * as its lemma.
 */
export function wordTokens(p: Parse): ParsedToken[] {
  const { text, tokens } = p;
  const out: ParsedToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let j = k;
    while (
      j + 2 < tokens.length &&
      tokens[j + 1].start === tokens[j].end &&
      tokens[j + 2].start === tokens[j + 1].end &&
      text[tokens[j + 1].start] === '-' &&
      tokens[j + 1].end - tokens[j + 1].start === 1 &&
      tokens[j].pos !== 'PUNCT' &&
      tokens[j + 2].pos !== 'PUNCT'
    )
      j += 2;
    if (j === k) out.push(tokens[k]);
    else out.push({ ...tokens[j], start: tokens[k].start, lemma: text.slice(tokens[k].start, tokens[j].end).toLowerCase() });
    k = j;
  }
  return out;
}

/** Features of a running text (parsed here). */
export function textFeatures(text: string, out: Feature[] = []): Feature[] {
  return parsedFeatures(parseText(text), out);
}

/** Content words of a parsed headline (headlines are Title Cased, so capitals say nothing). */
export function parsedTitleTerms(p: Parse): string[] {
  const out: string[] = [];
  for (const t of wordTokens(p)) {
    const key = tokenKey(p.text, t);
    if (key) out.push(key);
  }
  return out;
}

/** Content words of a headline (parsed here). */
export function titleFeatures(title: string): string[] {
  return parsedTitleTerms(parseText(title));
}

/**
 * The opening of a text that grouping reads: at most `chars` characters, cut back to a word boundary. Grouping
 * runs at ingest before scoring, and a report names its happening, actors, places and dates in its first
 * paragraphs.
 */
export function leadOf(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > chars / 2 ? cut : chars);
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
