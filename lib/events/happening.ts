/**
 * What a headline says happened, beyond its words: the direction of its main action (passes vs blocks, suspends
 * vs resumes), the amounts it names ($3.5 trillion vs $1 trillion) and the months it refers to. Two articles about
 * the same actors on nearby days that differ here report different happenings; lib/events/group.ts lowers their
 * similarity by factors tuned on data (README).
 * Pure, English-only, headline-level heuristics: a headline states its happening in a few words, while a lead
 * repeats background numbers and verbs that belong to earlier happenings.
 */
import type { Parse } from '@/lib/nlp';

/** Opposing directions of one kind of action: a headline has +1, −1, or both/neither (0) on each axis. */
const AXES: Array<[plus: RegExp, minus: RegExp]> = [
  // A bill, nominee or measure advances vs is stopped.
  [
    /\b(pass(es|ed)?|approv(e|es|ed|ing)|advanc(e|es|ed)|clears?|cleared|confirm(s|ed)?|adopts?|adopted|backs?|backed|ratif(y|ies|ied)|greenlights?)\b/,
    /\b(block(s|ed)?|reject(s|ed)?|defeat(s|ed)?|fails?|failed|sinks?|sank|stall(s|ed)?|oppos(e|es|ed)|filibuster(s|ed)?|tanks?|kills?|killed|vetoe?s|vetoed|scuttles?|derails?)\b/,
  ],
  // Something is stopped vs allowed to go on.
  [
    /\b(suspend(s|ed)?|halt(s|ed)?|paus(e|es|ed)|bans?|banned|bars?|barred|stops?|stopped|freez(e|es)|froze|frozen|shut(s)? down|enjoin(s|ed)?|blocks?|blocked|strikes? down|struck down|overturn(s|ed)?|cancel(s|ed|led)?|revok(e|es|ed)|end(s|ed)?)\b/,
    /\b(resum(e|es|ed)|restor(e|es|ed)|reinstat(e|es|ed)|allow(s|ed)?|lets?|lift(s|ed)?|permit(s|ted)?|uph(o|e)ld(s)?|reopen(s|ed)?|extend(s|ed)?|renew(s|ed)?)\b/,
  ],
  // A contest is won vs lost.
  [/\b(wins?|won|surviv(e|es|ed)|leads?|keeps?|retain(s|ed)?|beats?)\b/, /\b(los(e|es|t)|ousted|concedes?|conceded|trails?|recalled|defeated)\b/],
  // A figure goes up vs down.
  [
    /\b(ris(e|es|en)|rose|soar(s|ed)?|jump(s|ed)?|surg(e|es|ed)|climb(s|ed)?|spik(e|es|ed)|increas(e|es|ed)|grow(s|n)?|grew|gain(s|ed)?|record high|hits? high)\b/,
    /\b(fall(s|en)?|fell|drop(s|ped)?|plung(e|es|ed)|slump(s|ed)?|declin(e|es|ed)|decreas(e|es|ed)|shrink(s)?|shrank|slow(s|ed)?|dips?|dipped|lowest)\b/,
  ],
];

/** The same patterns with the global flag, compiled once: every headline is scanned with them. */
const AXES_G = AXES.map(([plus, minus]) => [new RegExp(plus.source, 'g'), new RegExp(minus.source, 'g')] as const);

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, t: 1e12, tn: 1e12,
};
const WORD_NUMBER: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, half: 0.5, 'a': 1,
};
// "$3.5 trillion", "$6T", "1 billion", "one billion", "559,000", "9.3 million". Plain small numbers (ages,
// counts of days) and years are not amounts: an amount has a currency sign, a scale word, or a thousands comma.
const AMOUNT = /(\$|€|£)?\s?\b(\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|half a|a)\s?(thousand|million|billion|trillion|mn|bn|tn|[kmbt])?\b(\+)?/gi;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// A month as a time reference: "in April", "since May", "April 9". Bare "May" is too often the verb to count alone.
const MONTH_REF = new RegExp(
  `\\b(?:(?:in|since|of|during|through|until|by|for|last|early|late|mid|mid-)\\s+(${MONTH_NAMES.join('|')})|(${MONTH_NAMES.join('|')})\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`,
  'gi',
);

