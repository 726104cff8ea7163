/**
 * Word tokens of an article with part-of-speech and name tags, and the runs of names among them.
 *
 * The tags come from compromise's own model (its lexicon, suffix patterns, organisation and place words and tag
 * hierarchy, read once through `nlp.world()`), applied word by word with a few context rules for names, instead of
 * compromise's full parse: that parse cost about 13 ms per 300-word article (three quarters of a scoring run's CPU),
 * this costs a few hundredths of that. What is lost is compromise's contextual re-tagging (a word read as a noun
 * where the lexicon says verb); the actor rules only read tags next to a mention, where that rarely matters.
 */
import nlp from 'compromise';

export interface Term {
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
  /** Characters between this term and the next one's text (trailing punctuation, spaces, the next one's opening punctuation). */
  post: string;
}

export interface Entity {
  start: number;
  end: number;
  terms: Term[];
}

export interface Parsed {
  terms: Term[];
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
}

// ---------------------------------------------------------------------------------------------------------------
// compromise's model, compiled once per thread.

/** compromise's context clues for a word that can take two tags ("support": noun or verb). */
interface Clues {
  beforeWords?: Record<string, string | null>;
  afterWords?: Record<string, string | null>;
  beforeTags?: Record<string, string | null>;
  afterTags?: Record<string, string | null>;
}

interface World {
  model: {
    one: {
      lexicon: Record<string, string | string[]>;
      tagSet: Record<string, { parents?: string[] }>;
      prefixes: Record<string, unknown>;
      suffixes: Record<string, unknown>;
    };
    two: {
      suffixPatterns: Array<Record<string, string> | undefined>;
      orgWords: Record<string, unknown>;
      placeWords: Record<string, unknown>;
      switches: Record<string, string>;
      clues: Record<string, Clues>;
    };
  };
}
const world = (nlp as unknown as { world(): World }).world();
const { lexicon, tagSet, prefixes, suffixes } = world.model.one;
const { suffixPatterns, orgWords, placeWords, switches, clues } = world.model.two;

/** One frozen tag set per distinct combination of tags, so terms share sets instead of allocating one each. */
const TAG_SETS = new Map<string, ReadonlySet<string>>();

function withParents(tags: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    out.add(t);
    for (const p of tagSet[t]?.parents ?? []) out.add(p);
  }
  return [...out].sort();
}

function tagsOf(tags: Iterable<string>): ReadonlySet<string> {
  const list = withParents(tags);
  const key = list.join(',');
  let set = TAG_SETS.get(key);
  if (!set) TAG_SETS.set(key, (set = new Set(list)));
  return set;
}

const asList = (x: string | string[]) => (Array.isArray(x) ? x : [x]);

/** Single-word lexicon entries, and multi-word ones by their first word (longest first). */
const SINGLE = new Map<string, ReadonlySet<string>>();
const MULTI = new Map<string, Array<{ words: string[]; tags: ReadonlySet<string> }>>();
for (const [key, value] of Object.entries(lexicon)) {
  const tags = tagsOf(asList(value));
  if (!key.includes(' ')) {
    SINGLE.set(key, tags);
    continue;
  }
  const words = key.split(' ');
  const list = MULTI.get(words[0]) ?? [];
  list.push({ words, tags });
  MULTI.set(words[0], list);
}
for (const list of MULTI.values()) list.sort((a, b) => b.words.length - a.words.length);

const ORG_WORDS = new Set(Object.keys(orgWords));
const PLACE_WORDS = new Set(Object.keys(placeWords));
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'across', 'throughout', 'inside', 'outside']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

const T = {
  properNoun: tagsOf(['ProperNoun', 'Singular']),
  noun: tagsOf(['Singular']),
  plural: tagsOf(['Plural']),
  value: tagsOf(['Cardinal', 'NumericValue']),
  year: tagsOf(['Year', 'Cardinal', 'NumericValue']),
  acronym: tagsOf(['Acronym', 'ProperNoun']),
};

/** compromise's suffix patterns, longest suffix first (its own order of preference). */
function bySuffix(lower: string): ReadonlySet<string> | null {
  for (let n = Math.min(7, lower.length - 1); n >= 2; n--) {
    const tag = suffixPatterns[n]?.[lower.slice(-n)];
    if (tag) return tagsOf([tag]);
  }
  return null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HYPHEN = /[-–—]/;

/** A letter or digit (ASCII answered without a regex: this runs for every character at a word's edges). */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(c);
}
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s?$/;

/** What one word form brings before context: its lexical tags, lower-cased form, phrases and two-way switch. */
interface Form {
  tags: ReadonlySet<string>;
  lower: string;
  phrases: Array<{ words: string[]; tags: ReadonlySet<string> }> | undefined;
  /** compromise's switch ("Noun|Verb", "Adj|Past"…) when the word can take either tag, resolved by context. */
  switch: string | undefined;
}

