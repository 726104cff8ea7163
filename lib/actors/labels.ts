/**
 * Labels: the words an outlet attaches to an actor (NewsWCL50's question: how does each outlet name the same
 * actor?). Four simple, surface-level rules, each documented where it is implemented:
 * title (before a person), appositive (between commas), modifier (hyphenated or adjective before the name),
 * possessive (a noun phrase right after "X's" or after the name used attributively: "U.S. empire").
 */
import type { ActorKind, ActorLabel } from './types';
import { breaksAfter, termFrom, termsIn, type Term } from './text';

/** Words that can make up a title before a name, in any order ("Chinese Foreign Minister", "US President"). */
const TITLE_WORDS = [
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'interior', 'finance', 'trade', 'state',
  'secretary', 'secretary-general', 'general', 'premier', 'chancellor', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'chairman', 'chairwoman', 'senator', 'sen.', 'rep.', 'representative',
  'governor', 'gov.', 'king', 'queen', 'prince', 'princess', 'crown', 'director', 'chief', 'deputy', 'councilor',
  'councillor', 'adviser', 'advisor', 'security', 'national', 'top', 'former', 'acting', 'pope', 'speaker', 'mr.',
  'mrs.', 'ms.', 'dr.', 'gen.', 'col.', 'adm.', 'commander', 'diplomat', 'official', 'mayor', 'judge', 'justice',
  'attorney', 'economy', 'commerce', 'health', 'emir', 'sheikh', 'president-elect', 'counselor', 'lawmaker',
  'presidential', 'special', 'first', 'lady', 'party', 'general-secretary', 'head', 'army', 'counterpart',
];
/** Title words that cannot be a whole title alone ("top Xi" is not a title). */
const TITLE_QUALIFIERS = new Set(['vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'trade', 'state', 'security', 'national', 'top', 'former', 'acting', 'crown', 'deputy', 'economy', 'commerce', 'health', 'presidential', 'special', 'first', 'party', 'army']);

/** Head nouns of "X's <role>" / "X <role>" that name a person or people acting for X. */
const ROLE_NOUNS = new Set([
  'diplomat', 'minister', 'fm', 'president', 'premier', 'leader', 'envoy', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'counterpart', 'chief', 'head', 'negotiator', 'foreign minister', 'chancellor',
  'strongman', 'dictator', 'regime', 'autocrat', 'military', 'army', 'troops', 'forces', 'hawks', 'lawmakers',
]);
const PLURAL_ROLES = new Set(['troops', 'forces', 'hawks', 'lawmakers', 'military', 'army', 'regime']);

function caseAlt(word: string): string {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `[${word[0].toUpperCase()}${word[0]}]${esc.slice(1)}`;
}

/**
 * "(Chinese|US|Russia's)? (title words){1,5} (to|of the US)?" ending right before the name, matched on text
 * where other actors' names are masked as '§' (so "Russian ambassador to the US" needs no alias list here).
 */
const TITLE = new RegExp(
  `(?<![\\p{L}\\p{N}.’'§-])(?:§+(?:['’]s)?\\s+)?(?:(?:${TITLE_WORDS.map(caseAlt).join('|')})\\s+){1,5}(?:(?:to|of|for)\\s+(?:the\\s+)?§+\\s+)?$`,
  'u',
);

/**
 * A title directly before a person's name: "Foreign Minister Wang Yi", "Chinese premier Xi Jinping".
 * `masked(from, to)` is body.slice(from, to) with other actors' names replaced by '§'.
 */
export function findTitle(body: string, start: number, masked: (from: number, to: number) => string): ActorLabel | null {
  // TITLE ends in whitespace right before the name (masking never makes whitespace): skip the masking otherwise.
  if (!/\s/u.test(body[start - 1])) return null;
  const from = Math.max(0, start - 100);
  const m = TITLE.exec(masked(from, start));
  if (!m) return null;
  const text = body.slice(from + m.index, start).trimEnd();
  const words = text.toLowerCase().split(/\s+/);
  if (!words.some((w) => TITLE_WORDS.includes(w) && !TITLE_QUALIFIERS.has(w))) return null;
  const s = from + m.index;
  return { text, start: s, end: s + text.length, kind: 'title' };
}

const NOT_APPOSITIVE = /^(?:and|or|but|who|which|that|said|says|say|added|told|he|she|they|it|we|as|in|on|at|for|with|to|from|by|while|when|after|before|also|however|then|if|because|where|the two)\b/i;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that)\s+/i;

/** Noun-phrase check on the terms' tags: a noun, no finite verb, no pronoun head. */
function nounPhrase(terms: Term[]): boolean {
  if (!terms.length || terms.length > 8) return false;
  if (terms.some((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Participle'))) return false;
  if (terms.some((t) => t.tags.has('Preposition') || t.tags.has('Conjunction')) && terms.length > 6) return false;
  return terms.some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
}

/**
 * Appositives: "Wang Yi, China's foreign minister, said" (after) and "his Russian counterpart, Vladimir Putin,"
 * (before). The label drops a leading determiner or possessive pronoun.
 */
export function findAppositives(body: string, start: number, end: number, terms: Term[], isMention: (s: number, e: number) => boolean): ActorLabel[] {
  const out: ActorLabel[] = [];
  // Each rule needs a punctuation mark right after the name: tested first, before a regex on a slice.
  const after = body[end] === ',' ? /^,\s+([^\s,;:.!?“”"()][^,;:.!?“”"()\n]{0,78}?[^\s,;:.!?“”"()])(?=\s*(?:,|;|\.(?:\s|$)|\)|—|$))/u.exec(body.slice(end, end + 100)) : null;
  if (after && !NOT_APPOSITIVE.test(after[1])) {
    let s = end + after[0].length - after[1].length;
    const det = DETERMINER.exec(after[1]);
    if (det) s += det[0].length;
    const e = end + after[0].length;
    const ts = termsIn(terms, s, e);
    const startsWithOtherName = /^\p{Lu}/u.test(body[s]) && isMention(s, s + 1) && !/^[^\s,]*['’]s\b/.test(body.slice(s, e));
    if (e > s && nounPhrase(ts) && !startsWithOtherName && !/\b(?:and|or)\s+\p{Lu}/u.test(body.slice(s, e))) {
      out.push({ text: body.slice(s, e), start: s, end: e, kind: 'appositive' });
    }
  }
  const from = Math.max(0, start - 80);
  // Only a true appositive: the name is closed by punctuation too ("…counterpart, Vladimir Putin, as").
  const closed = /^[,.;)]/.test(body.slice(end, end + 1));
  const before = closed ? /(?:^|[\s(])(?:his|her|their|its|the|a|an|[\p{Lu}][\p{L}.]*['’]s)\s+([\p{L}][\p{L}'’ -]{1,60}?),\s+$/u.exec(body.slice(from, start)) : null;
  if (before) {
    const text = before[1];
    const trailing = /,\s+$/.exec(before[0])![0].length;
    const ls = from + before.index + before[0].length - trailing - text.length;
    const ts = termsIn(terms, ls, ls + text.length);
    // "the European Union, Britain, …" is a list of names, not an appositive.
    const bare = text.split(/\s+/).filter((w, k, ws) => {
      const at = ls + ws.slice(0, k).reduce((n, x) => n + x.length + 1, 0);
      return !isMention(at, at + w.length);
    });
    if (bare.length && text.split(/\s+/).length <= 5 && nounPhrase(ts)) out.push({ text, start: ls, end: ls + text.length, kind: 'appositive' });
  }
  return out;
}

export interface PossessiveLabel {
  label: ActorLabel;
  /** "X's NP" (true) or "X NP", the name used attributively (false). */
  possessive: boolean;
  /** The role this names, when its head is a role noun ("top diplomat" → "top diplomat"). */
  role: { name: string; plural: boolean } | null;
  /** Whole "X's NP" span, for a role mention. */
  spanStart: number;
}

const CONTENT = (t: Term) =>
  !t.tags.has('Date') && !t.tags.has('Duration') && !t.tags.has('Value') && !t.tags.has('Month') && !t.tags.has('WeekDay') &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Abbreviation') || t.tags.has('Acronym')) &&
  !t.tags.has('Pronoun') && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Conjunction') &&
  !(t.tags.has('Verb') && !t.tags.has('Noun'));

/**
 * The noun phrase after "X's" ("Beijing’s top diplomat" → "top diplomat") or after the name used as a
 * modifier ("U.S. empire" → "empire", "Russian diplomats" → "diplomats"): up to four noun/adjective terms,
 * ending on a noun, stopping at punctuation, at another actor's name and, when attributive, at a capitalised word.
 */
/** Nouns a person's name can qualify without a possessive ("Biden administration", "Putin regime"). */
const PERSON_COMPOUNDS = new Set(['administration', 'government', 'regime', 'camp', 'team', 'aides', 'allies', 'loyalists', 'era', 'doctrine', 'cabinet', 'supporters', 'critics', 'campaign', 'presidency', 'family', 'circle']);

export function findPossessive(
  body: string,
  start: number,
  end: number,
  terms: Term[],
  isMention: (s: number, e: number) => boolean,
  person = false,
): PossessiveLabel | null {
  let pos = end;
  const pm = /^(?:['’]s\b|['’](?=\s))/.exec(body.slice(end, end + 3));
  if (pm) pos += pm[0].length;
  const ws = /^[ \t]+/.exec(body.slice(pos, pos + 4));
  if (!ws) return null;
  pos += ws[0].length;
  let i = termFrom(terms, pos);
  if (terms[i]?.start !== pos) return null;
  const taken: Term[] = [];
  for (; i < terms.length && taken.length < 4; i++) {
    const t = terms[i];
    if (!CONTENT(t) || !/\p{L}/u.test(t.text) || isMention(t.start, t.end)) break;
    if (!pm && /^\p{Lu}/u.test(t.text) && !t.tags.has('Acronym') && !t.tags.has('Abbreviation')) break;
    taken.push(t);
    if (t.tags.has('Possessive') || /['’]s$/.test(t.text) || breaksAfter(t)) break;
  }
  while (taken.length && !(taken[taken.length - 1].tags.has('Noun') || taken[taken.length - 1].tags.has('Abbreviation'))) taken.pop();
  if (!taken.length) return null;
  if (!pm) {
    // "China and Russia note that…", "Putin and Xi reaffirm ties": a lone word followed by an object is a verb.
    const next = terms[i];
    const lone = taken.length === 1 && !breaksAfter(taken[0]);
    if (lone && next && (next.tags.has('Determiner') || next.tags.has('Pronoun') || /^(?:that|their|its|his|her)$/i.test(next.text))) return null;
    if (person && !PERSON_COMPOUNDS.has(taken[taken.length - 1].text.toLowerCase())) return null;
  }
  // A noun phrase that is itself the verb's subject of a new clause ("China claims") was ruled out by tags above.
  const s = taken[0].start;
  const last = taken[taken.length - 1];
  const e = last.end - (/['’]s$/.test(last.text) ? 2 : 0);
  if (e <= s) return null;
  const text = body.slice(s, e);
  const head = text.toLowerCase().split(/\s+/);
  const headWord = head[head.length - 1];
  const singular = headWord.replace(/s$/, '');
  const isRole = ROLE_NOUNS.has(headWord) || ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(head.slice(-2).join(' '));
  return {
    label: { text, start: s, end: e, kind: 'possessive' },
    possessive: !!pm,
    role: isRole ? { name: text.toLowerCase(), plural: PLURAL_ROLES.has(headWord) || (headWord !== singular && !headWord.endsWith('ss')) } : null,
    spanStart: start,
  };
}

/** Words the tagger may read as adjectives that do not describe the following name. */
const NOT_MODIFIERS = new Set([
  'against', 'over', 'together', 'about', 'above', 'below', 'across', 'ahead', 'along', 'alone', 'apart', 'away',
  'back', 'behind', 'beyond', 'due', 'near', 'next', 'like', 'unlike', 'off', 'out', 'up', 'down', 'such', 'own',
  'same', 'other', 'more', 'most', 'less', 'least', 'only', 'very', 'also', 'just', 'even', 'both', 'each', 'many',
  'much', 'several', 'few', 'various', 'certain', 'whole', 'entire', 'weekly', 'daily', 'real', 'main', 'joint',
]);

/**
 * Modifiers: a hyphenated word built on the name ("Western-backed", "U.S.-dominated", "anti-China"), or up
 * to two adjectives right before it ("authoritarian China"), when the name is not itself a modifier.
 */
export function findModifiers(body: string, start: number, end: number, terms: Term[], isMention: (s: number, e: number) => boolean, attributive: boolean): ActorLabel[] {
  const out: ActorLabel[] = [];
  // (Both hyphen rules need a hyphen beside the name: tested first, before a regex on a slice.)
  const suffix = body[end] === '-' ? /^-(\p{L}+)/u.exec(body.slice(end, end + 30)) : null;
  if (suffix && !isMention(end + 1, end + suffix[0].length)) {
    out.push({ text: body.slice(start, end + suffix[0].length), start, end: end + suffix[0].length, kind: 'modifier' });
  }
  const prefix = body[start - 1] === '-' ? /(?<![\p{L}-])(?:anti|pro|non|ex|post|pre)-$/iu.exec(body.slice(Math.max(0, start - 6), start)) : null;
  if (prefix) {
    const s = start - prefix[0].length;
    out.push({ text: body.slice(s, end), start: s, end, kind: 'modifier' });
  }
  if (!attributive && !prefix && !suffix) {
    let i = termFrom(terms, start) - 1;
    const adj: Term[] = [];
    while (i >= 0 && adj.length < 2) {
      const t = terms[i];
      const gap = body.slice(t.end, adj.length ? adj[0].start : start);
      if (!/^\s+$/.test(gap)) break;
      if (!t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Adverb')) break;
      if (/^\p{Lu}/u.test(t.text) || NOT_MODIFIERS.has(t.text.toLowerCase()) || isMention(t.start, t.end)) break;
      adj.unshift(t);
      i--;
    }
    if (adj.length) out.push({ text: body.slice(adj[0].start, adj[adj.length - 1].end), start: adj[0].start, end: adj[adj.length - 1].end, kind: 'modifier' });
  }
  return out;
}

/** Head nouns of definite descriptions that may refer back to any actor of these kinds named just before. */
const DESCRIPTION_HEADS: Record<string, ActorKind[]> = {
  group: ['group', 'organization', 'party'], militants: ['group'], terrorists: ['group'], insurgents: ['group'], rebels: ['group'],
  extremists: ['group'], fighters: ['group'], militia: ['group'], movement: ['group'], organization: ['organization', 'group'],
  organisation: ['organization', 'group'], party: ['party'], regime: ['country', 'institution'],
  country: ['country'], nation: ['country'], company: ['organization'], firm: ['organization'], network: ['organization'],
  outlet: ['organization'], newspaper: ['organization'], alliance: ['organization'], bloc: ['organization', 'group'],
};
/**
 * Heads that name one kind of institution ("the court", "the army"): they refer to an actor whose name holds one of
 * these words, and only when the article names exactly one such actor before them.
 */
const INSTITUTION_HEADS: Record<string, string[]> = {
  court: ['court'], agency: ['agency'], administration: ['administration'], department: ['department'], ministry: ['ministry'],
  committee: ['committee'], panel: ['committee', 'commission', 'panel'], bureau: ['bureau'], army: ['army'], navy: ['navy'],
  chamber: ['senate', 'house', 'parliament', 'assembly', 'commons', 'lords', 'duma', 'knesset', 'bundestag'],
};
/** A person's office as titles and descriptions write it ("Sen.", "senator", "the senator"), by one name. */
const OFFICES: Record<string, string> = {
  president: 'president', senator: 'senator', 'sen.': 'senator', sen: 'senator', governor: 'governor', 'gov.': 'governor', gov: 'governor',
  representative: 'representative', 'rep.': 'representative', rep: 'representative', congressman: 'representative',
  congresswoman: 'representative', justice: 'justice', judge: 'judge', mayor: 'mayor', speaker: 'speaker', secretary: 'secretary',
  minister: 'minister', chancellor: 'chancellor', premier: 'premier',
};
/** Words before an office that make it another one ("Vice President" is no president). */
const NOT_THE_OFFICE = new Set(['vice', 'deputy', 'assistant', 'under', 'lieutenant']);
const FORMER = /(?:^|[^\p{L}])(?:former|ex|late)(?:[^\p{L}]|$)/iu;
const DESCRIPTION = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+((?:\\p{L}[\\p{L}-]*\\s+){0,2}(?:${[...Object.keys(DESCRIPTION_HEADS), ...Object.keys(INSTITUTION_HEADS), ...Object.keys(OFFICES).filter((w) => /^\p{L}+$/u.test(w) && w.length > 3)].join('|')}))(?![\\p{L}])`,
  'giu',
);

/** The offices a person holds by the titles and appositives of their mentions ("President", "the senator from Utah"). */
function officesOf(labels: ActorLabel[]): Array<{ office: string; former: boolean }> {
  const out: Array<{ office: string; former: boolean }> = [];
  for (const l of labels) {
    if (l.kind !== 'title' && l.kind !== 'appositive') continue;
    const words = l.text.toLowerCase().split(/\s+/);
    const former = FORMER.test(l.text);
    words.forEach((w, i) => {
      let office = OFFICES[w];
      if (!office || NOT_THE_OFFICE.has(words[i - 1] ?? '')) return;
      if (office === 'minister' && words[i - 1] === 'prime') office = 'prime minister';
      out.push({ office, former });
    });
  }
  return out;
}

/**
 * Definite descriptions that refer back to an actor, as labels on it (GUIDELINES §11.1: they are no mentions):
 * - an office ("the president", "the former senator"): the one person the article titles so before it ("President
 *   Joe Biden", "Sen. Mitt Romney"), former or not as the description says; two such people and it stays unresolved;
 * - an institution's head ("the court", "the army"): the one actor named before it whose name holds the word
 *   ("the Supreme Court"); two and it stays unresolved;
 * - other heads ("the militant group"): the nearest earlier mention of a fitting kind within 300 characters, with
 *   no other fitting actor between.
 * Returns the label and the mention it is attached to (the referent's latest mention before it).
 */
export function findDescriptions<M extends { actor: string; name: string; kind: ActorKind; start: number; end: number; labels: ActorLabel[] }>(body: string, mentions: M[]): Array<{ mention: M; label: ActorLabel }> {
  const out: Array<{ mention: M; label: ActorLabel }> = [];
  if (!mentions.length) return out;
  for (const m of body.matchAll(DESCRIPTION)) {
    const start = m.index! + m[0].length - m[1].length;
    const end = m.index! + m[0].length;
    const words = m[1].toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    // A name inside it makes it no description ("the Justice Department"), except a party or country word before an
    // office ("the Republican senator"), which the label keeps as a title keeps it.
    const from = OFFICES[head] ? end - head.length : m.index!;
    if (mentions.some((x) => x.start < end && x.end > from)) continue;
    const earlier = mentions.filter((x) => x.end <= m.index!);
    let fits: M[];
    if (OFFICES[head]) {
      if (NOT_THE_OFFICE.has(words[words.length - 2] ?? '')) continue;
      const office = head === 'minister' && words[words.length - 2] === 'prime' ? 'prime minister' : OFFICES[head];
      const former = FORMER.test(m[1]);
      const holders = new Set(earlier.filter((x) => x.kind === 'person' && officesOf(x.labels).some((o) => o.office === office && o.former === former)).map((x) => x.actor));
      fits = earlier.filter((x) => holders.has(x.actor));
    } else if (INSTITUTION_HEADS[head]) {
      const named = INSTITUTION_HEADS[head];
      fits = earlier.filter((x) => x.kind !== 'person' && x.kind !== 'place' && x.kind !== 'country' && x.name.toLowerCase().split(/[\s-]+/).some((w) => named.includes(w)));
    } else {
      const kinds = DESCRIPTION_HEADS[head];
      const before = earlier.filter((x) => m.index! - x.end <= 300 && kinds.includes(x.kind));
      if (!before.length) continue;
      const nearest = before[before.length - 1];
      // Ambiguous when another fitting actor is named in that stretch.
      if (before.some((x) => x.actor !== nearest.actor && x.end > nearest.start - 300)) continue;
      fits = [nearest];
    }
    // Exactly one actor: the article leaves no doubt which one is meant.
    if (!fits.length || fits.some((x) => x.actor !== fits[0].actor)) continue;
    out.push({ mention: fits[fits.length - 1], label: { text: m[1], start, end, kind: 'description' } });
  }
  return out;
}