/** Months a text refers to, as a bit set (bit 0 = January). */
export function monthsNamed(text: string): number {
  let bits = 0;
  for (const m of text.matchAll(MONTH_REF)) bits |= 1 << MONTH_NAMES.indexOf((m[1] ?? m[2]).toLowerCase());
  return bits;
}

export interface Happening {
  /** Per axis of AXES: +1, −1 or 0 (neither, or both directions named). */
  direction: Int8Array;
  /** Amounts named in the headline (and lead, see headlineHappening), in units (dollars, people, doses), sorted. */
  amounts: number[];
  /** Months referred to in the headline and lead, as a bit set. */
  months: number;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'gi');

/** Weekdays a text names ("on Thursday"), as a bit set (bit 0 = Sunday). */
export function weekdaysNamed(text: string): number {
  let bits = 0;
  for (const m of text.matchAll(WEEKDAY)) bits |= 1 << WEEKDAY_NAMES.indexOf(m[1].toLowerCase());
  return bits;
}

/**
 * The days a report's weekdays point at, given its publication day (UTC days since 1970): each named weekday is
 * read as its nearest occurrence within three days either side ("on Thursday" in Friday's paper is yesterday, in
 * Tuesday's the day after tomorrow). A report published a day after another names the same day by the same weekday.
 */
export function weekdayDays(bits: number, day: number): number[] {
  const out: number[] = [];
  const today = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  for (let w = 0; w < 7; w++) {
    if (!(bits & (1 << w))) continue;
    let offset = (w - today + 7) % 7;
    if (offset > 3) offset -= 7;
    out.push(day + offset);
  }
  return out;
}

/**
 * Compound nouns of a parsed headline, as "modifier noun" in lower case: a lower-case noun or adjective before a
 * noun ("abortion ban", "crime spike", "vaccine freeze"). The second word names a thing, not the headline's action.
 * A noun after a proper name is not counted: the tagger reads headline verbs as nouns ("Florida bans", "claims drop").
 */
export function compoundNouns(p: Parse): Set<string> {
  const out = new Set<string>();
  const { text, tokens } = p;
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (b.pos !== 'NOUN' || (a.pos !== 'NOUN' && a.pos !== 'ADJ') || b.start - a.end !== 1) continue;
    const first = text.slice(a.start, a.end);
    if (first !== first.toLowerCase()) continue;
    out.add(`${first} ${text.slice(b.start, b.end).toLowerCase()}`.replace(/’/g, "'"));
  }
  return out;
}

/**
 * The happening of an article: direction from the headline's words, a direction word the parse reads as the head of
 * a compound noun set aside; amounts and months from headline and `lead`.
 */
export function headlineHappening(title: string, lead = '', parse?: Parse): Happening {
  return wordHappening(title, lead, parse ? compoundNouns(parse) : undefined);
}