/** Forms by text, separately for sentence-initial ones; cleared when large (names are open-ended). */
const FORMS: [Map<string, Form>, Map<string, Form>] = [new Map(), new Map()];

function formOf(text: string, sentenceStart: boolean): Form {
  const cache = FORMS[sentenceStart ? 1 : 0];
  let form = cache.get(text);
  if (form === undefined) {
    if (cache.size > 50_000) cache.clear();
    const lower = text.toLowerCase().replace(/’/g, "'");
    const bare = lower.replace(/'s?$/, '');
    form = { tags: lexicalTags(text, sentenceStart), lower, phrases: MULTI.get(lower), switch: switches[bare] };
    cache.set(text, form);
  }
  return form;
}

/** Tags of one word from its form alone. */
function lexicalTags(text: string, sentenceStart: boolean): ReadonlySet<string> {
  let lower = text.toLowerCase().replace(/’/g, "'");
  const possessive = POSSESSIVE.test(lower) && lower.length > 2 && /\p{L}/u.test(lower[lower.length - 3] ?? '');
  if (possessive) lower = lower.replace(/'s?$/, '');
  let tags = SINGLE.get(lower) ?? SINGLE.get(lower.replace(/\.$/, ''));
  if (!tags) {
    const cap = UPPER_START.test(text);
    if (/^[$£€]?\d[\d,.]*(?:%|[a-z]{0,3})$/i.test(lower)) tags = /^(?:1[89]|20)\d\d$/.test(lower) ? T.year : T.value;
    else if (cap && text.length > 1 && !HAS_LOWER.test(text) && /^\p{Lu}[\p{Lu}.&]*$/u.test(text)) tags = T.acronym;
    else if (cap && !sentenceStart) tags = T.properNoun;
    else tags = bySuffix(lower) ?? (lower.endsWith('s') && !lower.endsWith('ss') ? T.plural : cap ? T.properNoun : T.noun);
  }
  return possessive ? tagsOf([...tags, 'Possessive']) : tags;
}

const add = (t: Term, ...extra: string[]) => {
  t.tags = tagsOf([...t.tags, ...extra]);
};
const isCap = (t: Term) => UPPER_START.test(t.text);
/** Only spaces (or a possessive ending) between this term and the next: a name can continue. */
const joins = (t: Term) => /^\s*$/.test(t.post) && !t.post.includes('\n') && !t.tags.has('Possessive');

// ---------------------------------------------------------------------------------------------------------------

/**
 * "build-up" is two terms and "anti-China" one, as compromise has it: words joined by a hyphen are split unless
 * the first is a prefix (anti-, co-) or a single letter, or the second a suffix (-like), or a part is not a word.
 */
function splitHyphens(word: string): string[] {
  if (!HYPHEN.test(word)) return [word];
  const parts = word.split(/[-–—]/);
  if (parts.length < 2 || parts.some((p) => !p)) return [word];
  if (parts[0].length === 1 || prefixes[parts[0].toLowerCase()] !== undefined || suffixes[parts[1].toLowerCase()] !== undefined) return [word];
  return /^\p{L}+$/u.test(parts[0]) && /^[\p{L}\p{N}]/u.test(parts[1]) ? parts : [word];
}

/** Splits the body into terms: runs of non-space characters, with leading and trailing punctuation set aside. */
function tokenize(body: string): { terms: Term[]; sentenceStarts: boolean[] } {
  const terms: Term[] = [];
  const sentenceStarts: boolean[] = [];
  const chunk = /\S+/g;
  let sentenceStart = true;
  let m: RegExpExecArray | null;
  while ((m = chunk.exec(body))) {
    const raw = m[0];
    let s = 0;
    while (s < raw.length && !isWordChar(raw[s]) && raw[s] !== '$' && raw[s] !== '£' && raw[s] !== '€') s++;
    if (s === raw.length) {
      // Punctuation alone ("—", "..."): it ends or separates, and belongs to the gap.
      if (/[.!?]/.test(raw)) sentenceStart = true;
      continue;
    }
    let e = raw.length;
    while (e > s && !isWordChar(raw[e - 1])) e--;
    // Keep the dots of an initialism ("U.S.") but not a sentence's full stop.
    if (e < raw.length && raw[e] === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(raw.slice(s, e))) e++;
    let at = m.index + s;
    for (const part of splitHyphens(raw.slice(s, e))) {
      terms.push({ start: at, end: at + part.length, text: part, tags: T.noun, post: '' });
      sentenceStarts.push(sentenceStart);
      sentenceStart = false;
      at += part.length + 1;
    }
    if (e < raw.length && /[.!?]/.test(raw.slice(e)) && !/^(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|col|lt|sgt|jr|sr|prof|no|vs|etc)$/i.test(raw.slice(s, e))) sentenceStart = true;
    if (body[m.index + raw.length] === '\n') sentenceStart = true;
  }
  for (let i = 0; i < terms.length; i++) {
    const next = terms[i + 1];
    // The next term's opening punctuation ("(", "“") is in this gap too: a name cannot run across it.
    terms[i].post = body.slice(terms[i].end, next ? next.start : body.length);
  }
  return { terms, sentenceStarts };
}

/**
 * Multi-word lexicon entries ("new york", "associated press", "cut off"), matched on lower-cased words: the
 * phrase's tags replace the words' own, as in compromise.
 */
function tagPhrases(terms: Term[], forms: Form[]) {
  for (let i = 0; i < terms.length; i++) {
    const candidates = forms[i].phrases;
    if (!candidates) continue;
    for (const { words, tags } of candidates) {
      if (i + words.length > terms.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = joins(terms[i + k - 1]) && forms[i + k].lower.replace(/'s$/, '') === words[k];
      if (!ok) continue;
      for (let k = 0; k < words.length; k++) {
        const t = terms[i + k];
        t.tags = t.tags.has('Possessive') ? tagsOf([...tags, 'Possessive']) : tags;
      }
      i += words.length - 1;
      break;
    }
  }
}

/** A term's tags, most specific first (compromise reads clues for the most specific tag that has one). */
const SPECIFIC_FIRST = new WeakMap<ReadonlySet<string>, string[]>();
function specificFirst(tags: ReadonlySet<string>): string[] {
  let list = SPECIFIC_FIRST.get(tags);
  if (!list) SPECIFIC_FIRST.set(tags, (list = [...tags].sort((a, b) => (tagSet[b]?.parents?.length ?? 0) - (tagSet[a]?.parents?.length ?? 0))));
  return list;
}

function tagClue(t: Term | undefined, byTag: Record<string, string | null> | undefined): string | null {
  if (!t || !byTag) return null;
  for (const tag of specificFirst(t.tags)) if (byTag[tag]) return byTag[tag];
  return null;
}

/**
 * Words that can take two tags ("support" noun or verb, "premier" adjective or noun) get one from compromise's
 * clues, read in its order: the next word, the previous word, the previous word's tags, the next word's tags.
 * Only within a sentence; phrasal verbs, acronyms and capitalised names keep their tags.
 */
function resolveSwitches(terms: Term[], forms: Form[], sentenceStarts: boolean[]) {
  for (let i = 0; i < terms.length; i++) {
    const kind = forms[i].switch;
    const t = terms[i];
    if (!kind || t.tags.has('PhrasalVerb') || t.tags.has('Acronym') || (t.tags.has('ProperNoun') && /^\p{Lu}\p{Ll}/u.test(t.text))) continue;
    const c = clues[kind];
    if (!c) continue;
    // Clues stop at punctuation: "Iran's nuclear deal, something" is not "deal something".
    const hasBefore = i > 0 && !sentenceStarts[i] && joins(terms[i - 1]);
    const before = hasBefore ? (forms[i - 1].lower === 'also' && i > 1 && joins(terms[i - 2]) ? i - 2 : i - 1) : -1;
    const after = i + 1 < terms.length && joins(t) ? i + 1 : -1;
    const tag =
      (after >= 0 ? c.afterWords?.[forms[after].lower] : null) ||
      (before >= 0 ? c.beforeWords?.[forms[before].lower] : null) ||
      (before >= 0 ? tagClue(terms[before], c.beforeTags) : null) ||
      (after >= 0 ? tagClue(terms[after], c.afterTags) : null);
    if (tag) t.tags = t.tags.has('Possessive') ? tagsOf([tag, 'Possessive']) : tagsOf([tag]);
  }
}

/** Capitalised runs of terms joined by spaces only: the candidates for names. */
function capitalisedRuns(terms: Term[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < terms.length) {
    if (!isCap(terms[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < terms.length && joins(terms[j]) && isCap(terms[j + 1])) j++;
    runs.push([i, j + 1]);
    i = j + 1;
  }
  return runs;
}

/**
 * Name rules over each capitalised run (compromise's own rules for these cases, restated): a given name or an
 * honorific followed by capitalised words is a person ("Anton Lindqvist", "Mr Lavrov"); an unknown capitalised
 * word before a family name is a given name; a run ending in an organisation word is an organisation ("Liberty
 * Post", "Defence Ministry"); one ending in a place word, or a compass point before a place, is a place.
 */
function tagNames(terms: Term[]) {
  for (const [from, to] of capitalisedRuns(terms)) {
    const run = terms.slice(from, to);
    const last = run[run.length - 1];
    const lastLower = last.text.toLowerCase().replace(/['’]s?$/, '');
    if (run.length > 1 && ORG_WORDS.has(lastLower) && !run.some((t) => t.tags.has('Person') || t.tags.has('Place'))) {
      for (const t of run) add(t, 'Organization');
      continue;
    }
    if (run.length > 1 && PLACE_WORDS.has(lastLower)) {
      for (const t of run) add(t, 'Place');
      continue;
    }
    // "in Xinjiang", "from Nanning": names the lexicon does not know, after a preposition of place.
    const prev = terms[from - 1];
    if (prev && joins(prev) && PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) && run.every((t) => t.tags === T.properNoun)) {
      for (const t of run) add(t, 'Place');
      continue;
    }
    for (let k = 0; k < run.length; k++) {
      const t = run[k];
      const next = run[k + 1];
      if (!next) break;
      const nextIsName = !next.tags.has('Verb') && !next.tags.has('Determiner') && !next.tags.has('Place') && !next.tags.has('Organization');
      if ((t.tags.has('FirstName') || t.tags.has('Honorific')) && nextIsName) {
        add(next, 'Person', 'LastName');
        if (t.tags.has('FirstName')) add(t, 'Person');
      } else if (next.tags.has('LastName') && t.tags.has('ProperNoun') && !t.tags.has('Place') && !t.tags.has('Organization')) {
        add(t, 'Person', 'FirstName');
      } else if (COMPASS.has(t.text.toLowerCase()) && next.tags.has('Place')) {
        add(t, 'Place');
      }
    }
  }
}

/**
 * Parses the whole body once: terms with tags, and the runs of terms sharing a Person / Organization / Place tag
 * (capitalised, joined by spaces), which findActors turns into actors.
 */
export function parseBody(body: string): Parsed {
  const { terms, sentenceStarts } = tokenize(body);
  const forms = terms.map((t, i) => formOf(t.text, sentenceStarts[i]));
  terms.forEach((t, i) => (t.tags = forms[i].tags));
  tagPhrases(terms, forms);
  resolveSwitches(terms, forms, sentenceStarts);
  tagNames(terms);
  const runs: Record<'Person' | 'Organization' | 'Place', Entity[]> = { Person: [], Organization: [], Place: [] };
  const cap = terms.map(isCap);
  // A run ends at punctuation, but "Beijing’s" may end one ("Beijing’s top diplomat" keeps Beijing).
  const ends = terms.map((t) => /[^\s]/.test(t.post) || t.post.includes('\n'));
  for (const k of ['Person', 'Organization', 'Place'] as const) {
    let open: Term[] = [];
    const close = () => {
      if (open.length) runs[k].push({ start: open[0].start, end: open[open.length - 1].end, terms: open });
      open = [];
    };
    terms.forEach((t, i) => {
      if (cap[i] && t.tags.has(k)) open.push(t);
      else if (open.length) close();
      if (ends[i] && open.length) close();
    });
    close();
  }
  return { terms, people: runs.Person, organizations: runs.Organization, places: runs.Place };
}

/** Index of the first term starting at or after `offset` (binary search). */
export function termFrom(terms: Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Terms overlapping [start, end). */
export function termsIn(terms: Term[], start: number, end: number): Term[] {
  const out: Term[] = [];
  let i = termFrom(terms, start);
  if (i > 0 && terms[i - 1].end > start) i--;
  for (; i < terms.length && terms[i].start < end; i++) out.push(terms[i]);
  return out;
}

/** Punctuation that ends a phrase when it follows a term. */
export function breaksAfter(t: Term): boolean {
  return /[^\s]/.test(t.post);
}

/** What compromise's lexicon says one word is, by kind of name (a lookup, no tagging): read by ./mentions.ts. */
export function lexiconKind(word: string): 'given' | 'place' | 'org' | 'common' | null {
  const tags = SINGLE.get(word.toLowerCase());
  if (tags?.has('FirstName')) return 'given';
  if (tags && (tags.has('Place') || tags.has('City') || tags.has('Country') || tags.has('Region'))) return 'place';
  if (tags?.has('Organization') || ORG_WORDS.has(word.toLowerCase())) return 'org';
  if (PLACE_WORDS.has(word.toLowerCase())) return 'place';
  if (tags && !tags.has('ProperNoun') && !tags.has('LastName') && !tags.has('Person') && (tags.has('Adjective') || tags.has('Noun'))) return 'common';
  return null;
}
