/**
 * The words of an article as the label rules (./labels.ts) read them, made from the linguistic layer's parse
 * (lib/nlp) instead of a tokeniser of their own: one term per word, with a possessive "'s" and the parts of a
 * hyphenated word ("Western-backed", "anti-China") joined as the text writes them, tags named as the label rules
 * name them, and `post` the characters up to the next term (punctuation, spaces).
 */
import type { Parse, ParsedToken } from '@/lib/nlp';
import type { Term } from './text';

const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const DURATIONS = new Set('day days week weeks month months year years decade decades hour hours minute minutes'.split(' '));
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

const TAGS_BY_POS: Record<string, string[]> = {
  NOUN: ['Noun'],
  PROPN: ['Noun', 'ProperNoun'],
  VERB: ['Verb'],
  AUX: ['Verb', 'Auxiliary'],
  ADJ: ['Adjective'],
  ADV: ['Adverb'],
  PRON: ['Pronoun', 'Noun'],
  DET: ['Determiner'],
  ADP: ['Preposition'],
  CCONJ: ['Conjunction'],
  SCONJ: ['Conjunction'],
  NUM: ['Value', 'Cardinal'],
  PART: ['Adverb'],
};

const frozen = new Map<string, ReadonlySet<string>>();
function tagSet(tags: string[]): ReadonlySet<string> {
  const key = [...new Set(tags)].sort().join(' ');
  let set = frozen.get(key);
  if (!set) frozen.set(key, (set = new Set(key.split(' ').filter(Boolean))));
  return set;
}

/** Tag sets by what decides them (part of speech and the word's flags), so a term costs no sort nor join. */
const BY_FLAGS = new Map<string, ReadonlySet<string>>();

function tagsOf(body: string, first: ParsedToken, last: ParsedToken, possessive: boolean): ReadonlySet<string> {
  const text = body.slice(first.start, last.end);
  const lower = text.toLowerCase();
  const participle = last.pos === 'VERB' && /(?:ed|en|ing)$/.test(lower);
  const month = MONTHS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
  const weekday = WEEKDAYS.has(lower);
  const duration = DURATIONS.has(lower);
  const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]+$/u.test(text);
  const abbreviation = !acronym && /^\p{L}{1,5}\.$/u.test(text);
  const poss = possessive || POSSESSIVE_PRONOUNS.has(lower);
  const key = `${last.pos}|${+participle}${+month}${+weekday}${+duration}${+acronym}${+abbreviation}${+poss}`;
  let set = BY_FLAGS.get(key);
  if (set) return set;
  const tags = [...(TAGS_BY_POS[last.pos] ?? [])];
  // A pronoun that is a subject or object ("he", "them") is no noun phrase head for the label rules either.
  if (last.pos === 'PRON') tags.splice(tags.indexOf('Noun'), 1);
  if (participle) tags.push('Participle');
  if (month) tags.push('Month', 'Date');
  if (weekday) tags.push('WeekDay', 'Date');
  if (duration) tags.push('Duration');
  if (acronym) tags.push('Acronym');
  else if (abbreviation) tags.push('Abbreviation');
  if (poss) tags.push('Possessive');
  BY_FLAGS.set(key, (set = tagSet(tags)));
  return set;
}

/**
 * A term whose text, tags and trailing characters are worked out when first read: the label rules read only the
 * terms around mentions (a binary search on `start`), so most terms of an article are never read at all.
 */
class ParseTerm implements Term {
  #text: string | undefined;
  #tags: ReadonlySet<string> | undefined;
  #post: string | undefined;
  /** Where `post` ends: the next term's start, or the end of the body (set once the next term is known). */
  postEnd: number;

  constructor(
    private readonly body: string,
    readonly start: number,
    readonly end: number,
    private readonly first: ParsedToken,
    private readonly last: ParsedToken,
    private readonly possessive: boolean,
  ) {
    this.postEnd = body.length;
  }

  get text(): string {
    return (this.#text ??= this.body.slice(this.start, this.end));
  }

  get tags(): ReadonlySet<string> {
    return (this.#tags ??= tagsOf(this.body, this.first, this.last, this.possessive));
  }

  get post(): string {
    return (this.#post ??= this.body.slice(this.end, this.postEnd));
  }
}

/** Terms of `body` from its parse. */
export function termsFromParse(body: string, parse: Parse): Term[] {
  const tokens = parse.tokens;
  const out: ParseTerm[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.pos === 'PUNCT' || t.pos === 'SYM') {
      i++;
      continue;
    }
    // Join a hyphenated word: word - word with no space between.
    let j = i;
    while (tokens[j + 2] && tokens[j + 1].end - tokens[j].end === 1 && body.charCodeAt(tokens[j].end) === 45 && tokens[j + 2].start === tokens[j + 1].end && /[\p{L}\p{N}]/u.test(body[tokens[j + 2].start])) j += 2;
    // A possessive "'s" / "’s" / "'" straight after the word belongs to it.
    let end = tokens[j].end;
    let possessive = false;
    const next = tokens[j + 1];
    if (next && next.start === end && /^['’]s?$/i.test(body.slice(next.start, next.end)) && (next.pos === 'PART' || next.pos === 'PUNCT')) {
      end = next.end;
      possessive = true;
      j++;
    }
    out.push(new ParseTerm(body, t.start, end, t, tokens[possessive ? j - 1 : j], possessive));
    i = j + 1;
  }
  for (let k = 0; k + 1 < out.length; k++) out[k].postEnd = out[k + 1].start;
  return out;
}