function wordHappening(title: string, lead: string, compounds?: Set<string>): Happening {
  const t = title.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
  // "won't" must not read as "won", nor "can't" as "can": spell negations out.
  const lower = t.toLowerCase().replace(/\bwon't\b/g, 'will not').replace(/\bcan't\b/g, 'can not').replace(/n't\b/g, ' not');
  const direction = new Int8Array(AXES.length);
  AXES_G.forEach(([plus, minus], k) => {
    let p = false;
    let m = false;
    // A negated verb goes the other way: "declines to block" lets, "fails to pass" stops.
    for (const [re, sign] of [[plus, 1], [minus, -1]] as const) {
      for (const hit of lower.matchAll(re)) {
        if (isNegator(lower, hit) || isNoun(lower, hit.index) || inCompound(lower, hit, compounds)) continue;
        if ((sign > 0) !== negated(lower, hit.index)) p = true;
        else m = true;
      }
    }
    direction[k] = p === m ? 0 : p ? 1 : -1;
  });
  return { direction, amounts: amounts(`${t}\n${lead}`), months: monthsNamed(`${t}\n${lead}`) };
}

/** Words just before a verb that turn it around: "won't revive", "declines to block", "fails to pass". */
const NEGATOR = /(?:\bnot|\bnever|\bno longer|\b(?:fail|fails|failed|refuses?|refused|declines?|declined)\s+to)\s+(?:\S+\s+)?$/;

function negated(lower: string, at: number): boolean {
  return NEGATOR.test(lower.slice(Math.max(0, at - 40), at));
}

/** "fails to", "declines to", "refuses to": the negator of the next verb, not an action of its own. */
function isNegator(lower: string, hit: RegExpExecArray | RegExpMatchArray): boolean {
  return /^(fail|declin|refus)/.test(hit[0]) && /^\s+to\b/.test(lower.slice(hit.index! + hit[0].length));
}

/** After a determiner or possessive the word is a noun ("the ban", "its freeze", "Texas's ban"), not the action. */
function isNoun(lower: string, at: number): boolean {
  return /(?:\b(?:the|a|an|its|their|his|her|this|that)|'s)\s+$/.test(lower.slice(Math.max(0, at - 12), at));
}

/** The hit is the noun of a compound ("abortion ban") by the parse. */
function inCompound(lower: string, hit: RegExpMatchArray, compounds?: Set<string>): boolean {
  if (!compounds?.size) return false;
  const at = hit.index!;
  if (at < 2 || lower[at - 1] !== ' ') return false;
  const from = lower.lastIndexOf(' ', at - 2) + 1;
  return compounds.has(`${lower.slice(from, at - 1)} ${hit[0]}`);
}

/** Amounts in a text: numbers with a currency sign, a scale word or a thousands separator. */
export function amounts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [, currency, num, scaleWord] = m;
    const lowerNum = num.toLowerCase();
    const isWord = lowerNum in WORD_NUMBER || lowerNum === 'half a';
    const scale = scaleWord ? SCALE[scaleWord.toLowerCase()] : undefined;
    // Single letters count as a scale only right after a currency amount ("$6T", "$3.5B").
    if (scaleWord && scaleWord.length === 1 && !currency) continue;
    if (isWord && !scale) continue;
    const value = isWord ? (lowerNum === 'half a' ? 0.5 : WORD_NUMBER[lowerNum]) : Number(num.replace(/,(?=\d{3}\b)/g, ''));
    if (!Number.isFinite(value)) continue;
    const hasThousands = /\d,\d{3}/.test(num);
    if (!currency && !scale && !hasThousands) continue;
    out.push(value * (scale ?? 1));
  }
  return out.sort((a, b) => a - b);
}

/** Two amounts are one figure when within 10% (rounding: "$3.5 trillion" and "$3.6T"); "$1 trillion" and "$1.2 trillion" are two. */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

export interface HappeningContrast {
  /** Both headlines name a direction on one axis and the directions are opposite. */
  opposite: boolean;
  /** Both headlines name amounts and none of them match. */
  amounts: boolean;
  /** Both name months and none in common ("jobs in April" vs "jobs in May"). */
  months: boolean;
}

export function contrast(a: Happening, b: Happening): HappeningContrast {
  let opposite = false;
  for (let k = 0; k < a.direction.length; k++) if (a.direction[k] * b.direction[k] < 0) opposite = true;
  let amountsDiffer = false;
  if (a.amounts.length > 0 && b.amounts.length > 0) amountsDiffer = !a.amounts.some((x) => b.amounts.some((y) => sameAmount(x, y)));
  return { opposite, amounts: amountsDiffer, months: a.months !== 0 && b.months !== 0 && (a.months & b.months) === 0 };
}
