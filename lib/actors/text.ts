/** Word tokens of an article with compromise's part-of-speech tags and body offsets (one parse per article). */
import nlp from 'compromise';

export interface Term {
  start: number;
  end: number;
  text: string;
  tags: Set<string>;
  /** Characters between this term and the next (compromise's `post`, e.g. ", " or ". "). */
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

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * Parses the whole body once. compromise is lossless (pre + text + post of every term, in order, rebuild the
 * input), so offsets are running sums; entities are runs of terms sharing a Person / Organization / Place tag,
 * read off the tags instead of compromise's slower .people()/.organizations()/.places() matchers.
 */
export function parseBody(body: string): Parsed {
  const doc = nlp(body) as unknown as { docs: RawTerm[][] };
  const terms: Term[] = [];
  const runs: Record<'Person' | 'Organization' | 'Place', Entity[]> = { Person: [], Organization: [], Place: [] };
  let at = 0;
  for (const sentence of doc.docs) {
    const open: Partial<Record<keyof typeof runs, Term[]>> = {};
    const close = (k: keyof typeof runs) => {
      const ts = open[k];
      if (ts?.length) runs[k].push({ start: ts[0].start, end: ts[ts.length - 1].end, terms: ts });
      delete open[k];
    };
    for (const raw of sentence) {
      if (/[^\s]/.test(raw.pre)) for (const k of ['Person', 'Organization', 'Place'] as const) close(k);
      at += raw.pre.length;
      const start = at;
      at += raw.text.length;
      const post = raw.post;
      at += post.length;
      // Contractions ("Beijing’s" read as "Beijing is") yield an empty term: it has no characters to point at.
      if (!raw.text) continue;
      const t: Term = { start, end: start + raw.text.length, text: raw.text, tags: raw.tags, post };
      terms.push(t);
      for (const k of ['Person', 'Organization', 'Place'] as const) {
        if (raw.tags.has(k) && /\p{Lu}/u.test(raw.text[0])) (open[k] ??= []).push(t);
        else close(k);
        if (/[^\s]/.test(post) && !/^[’']s?\s*$/.test(post)) close(k);
      }
    }
    for (const k of ['Person', 'Organization', 'Place'] as const) close(k);
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
