import type { Marker } from './types';
import { PhraseTable, gapBefore, stemVariants, verbForms, type Tokenized } from './tokens';
import { personSuggests } from './attribution';
import {
  ASSERTIVE_ADJECTIVES, ASSERTIVES, ASSERTIVE_PHRASES, BOOSTERS, FACTIVES, FACTIVE_EXCEPTIONS, FACTIVE_PHRASES, HEDGES_EXCLUDED_PHRASES,
  HYLAND_HEDGES, INTENSIFIERS, NEWS_HEDGES,
} from './lexicons/stance';

type Entry = { family: 'hedge' | 'certainty'; label: string; source: string; lemma: string };

// Compiled once at module load; every family below is one left-to-right pass over the shared tokens.
const HEDGES = new PhraseTable<Entry>();
for (const h of NEWS_HEDGES) HEDGES.add(h, { family: 'hedge', label: 'news', source: 'news', lemma: h });
for (const h of HYLAND_HEDGES) HEDGES.add(h, { family: 'hedge', label: 'hyland', source: 'hyland', lemma: h });

const CERTAINTY = new PhraseTable<Entry>();
for (const b of BOOSTERS) CERTAINTY.add(b, { family: 'certainty', label: 'booster', source: 'parallax', lemma: b });
for (const b of INTENSIFIERS) CERTAINTY.add(b, { family: 'certainty', label: 'intensifier', source: 'parallax', lemma: b });
for (const a of ASSERTIVES) for (const f of verbForms(a)) CERTAINTY.add(f, { family: 'certainty', label: 'assertive', source: 'hooper', lemma: a });
for (const a of ASSERTIVE_PHRASES) CERTAINTY.add(a, { family: 'certainty', label: 'assertive', source: 'hooper', lemma: a });
for (const a of ASSERTIVE_ADJECTIVES) CERTAINTY.add(a, { family: 'certainty', label: 'assertive', source: 'parallax', lemma: a });
for (const a of FACTIVES) for (const f of verbForms(a)) CERTAINTY.add(f, { family: 'certainty', label: 'factive', source: 'hooper', lemma: a });
for (const a of FACTIVE_PHRASES) CERTAINTY.add(a, { family: 'certainty', label: 'factive', source: 'parallax', lemma: a });

/** Phrases that contain a hedge or certainty word without being one ("rather than", "known as"). */
const HEDGE_EXCEPTIONS = new PhraseTable<true>();
for (const e of HEDGES_EXCLUDED_PHRASES) HEDGE_EXCEPTIONS.add(e, true);
const CERTAINTY_EXCEPTIONS = new PhraseTable<true>();
for (const e of FACTIVE_EXCEPTIONS) CERTAINTY_EXCEPTIONS.add(e, true);

/** Hedges and certainty markers (boosters, intensifiers, assertive and factive verbs) in one pass. */
export function findStance(t: Tokenized): Marker[] {
  const out: Marker[] = [];
  const n = t.tokens.length;
  // Each token belongs to at most one hedge and one certainty marker; a longer phrase wins.
  for (const [table, exceptions] of [[HEDGES, HEDGE_EXCEPTIONS], [CERTAINTY, CERTAINTY_EXCEPTIONS]] as const) {
    // Token i is blocked when an exception starting at or before it reaches past it: exceptions are read up to i as
    // the scan goes, keeping the furthest end (a Uint8Array per article and table was 2% of the families' time).
    let blockedUntil = 0;
    let exceptionsRead = 0;
    for (let i = 0; i < n; i++) {
      for (; exceptionsRead <= i; exceptionsRead++) {
        if (!exceptions.startsAt(t, exceptionsRead)) continue;
        const ex = exceptions.match(t, exceptionsRead);
        // "You know he's not even an American": opening the sentence with its clause right after it, no comma, the
        // verb presents the clause as known; "you know," is the filler the exception is for.
        if (ex && ex.phrase === 'you know' && youKnowClause(t, exceptionsRead)) continue;
        if (ex) blockedUntil = Math.max(blockedUntil, exceptionsRead + ex.length);
      }
      const tok = t.tokens[i];
      if (i < blockedUntil) continue;
      const hit = table.match(t, i);
      if (!hit) continue;
      const e = hit.value;
      // "May 5" is a month; a capital mid-sentence is a name, not the modal.
      if (tok.lower === 'may' && tok.cap && t.ranges[tok.sentence][0] !== i) continue;
      if (e.family === 'hedge' && !hedgeSense(t, i, i + hit.length)) continue;
      // A negated booster or assertive ("not clear") asserts nothing (GUIDELINES.md §8); a factive stays factive
      // ("did not know that") and a degree word still raises its word ("has not been very good").
      if (e.family === 'certainty' && (e.label === 'booster' || e.label === 'assertive') && negatedBefore(t, i)) continue;
      // "not so sure", "not entirely clear": a negated degree word on certainty itself is a hedge (§7), not a booster.
      if (e.label === 'intensifier' && EPISTEMIC.has(t.tokens[i + hit.length]?.lower ?? '') && negatedBefore(t, i)) continue;
      // "not particularly concerned", "not a particularly good job": an understatement that weakens, not a degree raised.
      if (e.label === 'intensifier' && UNDERSTATED.has(tok.lower) && understated(t, i)) continue;
      // "This really is an enormous problem", "one that really presents her as she is": "really" before a verb other
      // than a stance verb stresses the claim itself (a booster, as both tune12 annotators read it).
      const label = e.label === 'intensifier' && tok.lower === 'really' && reallyAsserts(t, i) ? 'booster' : e.label;
      if (e.family === 'certainty' && label === e.label && !certaintySense(t, i, i + hit.length, e.label)) continue;
      const last = t.tokens[i + hit.length - 1];
      out.push({
        family: e.family,
        sentenceIndex: tok.sentence,
        start: tok.start,
        end: last.end,
        text: t.body.slice(tok.start, last.end),
        label,
        rule: `${e.source}:${e.lemma}`,
        weight: 1,
      });
      i += hit.length - 1;
    }
  }
  return out;
}

const EPISTEMIC = new Set(['sure', 'certain', 'clear', 'convinced', 'confident', 'obvious', 'evident']);

/** "really" right before a finite verb that is no stance verb ("really is", "really presents"), not negated. */
function reallyAsserts(t: Tokenized, i: number): boolean {
  const next = t.tokens[i + 1];
  if (next === undefined || next.sentence !== t.tokens[i].sentence || !next.tight || negatedBefore(t, i) || inQuestion(t, i)) return false;
  // "I'm really honored", "is really damaging": after a copula it raises the predicate (an intensifier); "Can anyone
  // really say …?": a question asserts nothing.
  const before = t.tokens[i - 1];
  if (before !== undefined && before.sentence === next.sentence && (COPULA.has(before.lower) || before.pos === 'AUX' || /'(?:m|re|s)$|’(?:m|re|s)$/.test(before.lower))) return false;
  const [, to] = t.ranges[next.sentence];
  if (/\?/.test(t.body.slice(t.tokens[to - 1].start, t.tokens[to - 1].end + 2))) return false;
  if (next.pos === 'AUX') return /^(?:is|are|was|were|am|'s|'re|’s|’re)$/.test(next.lower);
  return next.pos === 'VERB' && !STANCE_VERBS.has(next.lemma) && !/ing$/.test(next.lower);
}
/** Degree words that a negator right before them turns into an understatement ("not particularly", "not especially"). */
const UNDERSTATED = new Set(['particularly', 'especially', 'quite']);

/** A negator right before token i, or before "a"/"an" right before it ("not a particularly good job"). */
function understated(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  // "not particularly", "not a particularly", "has not done a particularly": a verb and an article may stand between.
  // A verb before an auxiliary ends one clause and opens the next ("voters who are not registered are
  // particularly angry"): the negator is the relative clause's, not the degree word's.
  let aux = false;
  for (let k = i - 1; k >= Math.max(0, i - 3) && t.tokens[k].sentence === s; k--) {
    const x = t.tokens[k];
    if (x.word.negator) return true;
    if (x.pos === 'AUX') aux = true;
    else if (x.pos === 'VERB' && aux) return false;
    if (!(x.lower === 'a' || x.lower === 'an' || x.pos === 'VERB' || x.pos === 'AUX') || !t.tokens[k + 1].tight) return false;
  }
  return false;
}

function negatedBefore(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    if (t.tokens[k].sentence !== s) break;
    if (t.tokens[k].word.negator) return true;
  }
  return false;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'half', 'third', 'quarter', 'one-third', 'one-quarter', 'two-thirds', 'three-quarters', 'a', 'an']);
/** Only before a number or amount are these approximators ("about 300 miles", "some 40 people"). */
const APPROXIMATORS = new Set(['about', 'around', 'some', 'close to']);
/**
 * Verbs whose complement starts with "about"/"around" as a preposition ("coalesced around two scenarios", "talked
 * about three bills"): there the preposition is no approximator, even before a number.
 */
const PREPOSITION_VERBS = new Set(['talk', 'think', 'worry', 'care', 'know', 'learn', 'ask', 'speak', 'hear', 'read', 'write', 'say', 'tell', 'complain', 'joke', 'argue', 'coalesce', 'center', 'centre', 'revolve', 'rally', 'unite', 'build', 'wrap', 'gather', 'circle', 'travel', 'move', 'spin', 'focus', 'bring', 'come', 'go', 'set', 'get', 'turn', 'look', 'wander', 'walk', 'drive', 'fly', 'sail', 'swirl', 'orbit', 'dance', 'work', 'inform', 'warn', 'concern', 'boast', 'brag', 'lie', 'testify', 'feel', 'forget', 'remember', 'wonder', 'be']);
const MODALS = new Set(['may', 'might', 'could']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
/** Spans of time or amount a "… or so" approximates ("a week or so"). */
const TIME_UNITS = /^(?:second|minute|hour|day|night|week|month|year|decade|mile|dozen|hundred|thousand|million)s?$/;
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought']);
/** Degree adverbs that make a belief verb firm, not tentative. */
const FIRM_BELIEF = new Set(['really', 'truly', 'firmly', 'strongly', 'genuinely', 'sincerely', 'honestly', 'fully', 'deeply']);
/** Negators after which "could" is ability or permission ("could not find", "could neither confirm nor deny"). */
const MODAL_NEGATORS = new Set(['not', "n't", 'neither', 'never']);
/** Words after which "kind of" / "sort of" is a noun phrase ("a new kind of vaccine"), not a hedge. */
const KIND_OF_NOUN = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'any', 'every', 'some', 'no', 'same', 'new', 'other', 'one', 'first', 'only', 'right', 'wrong', 'different', 'similar']);

/**
 * A predicative adjective from token j, after any degree adverbs: "appeared agitated", "appear increasingly slim",
 * "appear related to" (a past participle used as an adjective), not "appeared on television", "appeared before".
 */
function predicative(t: Tokenized, j: number, sentence: number): boolean {
  let k = j;
  while (k < t.tokens.length && k - j < 2 && t.tokens[k].sentence === sentence && t.tokens[k].tight && t.tokens[k].pos === 'ADV') k++;
  const x = t.tokens[k];
  if (x === undefined || x.sentence !== sentence || !x.tight) return false;
  return x.pos === 'ADJ' || ((x.pos === 'VERB' || x.pos === 'ADJ') && /ed$/.test(x.lower));
}

/** Days and months: "reported missing Monday" has no object after it. */
const DAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Offices and roles that speak for themselves ("the chairman has indicated to me"). */
const SPEAKING_ROLES = /^(?:chairman|chairwoman|chair|president|governor|senator|minister|official|officials|spokesman|spokeswoman|spokesperson|aide|aides|leader|leaders|secretary|director|judge|ambassador|mayor|ceo|lawyer|lawyers|attorney|prosecutor|prosecutors|speaker|representative|commissioner|chief)$/;
/** The subject of the verb at i, over auxiliaries and adverbs, is a name, a personal pronoun or a speaking role. */
function personBefore(t: Tokenized, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && t.tokens[k].sentence === t.tokens[i].sentence && (t.tokens[k].pos === 'AUX' || t.tokens[k].pos === 'ADV' || t.tokens[k].lower === 'not')) k--;
  const x = t.tokens[k];
  return x !== undefined && x.sentence === t.tokens[i].sentence && (x.pos === 'PROPN' || /^(?:he|she|they|we|i|you)$/.test(x.lower) || SPEAKING_ROLES.test(x.lower));
}

/** A clause's auxiliary within seven words from token k, before any preposition, "that" or clause break. */
function auxBeforePreposition(t: Tokenized, k: number, sentence: number): boolean {
  for (let m = k; m < k + 7 && t.tokens[m]?.sentence === sentence; m++) {
    const x = t.tokens[m];
    if (x.clauseBreak || x.pos === 'ADP' || /^(?:that|which|who)$/.test(x.lower)) return false;
    if (x.pos === 'AUX') return true;
  }
  return false;
}

/** An amount within three words from token k ("10,000", "$2 trillion", "half its value", "a third", "all"). */
function amountAfter(t: Tokenized, k: number, sentence: number): boolean {
  for (let m = k; m < k + 3 && t.tokens[m]?.sentence === sentence; m++) {
    const x = t.tokens[m];
    if (x.pos === 'NUM' || /^\d/.test(x.text) || /[$£€%]/.test(gapBefore(t, m)) || /^(?:half|third|quarter|all|every|dozen|dozens|hundreds|thousands|millions|billions|double|twice)$/.test(x.lower)) return true;
    if (x.pos !== 'DET' && x.pos !== 'ADP' && x.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * The hedge sense of a word the parse can tell apart (GUIDELINES.md §7): modals as auxiliaries ("May payrolls"
 * is the month), not of purpose ("so we could fight it": ability); approximators only before a number, not
 * after a verb that takes them as a preposition; "appear" only as "appear to / that / + adjective" (not
 * "appeared before the committee"); "rather" and "pretty" only before an adjective or adverb; "kind of" / "sort
 * of" only as a degree adverb; "suspects" only as a verb; "suggest" only with a non-human subject (a person
 * suggesting is speech); belief verbs only with a clause ("believe in", "thought of" are not hedges);
 * "alleged" / "purported" only as a modifier ("the alleged offenses"; "critics alleged that" is a report verb,
 * §4); "estimate" not as a noun ("the median estimate"); "potential" not in "the potential to" read as ability
 * is kept (a possibility); "or so" only after a number.
 */
function hedgeSense(t: Tokenized, i: number, j: number): boolean {
  const tok = t.tokens[i];
  const next = t.tokens[j];
  const same = next !== undefined && next.sentence === tok.sentence && next.tight;
  const lower = tok.lower;
  const before = t.tokens[i - 1]?.sentence === tok.sentence ? t.tokens[i - 1] : undefined;
  // "it became apparent that …" asserts (certainty); "not apparent that …" and "apparent that morning" stay hedges.
  if (lower === 'apparent' && apparentThat(t, i) && !negatedBefore(t, i)) return false;
  // "more prevalent than anyone ever thought possible": a comparison's standard, no belief hedged.
  if (comparisonStandard(t, i)) return false;
  if (MODALS.has(lower)) {
    if (!(tok.pos === 'AUX' || tok.pos === 'VERB' || tok.pos === '')) return false;
    // "that might and power prevail": the noun, coordinated or after a determiner.
    // ("military might", "its might"; a modal may stand before a comma or "and": "might, officials warned, reach".)
    if (lower === 'might' && before !== undefined && tok.tight && (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVES.has(before.lower) || /['’]s$/.test(before.lower) || (before.lower === 'that' && same && next.pos === 'CCONJ'))) return false;
    // "achieved more than could be expected", "better than might be hoped": a comparison's standard, no doubt.
    if (before?.lower === 'than' && tok.tight) return false;
    // "could be seen grinning", "can be heard shouting": what an onlooker was able to see or hear, no doubt.
    if ((lower === 'could' || lower === 'can') && same && next.lower === 'be' && /^(?:seen|heard)$/.test(t.tokens[j + 1]?.lower ?? '') && t.tokens[j + 1].sentence === tok.sentence && /ing$/.test(t.tokens[j + 2]?.lower ?? '') && t.tokens[j + 2].sentence === tok.sentence) return false;
    // "more than any of you could ever imagine": the idiom of degree, no doubt.
    if (lower === 'could' && same && ((next.lower === 'imagine') || (next.lower === 'ever' && t.tokens[j + 1]?.lower === 'imagine'))) return false;
    // "She could not find the file", "told he could not enter", "could neither confirm nor deny": a negated
    // "could" is ability or permission (GUIDELINES.md §7), unless it is epistemic "could not have …".
    if (lower === 'could' && same && MODAL_NEGATORS.has(next.lower) && t.tokens[j + 1]?.lower !== 'have') return false;
    // "However valid her points may have been": a concession grants the claim, it does not doubt it; so does
    // "whatever one may think of his vision", "Whatever Mandela may or may not think".
    // (A fronted concession closed by a comma: "Whatever its flaws the bill could pass" keeps its doubt.)
    const closed = (k: number) => /,\s*$/.test(gapBefore(t, k)) || t.tokens.slice(i + 1, Math.min(t.ranges[tok.sentence][1], i + 10)).some((x, n) => /,/.test(gapBefore(t, i + 1 + n)));
    if (afterConcession(t, i, closed)) return false;
    for (let k = i - 1; k >= Math.max(0, i - 8) && t.tokens[k].sentence === tok.sentence; k--) {
      if (t.tokens[k].lower === 'however' && k + 1 < i && (t.tokens[k + 1].pos === 'ADJ' || t.tokens[k + 1].pos === 'ADV') && t.tokens[k + 1].tight) return false;
      if (t.tokens[k].clauseBreak) break;
    }
    // "so (that) we could fight it", "in order that they might vote": purpose, ability or permission, not doubt.
    // "so that a review could take place": "so that" may stand a noun phrase away from the modal.
    for (let k = i - 1; k >= Math.max(0, i - 6) && t.tokens[k].sentence === tok.sentence; k--) {
      // "…, so you may have forgotten" (a result, after a comma) keeps its doubt.
      if (t.tokens[k].lower === 'so' && !t.tokens[k].clauseBreak && (k === i - 1 || t.tokens[k + 1].lower === 'that' || (k >= i - 3 && t.tokens[k + 1].pos === 'PRON'))) return false;
      if (t.tokens[k].clauseBreak) break;
      // Only the subject's noun phrase may stand between "so that" and the modal.
      if (k < i - 1 && !/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|SCONJ)$/.test(t.tokens[k].pos) && t.tokens[k].lower !== 'that') break;
    }
    return true;
  }
  const phrase = j - i > 1 ? t.body.slice(tok.start, t.tokens[j - 1].end).toLowerCase() : lower;
  // "in many ways his successor" set off or opening; not "damaged the town in many ways, from roads to schools".
  if (/^in (?:many|some) ways$/.test(phrase)) return (t.ranges[tok.sentence][0] === i || /,\s*$/.test(gapBefore(t, i)) || (before !== undefined && (before.lemma === 'be' || before.pos === 'AUX'))) && !(same && (next.lower === 'from' || next.pos === 'NOUN' || /^(?:that|which|we|they|you|i|he|she|it)$/.test(next.lower)));
  // "tends to injured birds": caring for, not a tendency (only before a verb).
  if (/^tend(?:s|ed)? to$/.test(phrase)) {
    // (Adverbs and "not" may stand before the verb: "tends to sharply rise", "tend to not trust".)
    let v = j;
    while (v < j + 3 && t.tokens[v]?.sentence === tok.sentence && (t.tokens[v].pos === 'ADV' || t.tokens[v].lower === 'not') && t.tokens[v].tight) v++;
    const verb = t.tokens[v];
    // ("tends to injured birds": a participle before its noun; "tends to feed rumors" is the verb.)
    return verb !== undefined && verb.sentence === tok.sentence && (verb.pos === 'VERB' || verb.pos === 'AUX') && !(/ed$/.test(verb.lower) && verb.lemma !== verb.lower && t.tokens[v + 1]?.pos === 'NOUN');
  }
  // "ready to assume the office", "assumed control": taking on, not supposing.
  // (Not when a verb follows the noun: "I assume the office will stay closed" is a belief.)
  if (/^assum/.test(lower) && same) {
    let n = j;
    while (n < j + 3 && t.tokens[n]?.sentence === tok.sentence && (t.tokens[n].pos === 'DET' || t.tokens[n].pos === 'ADJ' || POSSESSIVES.has(t.tokens[n].lower))) n++;
    const noun = t.tokens[n];
    const clause = /^(?:VERB|AUX)$/.test(t.tokens[n + 1]?.pos ?? '');
    if (noun && !clause && /^(?:office|role|post|power|powers|control|responsibility|responsibilities|command|presidency|leadership|duties|mantle|position|chairmanship|throne)$/.test(noun.lower)) return false;
  }
  // "four African-American suspects": the noun.
  if (lower === 'suspects' && before !== undefined && tok.tight && (before.pos === 'ADJ' || before.pos === 'NUM')) return false;
  // "a little stronger", "a little more": degree before a gradable word; not "a little girl".
  // (Not the bound "a little more than a month".)
  // "looks like the bill will pass": appearance of a proposition; not "looks like his father".
  // (An appearance of a proposition: "It looks like …", "Looks like …", or a pronoun's clause after it ("The economy
  // looks like it is heading …"); not a resemblance "looks like the one Obama proposed", "looked like a bomb had gone
  // off", "make it look like …", "what the map looked like".)
  if (/^(?:looks|look|looked) like$/.test(phrase)) {
    if (!same || !clauseAt(t, j, tok.sentence, 9, true)) return false;
    const first = t.ranges[tok.sentence][0];
    if (t.tokens.slice(Math.max(first, i - 4), i).some((x) => /^(?:make|makes|made|making|what|how)$/.test(x.lower))) return false;
    // ("want to look like they are doing something": seeming on purpose, no doubt.)
    if (before?.lower === 'to') return false;
    const impersonal = before === undefined || /^(?:it|this|that)$/.test(before.lower) || !tok.tight || before.pos === 'INTJ';
    return impersonal || /^(?:i|you|he|she|it|we|they)$/.test(next.lower) || CONTRACTED_SUBJECT.test(next.lower);
  }
  // "a little bit ridiculous", "a little bit more": degree before a gradable word; not "a little bit of money".
  // (Not a bound: "a little bit more than $2 billion", "a little bit more time", as "a little" below.)
  if (phrase === 'a little bit') return same && (next.pos === 'ADJ' || next.pos === 'ADV') && !(/^(?:more|less)$/.test(next.lower) && t.tokens[j + 1]?.sentence === tok.sentence && (t.tokens[j + 1].lower === 'than' || t.tokens[j + 1].pos === 'NOUN'));
  // "a bit overplayed", "a bit higher": like "a little", and before a participle too (tune22); not "a bit of money".
  // (Not "quite a bit higher" (a lot), "not a bit surprised" (not at all), "a bit more room", "rose a bit last week".)
  if (phrase === 'a bit') return same && (next.pos === 'ADJ' || next.pos === 'ADV' || (next.pos === 'VERB' && /ed$/.test(next.lower))) && !/^(?:quite|not)$/.test(before?.lower ?? '') && !(/^(?:more|less)$/.test(next.lower) && (t.tokens[j + 1]?.lower === 'than' || t.tokens[j + 1]?.pos === 'NOUN')) && !/^(?:last|next|this|overnight|earlier|later|today|yesterday)$/.test(next.lower);
  if (phrase === 'a little') return same && (next.pos === 'ADJ' || next.pos === 'ADV') && (COMPARATIVE.test(next.lower) || /^(?:more|less|late|early|too|different)$/.test(next.lower)) && !(/^(?:more|less)$/.test(next.lower) && /^(?:than|time|ground|money)$/.test(t.tokens[j + 1]?.lower ?? ''));
  // "not yet known to most fans": fame, not doubt.
  if (phrase === 'not yet known') return !(same && /^(?:to|as|for|outside|beyond)$/.test(next.lower));
  // "a good chance to win" is an opportunity; "a good chance (that) it passes", "a slim chance of rain" are odds.
  if (/ chances?$/.test(phrase)) return !(same && next.lower === 'to');
  // "the chance of a lifetime": an opportunity again.
  // ("no chance of a deal": a possibility denied.)
  if (/^chances? of$/.test(phrase)) return !(next?.lower === 'a' && t.tokens[j + 1]?.lower === 'lifetime') && before?.lower !== 'no';
  // "was widely considered a contender"; not "was widely considered in both chambers" (debated).
  if (phrase === 'widely considered') return same && next.pos !== 'ADP' && next.pos !== 'PUNCT';
  // "hard to say whether", "wasn't clear how", "it's too early to tell.": not knowing, only before a question or at
  // the clause's end; "hard to say goodbye", "hard to tell the twins apart", "wasn't clear about his plans" are not.
  if (OPEN_ANSWER.test(phrase)) return !same || QUESTION_WORDS.has(next.lower);
  // "an open question", not "the open question format".
  if (phrase === 'open question') return !(same && (next.pos === 'NOUN' || next.pos === 'PROPN'));
  if (APPROXIMATORS.has(phrase)) {
    // "about $300 billion": a currency sign between them keeps the number in reach.
    if (!same && !(next !== undefined && next.sentence === tok.sentence && /^\s*[$£€]\s*$/.test(t.body.slice(t.tokens[j - 1].end, next.start)))) return false;
    // The lite model tags some participles ADJ ("coalesced"): the stem decides.
    // "is about $3 million", "drove around 40 miles": an amount in digits or money is approximated after any verb
    // (a year is not: "talked about 2016").
    const amount = /^[$£€]/.test(t.body.slice(tok.end, next.start + 1).trim()) || (/^\d/.test(next.text) && !/^(?:1[89]|20)\d\d$/.test(next.text));
    // "it was about a month after": a copula before a unit of time measures it ("the film is about a family" does not).
    const unit = t.tokens[j + 1];
    // After a copula or a noun "about a year" may be the topic ("the book is about a year in the life of a nurse",
    // "a story about a night at the border"): then the unit must end its phrase or be measured against something.
    const topical = (lower === 'about' || lower === 'around') && before !== undefined && (before.lemma === 'be' || before.pos === 'NOUN' || before.pos === 'PROPN') && unit !== undefined && /^(?:second|minute|hour|day|night|week|month|year|decade|mile)s?$/.test(unit.lower) && !measuredUnit(t, j + 1);
    if (topical && (next.lower === 'a' || next.lower === 'an')) return false;
    if (lower === 'about' && before?.lemma === 'be' && (next.lower === 'a' || next.lower === 'an') && unit !== undefined && unit.sentence === tok.sentence && unit.tight && TIME_UNITS.test(unit.lower) && t.tokens[j + 2]?.lower !== 'of') return true;
    if ((lower === 'about' || lower === 'around') && before && tok.tight && !amount && (PREPOSITION_VERBS.has(before.lemma) || ((before.pos === 'VERB' || /(?:ed|ing|s)$/.test(before.lower)) && stemVariants(before.lower).some((v) => PREPOSITION_VERBS.has(v))))) return false;
    if (next.pos === 'NUM' || /^\d/.test(next.text) || /^[$£€]/.test(t.body.slice(tok.end, next.start).trim())) return true;
    if (NUMBER_WORDS.has(next.lower) && next.lower !== 'a' && next.lower !== 'an') return lower !== 'some';
    // "about a third", "around a dozen", "nearly a million".
    const after = t.tokens[j + 1];
    // "about a month after", "around an hour": a unit of time counted once.
    if ((next.lower === 'a' || next.lower === 'an') && lower !== 'some' && after !== undefined && after.sentence === tok.sentence && after.tight && TIME_UNITS.test(after.lower)) return true;
    // ("upset about a 1996 comment": a year after "a" dates its noun, no amount; "about a 10-point lead" keeps it.)
    if ((next.lower === 'a' || next.lower === 'an') && after !== undefined && /^(?:1[89]|20)\d\d$/.test(after.text) && t.tokens[j + 2]?.pos === 'NOUN') return false;
    return NUMBER_WORDS.has(next.lower) && lower !== 'some' && after !== undefined && after.tight && (after.pos === 'NUM' || NUMBER_WORDS.has(after.lower));
  }
  // "nearly erased that lead", "almost lost the race": an event that did not quite happen, no number or amount
  // approximated (GUIDELINES.md §7).
  // (Not a verb of amount, "almost doubles the risk", nor one before an amount: "nearly reached 10,000 a day",
  // "nearly lost half its value", "almost topped $2 trillion".)
  if ((lower === 'nearly' || lower === 'almost') && same && next.pos === 'VERB' && !/^(?:double|triple|quadruple|halve|equal)$/.test(next.lemma) && !amountAfter(t, j + 1, tok.sentence)) return false;
  // "not nearly as fast": an emphatic negation, not an approximation.
  for (let k = i - 1; lower === 'nearly' && k >= Math.max(0, i - 3) && t.tokens[k].sentence === tok.sentence; k--) if (t.tokens[k].lower === 'not' || t.tokens[k].lower === "n't") return false;
  // "likely voters", "likely Republican voters": the pollsters' term for a group, not a doubt.
  if (lower === 'likely' && tok.pos === 'ADJ' && likelyVoters(t, j, tok.sentence)) return false;
  // "made them more likely to vote": a measured comparison of likelihood (the tune labels never count it).
  // "Republican voters were most likely to say they were excited": a survey's proportion, no doubt.
  // (Of a group: "voters were most likely to say"; not "The senator is most likely to vote against the bill".)
  const surveyed = t.tokens.slice(Math.max(t.ranges[tok.sentence][0], i - 5), i - 1).some((x) => x.pos === 'NOUN' && /[^s]s$/.test(x.lower));
  if (lower === 'likely' && before !== undefined && /^(?:more|less|most|least)$/.test(before.lower) && next?.lower === 'to' && surveyed && /^(?:say|vote|support|back|describe|identify|report|agree|favor|favour|approve|disapprove|oppose)$/.test(t.tokens[j + 1]?.lower ?? '')) return false;
  // (Only of a group compared: "made them more likely to", "voters are twice as likely to"; not "a cut is now more
  // likely than not", "the storm is more likely to hit".)
  const compared = t.tokens[i - 2];
  if (lower === 'likely' && before !== undefined && tok.tight && (/^(?:more|less)$/.test(before.lower) && compared !== undefined && /^(?:them|him|her|us|me)$/.test(compared.lower) || (before.lower === 'as' && /^(?:twice|half|three|four)$/.test(compared?.lower ?? '')))) return false;
  // "an unlikely opportunity", "an unlikely ally": unexpected, not improbable (but "an unlikely scenario").
  if (lower === 'unlikely' && same && next.pos === 'NOUN' && before !== undefined && (before.pos === 'DET' || POSSESSIVES.has(before.lower)) && !/^(?:scenario|scenarios|event|outcome|prospect|possibility|case)$/.test(next.lower)) return false;
  // "there seems to be no possibility of": a possibility denied is no doubt.
  if ((lower === 'possibility' || /^chances? (?:of|that)$/.test(phrase)) && before !== undefined && (before.lower === 'no' || t.tokens[i - 2]?.lower === 'no')) return false;
  // "Just when you thought it couldn't get worse": the idiom; "asked him what he thinks is going right": an opinion
  // asked for, not a belief hedged.
  // "No one with a half a brain believes …": a belief denied to everyone; "he believes the faith of leaders should
  // shape …": a conviction about what ought to be, no doubt about what is.
  // (Its own subject only: "No one objected and police believe the fire was set" keeps its hedge.)
  if (/^(?:believe|believes|believed|think|thinks|thought)$/.test(lower)) {
    // "Whatever Ruiz may think, …": inside a concession.
    if (afterConcession(t, i)) return false;
    for (let k = i - 1; k >= Math.max(0, i - 7) && t.tokens[k].sentence === tok.sentence; k--) {
      const x = t.tokens[k];
      if ((x.lower === 'one' && t.tokens[k - 1]?.lower === 'no') || x.lower === 'nobody') return false;
      if (x.clauseBreak || /^(?:VERB|AUX|CCONJ|SCONJ)$/.test(x.pos) || /,/.test(gapBefore(t, k + 1))) break;
    }
  }
  // ("Here's what I think should happen", "which I think it will be": a speaker's own belief stays a hedge.)
  const wh = t.tokens[i - 2];
  const asked = wh !== undefined && wh.sentence === tok.sentence && (wh.lower === 'whether' || (QUESTION_WORDS.has(wh.lower) && [3, 4].some((d) => t.tokens[i - d]?.sentence === tok.sentence && /^(?:ask|wonder|know)$/.test(t.tokens[i - d].lemma))));
  if ((lower === 'thought' || lower === 'think' || lower === 'thinks') && before !== undefined && ((before.lower === 'you' && wh?.lower === 'when') || (asked && SUBJECT_PRONOUNS.has(before.lower) && before.lower !== 'i'))) return false;
  // "I indicated my view": a person making something known (neither a hedge nor a report verb, GUIDELINES.md §4.1);
  // "the figures indicate" is the hedge.
  if (lower.startsWith('indicat') && personSuggests(t, i)) return false;
  // "is alleged to have done": hearsay before a verb; not "were alleged to regulators in a complaint" (reported to).
  if (/alleged to$/.test(phrase)) return same && (next.pos === 'VERB' || next.pos === 'AUX');
  // "it is my belief that"; not a belief proved wrong ("contrary to my belief that", "shattered our belief that").
  if (/belief that$/.test(phrase)) return !/^(?:to|shattered|shatters|shatter|undermined|challenged|contrary)$/.test(t.tokens[i - 1]?.lower ?? '');
  // "I'm told", "we were told": hearsay, not an order ("I was told to leave") or an agent's words ("told by aides").
  // (Nor "told Tuesday by a senior aide", "told nothing", "told no", "told off", "told of the decision", "told otherwise".)
  if (/ told$/.test(phrase)) return !(same && /^(?:to|by|nothing|no|off|of|otherwise|about)$/.test(next.lower)) && !t.tokens.slice(j, j + 5).some((x) => x.sentence === tok.sentence && x.lower === 'by');
  // "a virtual certainty", "a virtual tie": degree; "virtual" is otherwise online ("a virtual meeting").
  if (lower === 'virtual') return same && /^(?:certainty|guarantee|lock|tie|standstill|halt|monopoly|stalemate|unknown)$/.test(next.lower);
  // "the chairman has indicated to me that …": made known to someone, speech again.
  // (A person's only: "The data indicated to researchers that …" is the inference again.)
  if (lower.startsWith('indicat') && same && next.lower === 'to' && /^(?:PRON|NOUN|PROPN|DET)$/.test(t.tokens[j + 1]?.pos ?? '') && t.tokens[j + 1].sentence === tok.sentence && personBefore(t, i)) return false;
  // "the sharpest possible break", "the best possible outcome": a superlative's reinforcement, not doubt.
  // The tagger reads "best", "earliest" as adverbs too: a determiner before the superlative decides.
  if (lower === 'possible' && before && tok.tight && (/est$/.test(before.lower) || before.lower === 'best' || before.lower === 'worst' || before.lower === 'most' || before.lower === 'least') && (before.pos === 'ADJ' || before.pos === 'ADV') && t.tokens[i - 2]?.pos === 'DET') return false;
  // "made it possible to pre-pay", "Fathers made this past year possible": what an agent enabled, not a doubt.
  if (lower === 'possible' && madePossible(t, i)) return false;
  // "the best deal possible", "the lowest price possible": the same reinforcement after the noun.
  if (lower === 'possible' && before && tok.tight && (before.pos === 'NOUN' || before.pos === 'ADJ')) {
    for (let k = i - 1; k >= Math.max(0, i - 4) && t.tokens[k].sentence === tok.sentence; k--) {
      if (superlative(t.tokens[k])) return false;
      if (!/^(?:NOUN|ADJ|ADV)$/.test(t.tokens[k].pos)) break;
    }
  }
  // "12 people were reported killed", "of those reported dead": hearsay of a toll. An active report has an object
  // after it ("the auditor reported missing funds", "the hospital reported injured patients"): no hedge.
  if (/^reported (?:killed|dead|missing|injured|wounded)$/.test(phrase)) {
    let b = i - 1;
    while (b >= 0 && t.tokens[b].sentence === tok.sentence && t.tokens[b].pos === 'ADV') b--;
    const passive = b >= 0 && t.tokens[b].sentence === tok.sentence && t.tokens[b].lemma === 'be';
    return passive || !(same && (next.pos === 'NOUN' || next.pos === 'ADJ') && !DAY_OR_MONTH.test(next.lower));
  }
  if (phrase === 'or so') return before !== undefined && tok.tight && (before.pos === 'NUM' || /^\d/.test(before.text) || TIME_UNITS.test(before.lower));
  // "it doesn't appear as if …", "appeared as though": the doubt of "appear to".
  // (Not the manner idioms "appeared as if by magic", "as if from nowhere", "as if on cue": a clause follows.)
  const asIf = same && next.lower === 'as' && /^(?:if|though)$/.test(t.tokens[j + 1]?.lower ?? '') && t.tokens[j + 1].sentence === tok.sentence && !/^(?:ADP|PART)$/.test(t.tokens[j + 2]?.pos ?? '');
  if (lower.startsWith('appear')) {
    // "appearing to reporters outside the court", "appeared to a crowd": "to" before a noun phrase is where one
    // appears, not "seem to".
    const to = t.tokens[j - 1].lower === 'to' ? j : same && next.lower === 'to' ? j + 1 : undefined;
    const after = to === undefined ? undefined : t.tokens[to];
    if (after !== undefined && after.sentence === tok.sentence && /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(after.pos)) return false;
    // "it appeared the new decision would bring …": a clause with no "that" after an expletive "it".
    // (Not a date or a count: "it appeared Monday in three papers that were owned …", "it appeared three times".)
    const clause = before?.lower === 'it' && tok.tight && same && /^(?:DET|PRON|PROPN|NOUN)$/.test(next.pos) && !DAY_OR_MONTH.test(next.lower) && auxBeforePreposition(t, j + 1, tok.sentence);
    return j - i > 1 || (same && (next.lower === 'to' || next.lower === 'that' || asIf || clause || predicative(t, j, tok.sentence)));
  }
  if (lower === 'rather' || lower === 'pretty') {
    if (!same || !(next.pos === 'ADJ' || next.pos === 'ADV')) return false;
    // "a pretty face" is the adjective; "a pretty fulsome conversation" grades the adjective that follows.
    const noun = t.tokens[j + 1];
    return !(lower === 'pretty' && before?.pos === 'DET') || (next.pos === 'ADJ' && noun !== undefined && noun.sentence === tok.sentence && noun.tight && noun.pos === 'NOUN');
  }
  // "I kind of fall in line", "it is kind of a mess": after a subject pronoun, or between "be" and "a".
  if ((phrase === 'kind of' || phrase === 'sort of') && before && same && (SUBJECT_PRONOUNS.has(before.lower) || (before.lemma === 'be' && (next.lower === 'a' || next.lower === 'an')))) return true;
  if (phrase === 'kind of' || phrase === 'sort of') return !(before && (KIND_OF_NOUN.has(before.lower) || before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM')) && same && next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'DET';
  // ("the Navy Yard suspect to reporters", "the suspect was": the noun before a preposition or its verb.)
  // "bombing suspect Dzhokhar Tsarnaev", "murder suspect Steve Stephens": the noun of a compound before a name.
  // (Only after a crime or an event: "Officials suspect Iran supplied the drones" keeps its hedge.)
  if ((lower === 'suspect' || lower === 'suspects') && before !== undefined && tok.tight && CRIMES.has(before.lower) && same && next.pos === 'PROPN') return false;
  if (lower === 'suspect' || lower === 'suspects') return tok.pos === 'VERB' && !(next !== undefined && next.sentence === tok.sentence && (/^(?:in|of|to|for|from|with)$/.test(next.lower) || next.pos === 'AUX' || next.pos === 'PUNCT')) && !(before !== undefined && (before.pos === 'DET' || before.pos === 'PROPN' && /^(?:the|a)$/.test(t.tokens[i - 2]?.lower ?? '')));
  // "would effectively mean", "effectively reversing": degree before a verb or adjective; not "governed effectively".
  // ("from effectively representing our party", "to effectively govern": the manner of doing it well.)
  // ("to effectively investigate", "effectively lowers blood pressure": how well; "is effectively a tax", "is
  // effectively over": in effect.)
  if (lower === 'effectively' && same && (next.lower === 'a' || next.lower === 'an' || next.lower === 'over' || next.lower === 'dead')) return true;
  if (lower === 'effectively') return same && /^(?:VERB|ADJ|AUX|ADV)$/.test(next.pos) && before?.lower !== 'to' && !(before !== undefined && tok.tight && before.pos === 'VERB' && !/^(?:would|will|could|can|may|might|should)$/.test(before.lower)) && !/^(?:represent|govern|manage|lead|communicate|compete|use|respond|address|handle|function|operate|implement|enforce|treat|perform|fight|combat|tackle|run|work|teach|protect|counter|target|prevent|deliver|coordinate|do|reach|engage|advocate|investigate|monitor|explain|lower|reduce|cut|improve|regulate|control|manage|contain|block|stop|remove|clean|educate|train|support|help|convey|express|persuade|argue)$/.test(next.lemma);
  // "as forthcoming as possible": the reinforcement of a comparison, no doubt.
  // ("as quickly and safely as possible", "as many questions as possible": any words between the two "as".)
  if (lower === 'possible' && before !== undefined && before.lower === 'as' && t.tokens.slice(Math.max(0, i - 8), i - 2).some((x) => x.lower === 'as' && x.sentence === tok.sentence)) return false;
  // (A quote mark may open the noun phrase: "his purported “longest streak”".)
  const quotedNext = next !== undefined && next.sentence === tok.sentence && /^\s*["“‘]$/.test(t.body.slice(tok.end, next.start));
  if (lower === 'alleged' || lower === 'purported') return (same || quotedNext) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && !(before && tok.tight && (before.pos === 'AUX' || (before.pos === 'PROPN' && !/['’]s$/.test(before.lower)) || (before.pos === 'PRON' && !POSSESSIVES.has(before.lower))));
  if (lower === 'estimate' || lower === 'estimates') return tok.pos === 'VERB';
  if (lower.startsWith('suggest')) return !personSuggests(t, i);
  // "people that really think …", "I firmly believe": a belief held strongly is no tentative claim.
  if (BELIEF.has(lower) && before && before.tight && FIRM_BELIEF.has(before.lower)) return false;
  // "they cannot believe what they are finding", "I couldn't believe it": astonishment, not a tentative belief.
  if (BELIEF.has(lower) && before && cannot(t, i - 1)) return false;
  // "refused to believe the agency's assessment", "I believe him": a thing or person believed, no clause, no doubt.
  if (tok.lemma === 'believe' && same && believedThing(t, j)) return false;
  if (BELIEF.has(lower)) return tok.pos === 'VERB' && !(before && (before.pos === 'DET' || before.pos === 'ADP')) && !(same && (next.lower === 'in' || next.lower === 'of' || next.lower === 'about' || next.lower === 'so'));
  return true;
}

/** Nouns of content, which take a "that" clause of their own ("the assessment that …", "the claim that …"). */
const CONTENT_NOUNS = new Set(['assessment', 'assessments', 'claim', 'claims', 'view', 'belief', 'idea', 'notion', 'report', 'reports', 'conclusion', 'finding', 'findings', 'argument', 'theory', 'assertion', 'allegation', 'allegations', 'story', 'stories', 'promise', 'assurance', 'assurances', 'suggestion', 'premise', 'evidence', 'warning', 'warnings', 'rumor', 'rumors', 'rumour', 'rumours', 'statement', 'testimony', 'account', 'explanation', 'narrative', 'contention', 'insistence']);

/**
 * The words from j are the object of "believe", not a clause: an object pronoun closing its phrase ("I believe him.")
 * or a noun phrase with a determiner whose head closes the clause or takes a "that" of its own ("the agency's
 * assessment that …"). "believe the fire was set", "believe it highly likely" are clauses.
 */
function believedThing(t: Tokenized, j: number): boolean {
  const s = t.tokens[j].sentence;
  const ends = (k: number) => {
    const x = t.tokens[k];
    return x === undefined || x.sentence !== s || !x.tight || x.pos === 'ADP' || x.pos === 'CCONJ';
  };
  if (/^(?:him|her|them|me|us)$/.test(t.tokens[j].lower)) return ends(j + 1) && t.tokens[j + 1]?.lower !== 'to';
  if (t.tokens[j].pos !== 'DET' && !POSSESSIVES.has(t.tokens[j].lower)) return false;
  let k = j + 1;
  while (k < j + 6 && t.tokens[k]?.sentence === s && t.tokens[k].tight && /^(?:ADJ|NOUN|PROPN)$/.test(t.tokens[k].pos)) k++;
  if (k === j + 1 || t.tokens[k - 1].pos !== 'NOUN') return false;
  const after = t.tokens[k];
  // "the agency's assessment that the plant was safe": a noun's own clause (a determiner or noun after "that").
  // (Only a noun of content takes such a clause: "the man that police arrested acted alone" is a relative clause.)
  if (after !== undefined && after.sentence === s && after.tight && after.lower === 'that') return CONTENT_NOUNS.has(t.tokens[k - 1].lower) && /^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(t.tokens[k + 1]?.pos ?? '') && t.tokens[k + 1].sentence === s;
  // (Closing the sentence or clause; not before a comma: "believed his account, or a related site, had been hacked".)
  return after === undefined || after.sentence !== s || /[.;:!?”"]/.test(gapBefore(t, k));
}

/** Crimes and attacks that name a suspect before a name ("bombing suspect Dzhokhar Tsarnaev"). */
const CRIMES = new Set(['bombing', 'murder', 'shooting', 'terror', 'terrorism', 'robbery', 'attack', 'rape', 'arson', 'kidnapping', 'assault', 'homicide', 'stabbing', 'killing', 'killings', 'hijacking', 'theft', 'fraud', 'hacking', 'spy', 'espionage', 'drug', 'crash', 'manhunt']);

/**
 * Token i is "thought", "believed", "imagined", "expected" (past forms) or "possible" after one of them, in a
 * comparison's standard: "than" at most four words before it, with a comparative before "than" ("than anyone ever
 * thought possible", "worse than officials believed", "more of a coward than I thought"; not "other than that I
 * thought", "more than ever I think").
 */
function comparisonStandard(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i];
  // "thought possible": the standard's adjective goes with its verb.
  if (tok.lower === 'possible') return /^(?:thought|imagined|believed)$/.test(t.tokens[i - 1]?.lower ?? '') && t.tokens[i - 1].sentence === tok.sentence && comparisonStandard(t, i - 1);
  // Past forms only: "more than ever I think voters want …" is a belief of now, hedged.
  if (!/^(?:thought|believed|imagined|expected)$/.test(tok.lower)) return false;
  for (let k = i - 1; k >= Math.max(1, i - 4) && t.tokens[k].sentence === tok.sentence && t.tokens[k + 1].tight; k--) {
    const x = t.tokens[k];
    // The comparative before "than" ("more than", "worse than", "earlier than"; not "other than", "rather than").
    // ("more prevalent than", "more of a coward than": the comparative may stand a few words before.)
    if (x.lower === 'than') {
      if (/^(?:other|rather)$/.test(t.tokens[k - 1].lower)) return false;
      return t.tokens.slice(Math.max(t.ranges[tok.sentence][0], k - 4), k).some((y) => /^(?:more|less|fewer|better|worse)$/.test(y.lower) || ((y.pos === 'ADJ' || y.pos === 'ADV') && /[^e]er$/.test(y.lower)));
    }
    if (!/^(?:PRON|ADV|NOUN|AUX)$/.test(x.pos)) return false;
  }
  return false;
}

/**
 * Token i stands in a concession opened by "whatever" or "whoever" at most five tokens before it in its clause
 * ("Whatever Ruiz may think, …"), and `also` holds of the opener at k.
 * (At the clause's start only: "reversed whatever gains he may have made" keeps its doubt; not the subject of its
 * own verb: "Whoever sent the letters may have had help" keeps it too.)
 */
function afterConcession(t: Tokenized, i: number, also: (k: number) => boolean = () => true): boolean {
  const sentence = t.tokens[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - 5) && t.tokens[k].sentence === sentence; k--) {
    if (/^(?:whatever|whoever)$/.test(t.tokens[k].lower) && (t.ranges[sentence][0] === k || /,\s*$/.test(gapBefore(t, k))) && t.tokens[k + 1]?.pos !== 'VERB' && also(k)) return true;
    if (t.tokens[k].clauseBreak) break;
  }
  return false;
}

/** "make it possible", "made this past year possible": a form of "make", then its object (up to four words), then "possible" at i. */
function madePossible(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i - 2; k >= Math.max(0, i - 5) && t.tokens[k].sentence === s; k--) {
    if (!t.tokens[k + 1].tight) return false;
    if (t.tokens[k].lemma === 'make') return /^(?:PRON|DET|ADJ|NOUN|PROPN|NUM)$/.test(t.tokens[k + 1].pos);
    if (!/^(?:PRON|DET|ADJ|NOUN|PROPN|NUM)$/.test(t.tokens[k].pos)) return false;
  }
  return false;
}

/** "cannot", "can't", "can not", "could not" ending at token k. */
function cannot(t: Tokenized, k: number): boolean {
  const x = t.tokens[k];
  // The tokenizer keeps "can't" and "couldn't" whole.
  if (x.lower === 'cannot' || /^(?:can|couldn)['’]t$/.test(x.lower)) return true;
  const modal = t.tokens[k - 1];
  return (x.lower === 'not' || x.lower === "n't" || x.lower === 'n’t') && modal !== undefined && modal.sentence === x.sentence && (modal.lower === 'can' || modal.lower === 'could' || modal.lower === 'ca');
}

/** "'s" that is "is" (a pronoun's), not a possessive. */
const IS_CONTRACTIONS = new Set(["he's", "she's", "it's", "that's", "there's", "who's", "what's", "here's"]);
/** Hedge phrases whose doubt needs a question after them (or nothing: "it's hard to say."). */
const OPEN_ANSWER = /^(?:(?:impossible|hard|difficult|too early) to (?:say|know|tell)|(?:is|was)n['’]t clear)$/;
const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'how', 'why', 'who', 'whom', 'whose', 'when', 'where', 'which']);
/** Verbs of stance, speech and belief an intensifier may strengthen ("strongly oppose", "sharply criticized"). */
const STANCE_VERBS = new Set(['oppose', 'support', 'believe', 'disagree', 'agree', 'object', 'reject', 'criticize', 'criticise', 'condemn', 'deny', 'dispute', 'urge', 'encourage', 'regret', 'doubt', 'resent', 'fear', 'worry', 'hope', 'want', 'dislike', 'like', 'welcome', 'favor', 'favour', 'resist', 'defend', 'attack', 'warn', 'insist', 'argue', 'question', 'feel', 'care', 'appreciate', 'admire', 'trust', 'distrust',
  // Verbs of belief and attitude ("I truly understand", "I deeply respect", "really think").
  'respect', 'understand', 'think', 'love', 'hate', 'value', 'despise', 'detest', 'wish', 'deplore', 'mistrust',
  // Evaluative speech acts ("heavily ridiculed", "widely praised" is extent, not degree: "widely" is no intensifier).
  'ridicule', 'mock', 'deride', 'praise', 'lambaste', 'scrutinize', 'scrutinise',
  // Verbs of feeling caused ("a subject that profoundly divides them", "deeply disturbs").
  'divide', 'polarize', 'polarise', 'animate', 'disturb', 'trouble', 'upset', 'offend', 'shock', 'alarm', 'anger', 'frustrate', 'disappoint', 'outrage', 'inspire', 'impress', 'embarrass',
  // ... and of influence on a person ("it deeply influenced who they are"; not "affected crops", "badly hurt").
  'influence',
  // tune13 review: "desperately needs a new stadium", like "desperately wants"; tune16: "strongly hinted".
  'need', 'hint', 'signal', 'imply']);
/** Intensifiers that raise only a stance verb ("heavily criticized"); before anything else they measure ("heavily armed"). */
/** "out of touch", "out of step", "out of line", "out of proportion": judgements ("out of bounds", "out of sync" are states). */
const OUT_OF = new Set(['touch', 'step', 'line', 'proportion']);
const STANCE_ONLY = new Set(['heavily', 'badly', 'lavishly', 'flatly']);
/** Degree words that raise only a comparative ("much higher", "significantly lower"): "significantly raise" is an amount. */
const COMPARATIVE_ONLY = new Set(['much', 'far', 'significantly', 'substantially', 'considerably', 'markedly', 'dramatically']);
/** Relations of amount or place that "far" and "well" raise like a comparative ("far behind", "well below the goal"). */
const RELATIONAL = new Set(['above', 'below', 'beyond', 'behind', 'ahead', 'short']);
/** Verbs of standing and ranking after which "far behind", "well ahead" is a distance raised, not a place. */
const STANDING = new Set(['poll', 'trail', 'lag', 'fall', 'finish', 'rank', 'run', 'go', 'remain', 'stay', 'come']);
/** Degree words that raise a belief held ("deeply held convictions", "strongly held views"). */
const HELD = new Set(['deeply', 'strongly', 'firmly', 'sincerely']);
/** Adjectives of quantity, which a quoted degree word does not raise ('the word "absolutely" several times'). */
const QUANTITY = new Set(['several', 'many', 'few', 'much', 'more', 'most', 'other', 'some', 'enough', 'numerous', 'various']);
/** -ing adjectives of evaluation or feeling ("challenging", "troubling"), graded by a degree word before them. */
const EVALUATIVE_ING = /^(?:challenging|troubling|disturbing|surprising|worrying|compelling|interesting|alarming|encouraging|disappointing|frustrating|damaging|misleading|confusing|exciting|promising|concerning|embarrassing|shocking|striking|daunting|demanding|amazing|appalling|devastating|humiliating|insulting|offensive|entertaining|moving|touching|inspiring|convincing|rewarding|distressing|upsetting|terrifying|frightening|threatening|unsettling|underwhelming|overwhelming)$/;
/** Degree words of change that raise only an adjective or a stance verb ("radically different"; not "radically overhauled"). */
const ADJECTIVE_ONLY = new Set(['radically', 'overwhelmingly']);
/** Standards a distance is measured from ("well above the target", "far below expectations"). */
const STANDARDS = new Set(['target', 'targets', 'goal', 'goals', 'forecast', 'forecasts', 'expectations', 'estimate', 'estimates', 'average', 'level', 'levels', 'pace', 'peak', 'proposal', 'budget', 'limit', 'threshold', 'mark', 'record', 'par', 'schedule', 'standard', 'standards', 'projections', 'baseline']);
const FIND = new Set(['find', 'finds', 'found', 'finding']);
const SHOW = new Set(['show', 'shows']);
/** "this week show that …": a time phrase before the verb is no noun the tagger's "show" could head. */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'day', 'weekend', 'morning', 'night', 'summer', 'spring', 'fall', 'winter']);
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that']);
/** Relative words that end a subject noun phrase: "found the men who were" is an object with its relative clause. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Manner-of-stance adverbs that also strengthen a stance verb they follow ("objected vehemently", "denied it strongly"). */
const POSTVERBAL = new Set(['intensely', 'radically', 'vehemently', 'strongly', 'fiercely', 'bitterly', 'sharply', 'harshly', 'firmly', 'staunchly', 'categorically']);
const COMPARATIVE = /(?:er|more|less|worse|better)$/;
const DATE_LEAD = new Set(['on', 'last', 'this', 'late', 'early']);
const DATES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'again', 'repeatedly', 'publicly']);
const COMPLETIVE = new Set(['fully', 'completely', 'totally', 'entirely', 'wholly', 'thoroughly']);
/** Participles of a stance or conviction a completive degree word raises ("fully committed to"). */
const STANCE_PARTICIPLES = new Set(['committed', 'convinced', 'opposed', 'dedicated', 'devoted', 'persuaded']);
/** "so" of extent or manner, not of degree: "so far", "so long as", "so many", "so as to". */
const SO_NOT_DEGREE = new Set(['far', 'long', 'as', 'forth', 'called', 'on']);
/** Superlatives ("wealthiest", "best", "most"); "-est" words that are none are no adjective after "the very". */
const SUPERLATIVE = /^(?:\p{L}+est|best|worst|most|least)$/u;
/** Adjectives and nouns in "-est" that are no superlative ("the very honest answer", "an arrest possible"). */
const NOT_SUPERLATIVE = new Set(['honest', 'dishonest', 'modest', 'immodest', 'earnest', 'interest', 'arrest', 'protest', 'request', 'contest', 'test', 'guest', 'quest', 'west', 'rest', 'forest', 'manifest', 'conquest', 'inquest', 'harvest', 'behest']);

/** Token x is a superlative adjective or adverb ("wealthiest", "best"), not a word that merely ends in "-est". */
function superlative(x: { lower: string; pos: string } | undefined): boolean {
  return x !== undefined && SUPERLATIVE.test(x.lower) && !NOT_SUPERLATIVE.has(x.lower) && (x.pos === 'ADJ' || x.pos === 'ADV');
}
/** "the very first", "this very moment": "very" as an adjective of identity, before these or a noun. */
const VERY_IDENTITY = new Set(['first', 'last', 'same', 'next', 'beginning', 'end', 'moment', 'idea', 'top', 'bottom', 'least', 'heart', 'nature', 'existence', 'fact', 'thing', 'people', 'day', 'core', 'notion', 'definition']);
const VERY_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const INTENSIFIER_WORDS = new Set(INTENSIFIERS);
const COPULA = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'m", "'re", "'s", 'feel', 'felt', 'feels', 'seem', 'seemed', 'seems', 'remain', 'remained', 'remains', 'become', 'became', 'get', 'got']);
/** Linking verbs after which a degree word raises the comparative, not the verb ("remained significantly higher"). */
const LINKING = new Set([...COPULA, 'look', 'looks', 'looked', 'stay', 'stays', 'stayed']);
const OBJECT_PREPOSITIONS = new Set(['about', 'of', 'for', 'with']);
/** Assertive verbs whose hearer comes between them and the clause ("assured residents that"). */
const HEARER_VERBS = /^(?:assure|assures|assured|assuring)$/;
const COMPLEMENTISERS = new Set(['that', 'what', 'how', 'why', 'whether', 'who', 'whom', 'whose', 'when', 'where', 'if', 'which']);

/** A clause from token j: a subject (noun phrase) and then its verb, before any break ("the dam was leaking"). */
function clauseAt(t: Tokenized, j: number, sentence: number, reach = 9, finite = false): boolean {
  let nominal = false;
  for (let k = j; k < Math.min(j + reach, t.tokens.length) && t.tokens[k].sentence === sentence; k++) {
    const x = t.tokens[k];
    // Only spaces, or the full stop of an abbreviation ("Mr. Cowan", "U.S. economy"), inside the clause.
    // ("2,000 ballots had been counted": a numeral's separator joins its parts.)
    if (k > j && !x.tight && !(t.tokens[k - 1].text.length <= 3 && /^\.\s*$/.test(gapBefore(t, k))) && !numeralJoin(t, k)) break;
    // "which his administration vows will not hit …": the relative's subject gap leaves the clause's verb first.
    if (nominal && RELATIVES.has(x.lower)) break;
    // "he's", "they're", "we'll" opening it: a subject pronoun with its auxiliary, one word of the tokens.
    if (k === j && CONTRACTED_SUBJECT.test(x.lower)) return true;
    // With `finite`, a participle is no clause's verb ("found 40 files pertaining to", "found the driver guilty of speeding").
    if (finite && x.pos === 'VERB' && /ing$/.test(x.lower)) break;
    // "the administration’s evolving account", "our shared commitment": a participle between a possessive or
    // determiner and its noun is an adjective, not the clause's verb.
    if (x.pos === 'VERB' && k > j && attributive(t, k)) continue;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && nominal)) return nominal || (k === j && x.pos === 'AUX');
    if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'NUM') nominal = true;
    // "showed Reid and McConnell were beginning …": a coordinated subject (tune21).
    // (Names or pronouns only: "found anti-gay material or anything written by him" is an object.)
    else if (nominal && x.lower === 'and' && /^(?:PROPN|PRON)$/.test(t.tokens[k - 1].pos) && /^(?:PROPN|PRON)$/.test(t.tokens[k + 1]?.pos ?? '')) continue;
    else if (x.lower === 'to' || x.lower === 'as' || x.pos === 'PART' || x.pos === 'SCONJ' || x.pos === 'CCONJ' || x.pos === 'VERB') break;
  }
  return false;
}

const CONTRACTED_SUBJECT = /^(?:i|you|he|she|it|we|they|there)['’](?:s|re|ll|d|ve|m)$/;

/** Token k continues the numeral before it across a thousands separator or decimal point ("2,000", "3.5"). */
function numeralJoin(t: Tokenized, k: number): boolean {
  const a = t.tokens[k - 1];
  const b = t.tokens[k];
  return a !== undefined && b.start - a.end === 1 && /^[.,]$/.test(t.body[a.end]) && /^\d+$/.test(a.text) && /^\d+$/.test(b.text);
}

/** Possessive pronouns, which stand before a noun as determiners do. */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Token k is a participle inside a noun phrase: after a determiner, possessive or adjective, before its noun. */
function attributive(t: Tokenized, k: number): boolean {
  const x = t.tokens[k];
  const prev = t.tokens[k - 1];
  const noun = t.tokens[k + 1];
  if (prev === undefined || noun === undefined || prev.sentence !== x.sentence || noun.sentence !== x.sentence || !x.tight || !noun.tight) return false;
  if (!/(?:ed|en|ing)$/.test(x.lower) || noun.pos !== 'NOUN') return false;
  // "she's learned voters are tired": a pronoun's "'s" is "has" or "is", no possessive.
  return prev.pos === 'DET' || POSSESSIVES.has(prev.lower) || (/['’]s$/.test(prev.lower) && !IS_CONTRACTIONS.has(prev.lower.replace('’', "'"))) || (prev.pos === 'ADJ' && /^(?:DET|ADJ)$/.test(t.tokens[k - 2]?.pos ?? ''));
}

/**
 * A propositional complement after the verb ending at token j (GUIDELINES.md §8: that- or wh-clause, a quote,
 * a clause like "knew the dam was leaking"), or a reporting clause after the proposition ("…, Ruiz insisted
 * in a filing"). "revealed the plan", "recalling the governor", "vowed to", "demonstrate resolve" have none.
 */
function hasComplement(t: Tokenized, i: number, j0: number): boolean {
  const tok = t.tokens[i];
  // "stressed on Wednesday that …", "confirmed Tuesday that …": a date between the verb and its clause.
  let j = j0;
  // "learned -- after a couple of failed attempts -- that …": a parenthetical between dashes before the clause.
  if (t.tokens[j]?.sentence === tok.sentence && /^\s*(?:--|—|–)\s*$/.test(gapBefore(t, j))) {
    for (let k = j + 1; k < j + 14 && t.tokens[k]?.sentence === tok.sentence; k++) {
      if (!/(?:--|—|–)/.test(gapBefore(t, k))) continue;
      if (t.tokens[k].lower === 'that') j = k;
      break;
    }
  }
  if (t.tokens[j]?.sentence === tok.sentence && t.tokens[j].tight) {
    let d = j;
    if (DATE_LEAD.has(t.tokens[d].lower) && DATES.has(t.tokens[d + 1]?.lower ?? '')) d++;
    if (DATES.has(t.tokens[d].lower) && d + 1 < t.tokens.length && t.tokens[d + 1].sentence === tok.sentence && t.tokens[d + 1].tight && COMPLEMENTISERS.has(t.tokens[d + 1].lower)) j = d + 1;
    else j = thatAfterAdjunct(t, j, tok.sentence) ?? j;
  }
  const next = t.tokens[j];
  const inSentence = next !== undefined && next.sentence === tok.sentence;
  if (inSentence) {
    const gap = t.body.slice(t.tokens[j - 1].end, next.start);
    if (/[:"“‘]/.test(gap)) return true;
    // "knows what's happening", "who's in charge": a wh-word with its contracted verb opens a clause.
    if (!/,/.test(gap) && /^(?:what|who|where|how|why|when)['’]s$/.test(next.lower)) return true;
    if (!/,/.test(gap) && COMPLEMENTISERS.has(next.lower)) {
      // "know how to win elections", "learned what to do": a wh-word with an infinitive is a skill or a plan, no
      // proposition (GUIDELINES.md §8 "learn to swim").
      if (next.lower !== 'that' && next.lower !== 'if' && t.tokens[j + 1]?.lower === 'to' && t.tokens[j + 1].sentence === tok.sentence) return false;
      // "remember that person,": "that" before a bare noun that ends the phrase is a determiner.
      if (next.lower !== 'that') return true;
      const noun = t.tokens[j + 1];
      const after = t.tokens[j + 2];
      // "show that applications for the week fell": a plural noun after "that" makes it a complementiser ("that" as a
      // determiner takes a singular: "that campus", "that status", "that analysis").
      const determiner = noun !== undefined && noun.sentence === tok.sentence && noun.pos === 'NOUN' && !plainPlural(noun.lower) && (after === undefined || after.sentence !== tok.sentence || !after.tight || after.pos === 'ADP' || after.pos === 'CCONJ');
      // "discovered that old box of letters": "that" before an adjective and its singular noun, ending the phrase.
      const head = t.tokens[j + 2];
      const beyond = t.tokens[j + 3];
      // (No verb of its own after it: "that such language in fact was taken out" is a clause.)
      const clauseAfter = t.tokens.slice(j + 3, j + 8).some((x) => x.sentence === tok.sentence && (x.pos === 'VERB' || x.pos === 'AUX'));
      const determinerAdj = noun !== undefined && noun.sentence === tok.sentence && noun.pos === 'ADJ' && head !== undefined && head.sentence === tok.sentence && head.pos === 'NOUN' && !plainPlural(head.lower) && (beyond === undefined || beyond.sentence !== tok.sentence || !beyond.tight || beyond.pos === 'ADP' || beyond.pos === 'CCONJ') && !clauseAfter;
      if (determinerAdj) return false;
      return !determiner;
    }
    // "aimed at recalling the governor gathered …": a gerund after a preposition takes an object, not a clause.
    // Likewise an infinitive ("the effort to recall the governor has …").
    const prevTok = t.tokens[i - 1]?.sentence === tok.sentence ? t.tokens[i - 1] : undefined;
    // "to know there's something wrong", "to realize they were": a pronoun subject opens a clause, not an object.
    // "shocked to learn Mr. Sanders was trying": after a verb of learning a name may open the clause too.
    const learning = /^(?:learn|know|realize|realise|discover|notice|find)$/.test(tok.lemma) && next.pos === 'PROPN';
    const gerund = prevTok !== undefined && ((tok.lower.endsWith('ing') && prevTok.pos === 'ADP') || (prevTok.lower === 'to' && next.pos !== 'PRON' && !learning));
    // "forgotten about one incident that occurred": a prepositional object is no clause, whatever follows it.
    // (A finite clause: "revealed the identity of the men making the tape", "showed incompetence in sticking to …" are
    // objects with a participle, no proposition.)
    if (next.tight && next.lower !== 'to' && !gerund && !OBJECT_PREPOSITIONS.has(next.lower) && clauseAt(t, j, tok.sentence, 9, true)) return true;
  }
  // "assured residents that …": a verb of assuring takes its hearer before the clause.
  if (inSentence && next.tight && HEARER_VERBS.test(tok.lower)) {
    let k = j;
    // The hearer may carry a modifier ("assures legally married couples that"): up to three words of the noun phrase
    // and two modifiers, so that a second object's relative "that" ("assured hospitals new funds that") stays out.
    let words = 0;
    let modifiers = 0;
    for (; k < j + 5 && t.tokens[k]?.sentence === tok.sentence && t.tokens[k].tight && t.tokens[k].lower !== 'that'; k++) {
      const x = t.tokens[k];
      if (/^(?:PRON|PROPN|NOUN|DET|ADJ)$/.test(x.pos) && words < 3) words++;
      else if (/^(?:ADV|VERB)$/.test(x.pos) && /(?:ly|ed)$/.test(x.lower) && modifiers < 2) modifiers++;
      else break;
    }
    const c = t.tokens[k];
    if (k > j && c !== undefined && c.sentence === tok.sentence && c.tight && (c.lower === 'that' || (/[:"“]/.test(gapBefore(t, k)) && t.tokens[k - 1].pos !== 'DET'))) return true;
  }
  // "forgotten about the vote", "knew of the plan": a prepositional object, no proposition.
  if (inSentence && next.tight && OBJECT_PREPOSITIONS.has(next.lower)) return false;
  // A reporting clause after its proposition: "“…,” she insisted", "…, the minister revealed in an interview".
  if (!inSentence || !next.tight || next.pos === 'ADP' || DATES.has(next.lower) || next.pos === 'PUNCT') return reportsBefore(t, i);
  return false;
}

/** Time words that may stand between a verb and its "that" ("learned years later that", "said last week that"). */
const ADJUNCT_TIME = /^(?:later|earlier|ago|recently|since|afterward|afterwards|now|then|again|also|last|this|next|shortly|soon|years?|months?|weeks?|days?|hours?|decades?)$/;

/**
 * "learned years later that …", "confirmed to Fox News that …", "declaring in the strongest terms yet that …": a
 * time phrase, or a short prepositional phrase, between the verb and its "that"-clause. The index of "that" when
 * a clause follows it, else undefined.
 */
function thatAfterAdjunct(t: Tokenized, j: number, sentence: number): number | undefined {
  const first = t.tokens[j];
  const pp = first.pos === 'ADP' && first.lower !== 'that' && first.lower !== 'of' && first.lower !== 'about';
  if (!pp && !ADJUNCT_TIME.test(first.lower)) return undefined;
  for (let k = j + 1; k <= j + 6 && k < t.tokens.length && t.tokens[k].sentence === sentence && t.tokens[k].tight; k++) {
    const x = t.tokens[k];
    // "that" opening a clause, not a relative pronoun ("told reporters that covered the trial").
    // "stressed at that meeting …": "that" right after the preposition is its determiner.
    if (x.lower === 'that' && pp && k === j + 1) continue;
    // ("discovered shortly that night the bodies": "that" before a time noun is its determiner.)
    if (x.lower === 'that') return t.tokens[k + 1]?.sentence === sentence && !/^(?:VERB|AUX|ADP|PUNCT)$/.test(t.tokens[k + 1].pos) && !/^(?:night|morning|afternoon|evening|day|week|month|year|spring|summer|fall|autumn|winter|time|weekend)$/.test(t.tokens[k + 1].lower) ? k : undefined;
    if (pp ? !/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|ADV)$/.test(x.pos) : !(ADJUNCT_TIME.test(x.lower) || x.pos === 'NUM' || x.pos === 'ADV')) return undefined;
  }
  return undefined;
}

/**
 * Is the verb at i a reporting clause after its proposition: its subject, up to ten words ("a Harbor Board review of
 * county data showed"), between a comma or quote and the verb ("…, the minister revealed"; not "…, known as")?
 */
function reportsBefore(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i];
  // "…, a new Congress is sworn in": a passive reports nothing (its speaker is not its subject).
  const aux = t.tokens[i - 1];
  // "…, it was confirmed on Friday" keeps its proposition: "it" stands for the clause before.
  if (aux !== undefined && aux.sentence === tok.sentence && aux.tight && aux.lemma === 'be' && /(?:ed|en|wn|rn)$/.test(tok.lower) && t.tokens[i - 2]?.lower !== 'it') return false;
  for (let k = i - 1; k >= Math.max(0, i - 10) && t.tokens[k].sentence === tok.sentence; k--) {
    const x = t.tokens[k];
    // "…, newly-released emails show": a hyphen inside a word, and a participle before its noun, are the subject's.
    if (x.tight && t.tokens[k + 1].tight && ((x.pos === 'PUNCT' && /^[-‐]$/.test(t.body.slice(x.start, x.end))) || (x.pos === 'VERB' && /ed$/.test(x.lower) && t.tokens[k + 1].pos === 'NOUN'))) continue;
    // "The wallet, which police found, …": a relative clause, not a report.
    if (!(x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'ADP') || RELATIVES.has(x.lower)) break;
    if (/[,"”’]/.test(gapBefore(t, k)) && t.ranges[tok.sentence][0] !== k) {
      // The proposition before the comma is a clause with a verb ("Two doses protect, a study found"), not a
      // fronted phrase ("After a long trial, the jury found in favor of …").
      const open = t.ranges[tok.sentence][0];
      return /["”’]/.test(gapBefore(t, k)) || t.tokens.slice(open, k).some((y) => y.pos === 'AUX' || (y.pos === 'VERB' && !/ing$/.test(y.lower)));
    }
    if (k < i - 1 && !x.tight) break;
  }
  return false;
}

/**
 * Certainty only where it strengthens a claim or an evaluation (GUIDELINES.md §8): boosters not inside names
 * ("Indeed Hiring Lab") nor of manner ("spoke clearly"), "must" only of inference ("must have known");
 * intensifiers before a gradable adjective or adverb, a stance verb or an emotion participle after a copula
 * ("was deeply troubled"), never after the verb ("fell sharply", "closed sharply lower"), on a
 * binary state ("fully vaccinated") nor as "the very first" or "so far"; much/far only before a comparative;
 * assertive and factive verbs only as verbs with a proposition ("vowed to", "declared a state", "revealed the
 * plan", "known as" are not).
 */
function certaintySense(t: Tokenized, i: number, j: number, label: string): boolean {
  const tok = t.tokens[i];
  const next = t.tokens[j];
  const same = next !== undefined && next.sentence === tok.sentence && next.tight;
  const before = t.tokens[i - 1]?.sentence === tok.sentence ? t.tokens[i - 1] : undefined;
  if (label === 'booster') {
    // A capital mid-sentence is a name ("Indeed Hiring Lab"), unless a quotation or a colon opens there ("tweeting,
    // “Obviously I'm the first …”").
    // (Not a quoted name or title: 'the film "Clearly Speaking"', "the sign said: Clearly Marked Exit".)
    const opens = /[“"‘:]\s*$/.test(gapBefore(t, i)) && !(same && next.cap && !/^i(?:$|['’])/.test(next.lower));
    if (tok.inName || (tok.pos === 'PROPN' && !opens) || (tok.cap && t.ranges[tok.sentence][0] !== i && j - i === 1 && !opens)) return false;
    // "Believe me, …" opening a sentence, clause or quotation; not "Why should anyone believe me now?".
    if (tok.lower === 'believe') return t.ranges[tok.sentence][0] === i || /[“"‘:,;—–(]\s*$/.test(gapBefore(t, i));
    // "it is a (virtual) certainty that …" asserts; "no certainty that", "any certainty that" deny or doubt it.
    // (Only as a thing asserted: "a (virtual, near) certainty", "with (absolute) certainty", "a high degree of
    // certainty"; not one wanted, needed, sought or lacking, "Investors want certainty that …", nor asked about.)
    if (tok.lower === 'certainty') {
      let k = i - 1;
      if (t.tokens[k]?.sentence === tok.sentence && /^(?:virtual|near|absolute|complete|total|moral|reasonable|mathematical|great|high)$/.test(t.tokens[k].lower)) k--;
      const lead = t.tokens[k]?.sentence === tok.sentence ? t.tokens[k].lower : '';
      const asserted = lead === 'a' || lead === 'an' || lead === 'with' || (lead === 'of' && t.tokens[k - 1]?.lower === 'degree');
      const last = t.tokens[t.ranges[tok.sentence][1] - 1];
      const question = last !== undefined && /^\s*\?/.test(t.body.slice(last.end, last.end + 2));
      return asserted && !question && !negatedBefore(t, k);
    }
    if (tok.lower === 'must') return same && next.lower === 'have' && t.tokens[j + 1]?.sentence === tok.sentence && /(?:ed|en|wn|ne|id|ught|ew)$/.test(t.tokens[j + 1].lower);
    // ("not answering questions definitively": closing its verb phrase, the manner.)
    if (tok.lower === 'definitively' && (!same || next.pos === 'PUNCT' || next.pos === 'ADP')) return false;
    // ("has yet to definitively decide", "No one can definitively answer": denied.)
    if (tok.lower === 'definitively' && t.tokens.slice(Math.max(0, i - 4), i).some((x) => x.sentence === tok.sentence && /^(?:yet|never|no|nobody|cannot|can't|can’t)$/.test(x.lower))) return false;
    if ((tok.lower === 'clearly' || tok.lower === 'plainly' || tok.lower === 'definitively' || tok.lower === 'literally') && before !== undefined && before.tight) {
      // ("moving clearly ahead": a relation of place or rank closes the verb phrase as a pause does.)
      const pause = !same || next.pos === 'ADP' || next.pos === 'PUNCT' || next.lower === 'ahead' || next.lower === 'behind';
      // Manner: "spoke clearly", "stated plainly" (right after the verb, before a pause or preposition).
      if (before.pos === 'VERB' && pause) return false;
      // Manner: "see more clearly", "spoke very plainly": a degree word before it grades the manner. Only after a verb
      // or before a pause: "This is very clearly a violation" keeps its booster.
      if (/^(?:more|less|most|least|very|so|too)$/.test(before.lower) && (t.tokens[i - 2]?.pos === 'VERB' || pause || next.pos === 'SCONJ' || next.pos === 'ADV')) return false;
    }
    // "what talks actually took place", "what the rule actually says": inside a question nothing is asserted.
    if (tok.lower === 'actually' && (inQuestion(t, i) || yesNoQuestion(t, i))) return false;
    // "attended literally hundreds of events": an amount stressed, no claim made certain. "read the text literally",
    // "took it literally and resigned", "literally means": the manner or the word's sense; only before the verb,
    // adjective or adverb it stresses.
    if (tok.lower === 'literally') {
      if (!same || !/^(?:VERB|AUX|ADJ|ADV|DET)$/.test(next.pos) || next.lemma === 'mean' || next.lemma === 'translate') return false;
      if (next.pos === 'NUM' || /^(?:hundreds|thousands|millions|billions|dozens|tens)$/.test(next.lower)) return false;
    }
    return true;
  }
  if (label === 'intensifier') {
    // "heavily favored to win" is odds, not a stance held strongly; "heavily favored by Republicans" is support.
    // "heavily favored by oddsmakers to win" is odds again.
    // "badly criticized", "badly wants"; not "a badly thought-through plan" nor "badly hurt".
    if (tok.lower === 'badly') return same && next.pos === 'VERB' && /^(?:criticize|criticise|want|need|misjudge|underestimate|overestimate|mishandle)$/.test(next.lemma) && !/^[-‐]/.test(t.body.slice(next.end, next.end + 1));
    if (STANCE_ONLY.has(tok.lower)) return same && next.pos === 'VERB' && STANCE_VERBS.has(next.lemma) && ((next.lemma !== 'favor' && next.lemma !== 'favour') || (t.tokens[j + 1]?.lower === 'by' && !t.tokens.slice(j + 2, j + 7).some((x) => x.sentence === tok.sentence && x.lower === 'to')));
    // "too “woke”": a quote mark between the degree word and its adjective.
    const quoted = next !== undefined && next.sentence === tok.sentence && !same && /^\s*["“‘]$/.test(t.body.slice(tok.end, next.start)) && /^(?:ADJ|ADV|VERB)$/.test(next.pos);
    if (quoted) return true;
    // "is “profoundly” sorry", "“deeply” regrets": the degree word quoted alone raises the word after the mark.
    if (next !== undefined && next.sentence === tok.sentence && !same && /^["”’']\s+$/.test(t.body.slice(tok.end, next.start)) && /["“‘']\s*$/.test(gapBefore(t, i))) {
      if (COMPARATIVE_ONLY.has(tok.lower)) return COMPARATIVE.test(next.lower) && (next.pos === 'ADJ' || next.pos === 'ADV');
      // "was “extremely” prepared": a participle after a copula, as unquoted.
      const participle = next.pos === 'VERB' && /ed$/.test(next.lower) && before !== undefined && COPULA.has(before.lower);
      return (next.pos === 'ADJ' && !QUANTITY.has(next.lower)) || (next.pos === 'VERB' && STANCE_VERBS.has(next.lemma)) || participle;
    }
    // "objected vehemently to the bill": right after a stance verb, the degree of that stance ("pushed back strongly").
    if (POSTVERBAL.has(tok.lower) && before !== undefined && tok.tight && before.pos === 'VERB' && STANCE_VERBS.has(before.lemma)) return true;
    if (POSTVERBAL.has(tok.lower) && before?.lower === 'back' && /^(?:push|hit|fire|fight)$/.test(t.tokens[i - 2]?.lemma ?? '')) return true;
    // "rose sharply last year": after any other verb it is that verb's manner, whatever follows (GUIDELINES.md §8).
    if (POSTVERBAL.has(tok.lower) && before !== undefined && tok.tight && before.pos === 'VERB') return false;
    // "a very, very important subject": a degree word repeated raises the word after the last.
    if (!same && next !== undefined && next.sentence === tok.sentence && next.lower === tok.lower && /^,\s*$/.test(t.body.slice(tok.end, next.start))) return certaintySense(t, j, j + 1, label);
    if (!same) return false;
    // "too close to call": a race undecided, no degree raised.
    if (tok.lower === 'too' && next.lower === 'close' && t.tokens[j + 1]?.lower === 'to' && t.tokens[j + 2]?.lower === 'call') return false;
    // "extremely and personally important": coordinated with another adverb, the degree word raises the adjective after both.
    // (Not a completive degree on a binary state: "fully and legally binding", "completely and publicly available".)
    if ((next.lower === 'and' || next.lower === 'or') && !COMPLETIVE.has(tok.lower) && t.tokens[j + 1]?.pos === 'ADV' && /ly$/.test(t.tokens[j + 1].lower) && t.tokens[j + 2]?.pos === 'ADJ' && t.tokens[j + 2].sentence === tok.sentence && t.tokens[j + 1].tight && t.tokens[j + 2].tight) return true;
    // "completely and totally unacceptable": degree words coordinated raise the word after the last.
    if ((next.lower === 'and' || next.lower === 'or') && INTENSIFIER_WORDS.has(t.tokens[j + 1]?.lower ?? '') && t.tokens[j + 1].sentence === tok.sentence) return certaintySense(t, j + 1, j + 2, label);
    // "a strongly worded letter": the manner of the wording, not a stance raised.
    if (next.lower === 'worded') return false;
    // "wildly out of touch", "so out of step with voters": an evaluative predicate of three words (not "well out of bounds").
    if (next.lower === 'out' && t.tokens[j + 1]?.lower === 'of' && OUT_OF.has(t.tokens[j + 2]?.lower ?? '') && t.tokens[j + 2].sentence === tok.sentence && t.tokens[j + 1].tight && t.tokens[j + 2].tight) return true;
    // "absolutely no way", "absolutely nothing": an emphatic negation; so is "very emphatically not a diplomat" (tune21).
    if ((tok.lower === 'absolutely' || tok.lower === 'emphatically') && (next.lower === 'no' || next.lower === 'nothing' || next.lower === 'none' || next.lower === 'not' || next.lower === 'never')) return true;
    // "too early to say" is the hedge of not knowing (GUIDELINES.md §7), no degree raised.
    if (tok.lower === 'too' && /^(?:early|soon)$/.test(next.lower) && t.tokens[j + 1]?.lower === 'to' && /^(?:say|tell|know)$/.test(t.tokens[j + 2]?.lower ?? '') && !(/^(?:NOUN|PROPN|PRON|DET)$/.test(t.tokens[j + 3]?.sentence === tok.sentence ? t.tokens[j + 3].pos : '') && !/^(?:what|whether|how|who|why|if|when|where|which)$/.test(t.tokens[j + 3]?.lower ?? ''))) return false;
    // "much different treatment": "different" is compared like a comparative.
    if (tok.lower === 'much' && next.lower === 'different') return true;
    // "far too low": "far" raising the intensifier after it.
    if (tok.lower === 'far' && next.lower === 'too') return true;
    // "is far behind the leader", "still well below the proposal", "polling far behind", "far short of": a distance
    // raised, after a linking verb, "still", or a verb of standing; "sits well behind the mall", "positions far
    // beyond the river", "traded well above $40" are places and measures.
    if ((tok.lower === 'far' || tok.lower === 'well') && RELATIONAL.has(next.lower)) {
      if (next.lower === 'short') return true;
      if (t.tokens.slice(j + 1, j + 6).some((x) => x.sentence === tok.sentence && STANDARDS.has(x.lower))) return true;
      return before === undefined || !tok.tight || LINKING.has(before.lower) || before.pos === 'AUX' || before.lower === 'still' || (before.pos === 'VERB' && STANDING.has(before.lemma));
    }
    if (tok.lower === 'well') return false;
    // "closed significantly lower": after a verb of change the comparative measures it, as "fell sharply" does; not
    // after a linking verb ("remained significantly higher") nor before the comparative's noun ("reported markedly
    // weaker sales").
    const comparativeNoun = t.tokens[j + 1]?.sentence === tok.sentence && t.tokens[j + 1].tight && t.tokens[j + 1].pos === 'NOUN';
    if (COMPARATIVE_ONLY.has(tok.lower) && tok.lower !== 'much' && tok.lower !== 'far' && before?.pos === 'VERB' && tok.tight && !LINKING.has(before.lower) && !comparativeNoun) return false;
    if (COMPARATIVE_ONLY.has(tok.lower)) return COMPARATIVE.test(next.lower) && (next.pos === 'ADJ' || next.pos === 'ADV');
    // "deeply held beliefs", "a deeply held moral conviction", "views that are strongly held"; not "firmly held the
    // railing".
    if (HELD.has(tok.lower) && next.lower === 'held') {
      const noun = t.tokens[j + 1]?.pos === 'NOUN' || (t.tokens[j + 1]?.pos === 'ADJ' && t.tokens[j + 2]?.pos === 'NOUN');
      return (noun && t.tokens[j + 1].sentence === tok.sentence) || (before !== undefined && (COPULA.has(before.lower) || before.pos === 'AUX'));
    }
    if (tok.lower === 'so' && SO_NOT_DEGREE.has(next.lower)) return false;
    // "the very first", "this very moment": "very" as an adjective of identity.
    // "the very wealthiest": "very" before a superlative singles out, like "the very first".
    if (tok.lower === 'very' && before && (VERY_DETERMINERS.has(before.lower) || /'s$/.test(before.lower)) && (VERY_IDENTITY.has(next.lower) || next.pos === 'NOUN' || superlative(next))) return false;
    // "fully vaccinated", "completely closed": a completive degree on a binary state (a participle).
    // "fully committed", "totally convinced" are stances held to the full, not binary states.
    if (COMPLETIVE.has(tok.lower) && /(?:ed|en)$/.test(next.lower) && !STANCE_PARTICIPLES.has(next.lower)) return false;
    // "a fully automatic gun", "fully operational": a technical or binary state again.
    if (COMPLETIVE.has(tok.lower) && /^(?:automatic|semi-automatic|operational|functional|autonomous|electric|online|remote|accessible|reusable|open|available|compliant|refundable|insured|staffed)$/.test(next.lower)) return false;
    if (next.pos === 'ADJ' || next.pos === 'ADV') return !(next.pos === 'ADV' && (next.lower === 'as' || next.lower === 'much' || next.lower === 'many'));
    if (next.pos === 'VERB') {
      if (STANCE_VERBS.has(next.lemma) && tok.lower !== 'so' && tok.lower !== 'too') return true;
      // "radically altered", "overwhelmingly passed": a change or an outcome measured, not a degree of feeling.
      if (ADJECTIVE_ONLY.has(tok.lower)) return false;
      // "would be quite challenging", "is deeply troubling": an evaluative -ing adjective the tagger reads as a verb.
      // (Not a verb with its object: "are particularly concerning themselves with turnout".)
      if (EVALUATIVE_ING.test(next.lower) && !/^(?:PRON|DET|NOUN|PROPN)$/.test(t.tokens[j + 1]?.sentence === tok.sentence ? t.tokens[j + 1].pos : '')) return true;
      // "I'm really honored", "was deeply troubled": an emotion participle after a copula is gradable.
      if (before !== undefined && (COPULA.has(before.lower) || /'(?:m|re)$/.test(before.lower)) && /ed$/.test(next.lower)) return true;
      // "the highly anticipated summit": an attributive participle is gradable too.
      const noun = t.tokens[j + 1];
      // A possessive opens a noun phrase ("its highly anticipated summit"); a subject pronoun does not ("They greatly
      // expanded programs").
      const inPhrase = before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVES.has(before.lower));
      // The lite model tags some adjectives VERB ("a very tender and sensitive topic"): inside a noun phrase, a
      // non-gerund form followed by its noun or by "and" + adjective is one.
      const attributive = noun !== undefined && noun.sentence === tok.sentence && noun.tight && (noun.pos === 'NOUN' || (noun.pos === 'CCONJ' && t.tokens[j + 2]?.pos === 'ADJ'));
      return inPhrase && attributive && (/ed$/.test(next.lower) || (before?.pos === 'DET' && !/ing$/.test(next.lower)));
    }
    return false;
  }
  if (label === 'assertive' || label === 'factive') {
    // "became apparent that the plan had failed": with its clause ("apparent that morning" is a time).
    if (tok.lower === 'apparent' && j - i === 2) return apparentThat(t, i);
    // "To be clear, …": the speaker's own framing, opening a sentence or quotation before a comma; not "wants the
    // rules to be clear".
    if (j - i === 3 && tok.lower === 'to') return (t.ranges[tok.sentence][0] === i || /[“"‘:]\s*$/.test(gapBefore(t, i))) && next !== undefined && next.sentence === tok.sentence && /^[,”"’]/.test(t.body.slice(t.tokens[j - 1].end, next.start).trim());
    // "it only came to light this month that …": what came to light is presupposed, when a clause says what it was
    // ("The scandal came to light in May" says nothing of a proposition).
    // (Only after an expletive "it": not "the emails that came to light that summer", "As details came to light, …".)
    if (/ to light$/.test(t.body.slice(tok.start, t.tokens[j - 1].end).toLowerCase())) {
      let k = i - 1;
      while (k > 0 && t.tokens[k].sentence === tok.sentence && (t.tokens[k].pos === 'ADV' || t.tokens[k].pos === 'AUX')) k--;
      if (t.tokens[k]?.lower !== 'it' || t.tokens[k].sentence !== tok.sentence) return false;
      return thatAfterAdjunct(t, j, tok.sentence) !== undefined || (same && next.lower === 'that' && clauseAt(t, j + 1, tok.sentence));
    }
    // "As the senator has shown repeatedly, …", "as Rice learned and Obama has been taught again, …": a parenthetical
    // "as" clause presents the main clause as shown or learned.
    if (label === 'factive' && asParenthetical(t, i, j)) return true;
    // "was confident he would change", "am “confident” that": predicative, with a clause (not "confident in").
    if (label === 'assertive' && ASSERTIVE_ADJECTIVES.includes(tok.lower) && j - i === 1) {
      // "'s" only as "is" after a pronoun ("he's sure"), not a possessive ("the senator's sure footing"); "Be sure you
      // vote" opening a sentence is an instruction, like "make sure".
      const contracted = /'(?:m|re)$/.test(before?.lower ?? '') || IS_CONTRACTIONS.has(before?.lower.replace(/’/g, "'") ?? '');
      if (before === undefined || !(COPULA.has(before.lower) || before.pos === 'AUX' || contracted) || next === undefined || next.sentence !== tok.sentence || next.pos === 'ADP') return false;
      if (before.lower === 'be' && (i < 2 || t.tokens[i - 2].sentence !== tok.sentence)) return false;
      // A scare-quoted adjective: its clause starts after the closing mark.
      // (“confident” that Mr X would …: the complementiser after the mark opens it.)
      return /^[”"’]\s*$/.test(t.body.slice(tok.end, next.start)) ? clauseAt(t, j, tok.sentence) || (next.lower === 'that' && clauseAt(t, j + 1, tok.sentence)) : hasComplement(t, i, j);
    }
    // "the analysis finds the rate has fallen": "find" with a bare clause right after it ("found that" is a
    // phrase of its own); "found a wallet", "found him guilty", "was found in a lake" have none. A study's
    // subject is often long ("the share of renters in the county has"): a wider reach than other verbs.
    // "finds herself on the defensive", "failing to find a buyer is" (the infinitive's object) are no clause either.
    if (FIND.has(tok.lower) && j - i === 1) {
      // "were later found to be undocumented", "was found to have lied": a finding in the passive.
      if (tok.lower === 'found' && same && next.lower === 'to' && /^(?:be|have)$/.test(t.tokens[j + 1]?.lower ?? '') && t.tokens[j + 1].sentence === tok.sentence) return true;
      // "…, a state study found on Monday.": a reporting clause after its proposition.
      if (tok.pos === 'VERB' && before?.lemma !== 'be' && (!same || DATES.has(next.lower) || next.pos === 'PUNCT' || (next.pos === 'ADP' && !OBJECT_PREPOSITIONS.has(next.lower)))) return reportsBefore(t, i);
      if (!same || tok.pos !== 'VERB' || before?.lemma === 'be' || /sel(?:f|ves)$/.test(next.lower) || (before?.lower === 'to' && next.pos !== 'PRON')) return false;
      return clauseAt(t, j, tok.sentence, 14, true);
    }
    // "We are aware there is a gap": the adjective with a bare clause ("aware that" is a phrase of its own).
    if (tok.lower === 'aware' && j - i === 1) return same && next.pos !== 'ADP' && clauseAt(t, j, tok.sentence);
    // The tagger reads "show" after a plural subject as a noun ("the permits show that …"): with a clause after
    // it and no determiner, adjective or noun of its own before it, it is the verb.
    // "The footage shows the mayor shaking hands": a picture shows what it depicts; only "shows that" is a finding.
    // "The video shows the officer fired first" is "shows that": a finite clause after it is a finding.
    // (Any tense: "the videos that showed the pastor making the remarks".)
    if ((SHOW.has(tok.lower) || (tok.lemma === 'show' && tok.pos === 'VERB')) && !(same && (SHOW_CLAUSE_OPENERS.has(next.lower) || clauseAt(t, j, tok.sentence, 9, true))) && DEPICTIONS.has(subjectOf(t, i)?.lower ?? '')) return false;
    // "The five-year-old video showing President Obama talking about race": a picture showing what it depicts.
    if (tok.lower === 'showing' && before !== undefined && DEPICTIONS.has(before.lower) && !(same && (SHOW_CLAUSE_OPENERS.has(next.lower) || clauseAt(t, j, tok.sentence, 9, true)))) return false;
    // "…, the documents show.": a plural subject and the verb closing the sentence after its proposition.
    // Only records and data ("the fireworks show" closing an apposition is a noun).
    if (SHOW.has(tok.lower) && tok.pos === 'NOUN' && j - i === 1 && (!same || next.pos === 'PUNCT') && tok.tight && RECORD_NOUNS.test(t.tokens[i - 1]?.lower ?? '')) return reportsBefore(t, i);
    // "The latest poll shows Holt and Ruiz tied", "polls showed the two candidates neck-and-neck": a standing found.
    // ("The documents that showed the senator accepting gifts": records show what happened.)
    if (tok.lemma === 'show' && tok.pos === 'VERB' && same && recordSubject(t, i) && smallClause(t, j)) return true;
    if (SHOW.has(tok.lower) && tok.pos === 'NOUN' && j - i === 1) return verbalShow(t, i) && same && (next.lower === 'that' ? hasComplement(t, i, j) : WH_OPENERS.has(next.lower) || clauseAt(t, j, tok.sentence, 9, true) || smallClause(t, j));
    // "We all know that …": the tagger reads "know" after "we all" as a noun.
    if (KNOW.has(tok.lower) && tok.pos === 'NOUN' && j - i === 1 && before !== undefined && (before.lower === 'all' || before.lower === 'both') && SUBJECT_PRONOUNS.has(t.tokens[i - 2]?.lower ?? '')) return asWeKnow(t, i) || hasComplement(t, i, j);
    // Phrases ("make clear", "it is clear", "found that") carry their own frame; single verbs must be verbs.
    // "one thing that's crystal clear is that …", "made it crystal clear she will not resign"; not "the water was
    // crystal clear" (GUIDELINES.md §8: only with a proposition).
    // "What is clear is that …"; not "How clear is that warning?", "What is far less clear is that …".
    // ("one thing that's clear is that …": a relative "that" too.)
    if (tok.lower === 'clear' && j - i === 3) return t.tokens.slice(Math.max(0, i - 3), i).some((x) => x.sentence === tok.sentence && /^(?:what|that)(?:['’]s)?$/.test(x.lower)) && !t.tokens.slice(Math.max(0, i - 3), i).some((x) => /^(?:less|not|n['’]t|never|un)$/.test(x.lower));
    if (tok.lower === 'crystal' && j - i === 2) return /^(?:made|make|makes|making|it)$/.test(before?.lower ?? '') || hasComplement(t, i, j) || (same && next.lemma === 'be' && t.tokens[j + 1]?.lower === 'that');
    if (j - i > 1 || !/^(?:VERB|AUX|)$/.test(tok.pos)) return j - i > 1;
    // "the guaranteed benefits they rely on": a participle inside a noun phrase asserts nothing.
    if (/(?:ed|en)$/.test(tok.lower) && attributive(t, i)) return false;
    // "remote learning", "the showing": an -ing form after an adjective or determiner is a noun.
    if (tok.lower.endsWith('ing') && before !== undefined && tok.tight && (before.pos === 'ADJ' || before.pos === 'DET' || (t.ranges[tok.sentence][0] === i - 1 && before.pos !== 'PRON'))) return false;
    if (same) {
      // "vowed Wednesday to press ahead": a date may stand between the verb and its infinitive.
      const afterAt = DATES.has(next.lower) && t.tokens[j + 1]?.sentence === tok.sentence ? j + 1 : j;
      const after = t.tokens[afterAt];
      // "confirmed to reporters late Tuesday": "to" before its hearer, not an infinitive.
      const hearer = after.lower === 'to' && /^(?:NOUN|PROPN|PRON|DET)$/.test(t.tokens[afterAt + 1]?.pos ?? '');
      if ((after.lower === 'to' && !hearer) || next.lower === 'as' || next.lower === 'a' || next.lower === 'an') return false;
    }
    // "as we (all) know, …": the parenthetical presents what follows as known ("as we know it" is an idiom).
    if (KNOW.has(tok.lower) && asWeKnow(t, i)) return true;
    return hasComplement(t, i, j);
  }
  return true;
}

const KNOW = new Set(['know', 'knew']);

/** "apparent that" at i with a clause after "that" ("became apparent that the plan had failed"; not "that morning"). */
function apparentThat(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  return t.tokens[i + 1]?.lower === 'that' && t.tokens[i + 1].sentence === s && t.tokens[i + 1].tight && t.tokens[i + 2]?.sentence === s && clauseAt(t, i + 2, s, 9, true);
}

/** "You know" opening a sentence or quotation, with a finite clause right after it (no comma): "You know he lied". */
function youKnowClause(t: Tokenized, k: number): boolean {
  const s = t.tokens[k].sentence;
  const after = t.tokens[k + 2];
  const opens = t.ranges[s][0] === k || /[“"‘:]\s*$/.test(gapBefore(t, k));
  if (!opens || after === undefined || after.sentence !== s || !after.tight) return false;
  // A subject pronoun or a noun phrase, then its verb: "You know he lied", "You know the mayor is right"; not an
  // object ("You know them better than I do") nor "You know it when you see it".
  if (CONTRACTED_SUBJECT.test(after.lower)) return true;
  const verbAt = (k: number) => /^(?:AUX|VERB)$/.test(t.tokens[k]?.pos ?? '') && t.tokens[k].sentence === s && t.tokens[k].tight;
  if (/^(?:i|you|he|she|we|they|it)$/.test(after.lower)) return verbAt(k + 3);
  for (let m = k + 2; m < k + 6 && t.tokens[m]?.sentence === s && t.tokens[m].tight; m++) {
    if (m > k + 2 && verbAt(m)) return t.tokens[m - 1].pos === 'NOUN' || t.tokens[m - 1].pos === 'PROPN';
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(t.tokens[m].pos)) return false;
  }
  return false;
}

/**
 * The factive verb at i ends an "as" clause before the main clause: "as" opening the sentence or a clause, a subject
 * of up to five words and any auxiliaries, then the verb with no object of its own ("As the report shows, …", "As
 * the senator has shown repeatedly during his term, …"; not "as we know it", "As officials found the body, …").
 */
function asParenthetical(t: Tokenized, i: number, j: number): boolean {
  const s = t.tokens[i].sentence;
  const first = t.ranges[s][0];
  // Tight, or after the full stop of a short abbreviation ("Mr. Trump").
  const joined = (k: number) => t.tokens[k + 1].tight || (t.tokens[k].text.length <= 3 && /^\.\s*$/.test(gapBefore(t, k + 1)));
  // "as" and a subject stand before the verb: a verb opening its sentence ("Revealed: …") has none.
  if (i - first < 2) return false;
  let k = i - 1;
  let passive = false;
  for (; k > first && t.tokens[k].pos === 'AUX' && joined(k); k--) if (t.tokens[k].lemma === 'be') passive = true;
  // "as it's known", "as was revealed": a passive names or reports, the subject shows nothing.
  if (passive || /['’](?:s|re|m)$/.test(t.tokens[k].lower)) return false;
  let words = 0;
  while (k > first && words < 5 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.tokens[k].pos) && joined(k)) {
    k--;
    words++;
  }
  const as = t.tokens[k];
  if (words === 0 || as.lower !== 'as' || !joined(k)) return false;
  if (!(k === first || /[,;:—–(“"‘]\s*$/.test(gapBefore(t, k)) || /^(?:but|and|yet|just|even|so)$/.test(t.tokens[k - 1]?.lower ?? ''))) return false;
  // "As his frustration showed", "as the cracks showed": only a record, a person or an institution shows a proposition.
  const subject = t.tokens[k + words];
  if (SHOWING.has(t.tokens[i].lemma) && !(subject.pos === 'PROPN' || subject.pos === 'PRON' || SHOWING_SUBJECTS.has(subject.lower))) return false;
  const next = t.tokens[j];
  // "…, as the audit showed.": closing the sentence after a comma.
  if (next === undefined || next.sentence !== s) return k > first && /,\s*$/.test(gapBefore(t, k));
  if (/[,;—–]/.test(gapBefore(t, j))) return true;
  if (!next.tight) return false;
  // "as Ruiz learned and Holt has been taught again": another clause, with its subject ("learned and grew" is none).
  if (next.lower === 'and') return /^(?:PROPN|PRON|DET|NOUN)$/.test(t.tokens[j + 1]?.pos ?? '') && t.tokens[j + 1].sentence === s;
  // Then only a time phrase before the comma ("repeatedly during her term", "throughout history", "in 2016"); not a
  // particle ("showed up", "showed off"), a manner ("learned remotely") or a ruling ("found in favor of").
  let m = j;
  if (next.pos === 'ADV') {
    if (!AS_TIME_ADVERBS.has(next.lower)) return false;
    m++;
  }
  const p = t.tokens[m];
  if (p !== undefined && p.sentence === s && !/[,;—–]/.test(gapBefore(t, m))) {
    if (!AS_TIME_PREPOSITIONS.has(p.lower) || (p.lower === 'in' && /^(?:favor|favour)$/.test(t.tokens[m + 1]?.lower ?? ''))) return false;
    if (!/^(?:DET|NUM|PRON|NOUN|PROPN|ADJ)$/.test(t.tokens[m + 1]?.pos ?? '')) return false;
  }
  for (let q = m; q < m + 10 && t.tokens[q]?.sentence === s; q++) {
    if (q > j && /[,;—–]/.test(gapBefore(t, q))) return true;
    const x = t.tokens[q];
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.lower === 'that' || x.lower === 'to') return false;
  }
  return false;
}

/** Verbs of showing, whose "as" clause needs a subject that can show a proposition. */
const SHOWING = new Set(['show', 'demonstrate', 'prove', 'reveal', 'confirm']);
/** Records, findings and the institutions and offices that issue them ("as the audit showed", "as the court found"). */
const SHOWING_SUBJECTS = new Set(['report', 'reports', 'study', 'studies', 'data', 'poll', 'polls', 'survey', 'surveys', 'record', 'records', 'history', 'experience', 'evidence', 'result', 'results', 'research', 'analysis', 'figures', 'numbers', 'document', 'documents', 'investigation', 'audit', 'example', 'events', 'case', 'trial', 'testimony', 'science', 'past', 'president', 'senator', 'governor', 'mayor', 'candidate', 'administration', 'government', 'campaign', 'party', 'court', 'officials', 'leaders', 'company', 'agency']);
const AS_TIME_ADVERBS = new Set(['repeatedly', 'again', 'before', 'recently', 'earlier', 'previously', 'often', 'already', 'time']);
const AS_TIME_PREPOSITIONS = new Set(['during', 'throughout', 'over', 'in', 'since', 'after', 'last', 'this', 'time']);

/** "as we know", "as we all know" (not "as we know it", nor a comparison "as much as we know"). */
function asWeKnow(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  let k = i - 1;
  if (t.tokens[k]?.lower === 'all' || t.tokens[k]?.lower === 'both') k--;
  const pron = t.tokens[k];
  const as = t.tokens[k - 1];
  const next = t.tokens[i + 1];
  if (pron === undefined || as === undefined || pron.sentence !== s || as.sentence !== s || !SUBJECT_PRONOUNS.has(pron.lower) || as.lower !== 'as') return false;
  // "as we know it"; "trust the mayor as they know him", "as they knew the owner": an object, so "as" is "because".
  if (next !== undefined && next.sentence === s && next.tight && /^(?:PRON|NOUN|PROPN|DET|NUM)$/.test(next.pos)) return false;
  const beforeAs = t.tokens[k - 2];
  return beforeAs === undefined || beforeAs.sentence !== s || !/^(?:ADJ|ADV)$/.test(beforeAs.pos);
}

/** Pictures and recordings: what they show is depicted, not found. */
const DEPICTIONS = new Set(['video', 'videos', 'footage', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'clip', 'clips', 'screenshot', 'screenshots', 'recording', 'recordings', 'livestream', 'broadcast', 'still', 'stills', 'frame', 'frames', 'camera', 'cameras', 'network', 'networks', 'channel', 'channels', 'television', 'ad', 'ads', 'commercial', 'commercials']);

/** The head noun of the subject before the verb at i: the nearest noun, over adverbs and a parenthetical in commas. */
function subjectOf(t: Tokenized, i: number) {
  const s = t.tokens[i].sentence;
  let k = i - 1;
  while (k >= 0 && t.tokens[k].sentence === s && t.tokens[k].pos === 'ADV' && t.tokens[k + 1].tight) k--;
  // ", which was posted online by …, apparently shows": jump back over the parenthetical to the comma that opens it.
  if (k >= 0 && t.tokens[k].sentence === s && /,/.test(gapBefore(t, k + 1))) {
    let m = k;
    while (m >= 0 && t.tokens[m].sentence === s && !/,/.test(gapBefore(t, m))) m--;
    k = m - 1;
  }
  // "videos that showed …": the relative pronoun stands for the noun before it.
  if (k > 0 && t.tokens[k]?.sentence === s && /^(?:that|which)$/.test(t.tokens[k].lower) && t.tokens[k].tight && t.tokens[k - 1].sentence === s && /^(?:NOUN|PROPN)$/.test(t.tokens[k - 1].pos)) k--;
  const x = t.tokens[k];
  return x !== undefined && x.sentence === s && (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON') ? x : undefined;
}

const RECORD_SUBJECT = /^(?:polls?|surveys?|data|numbers|figures|results|tally|count|returns|study|studies|documents?|records?|e-?mails?|files|memos?|statistics|reports?|texts|messages|filings?|receipts|logs|audits?|analysis|analyses|investigation)$/;

/**
 * The subject of the verb at i is a record or a finding: its head noun before it, or before the participle phrase or
 * "of" phrase that follows the head ("A Fox News poll released Wednesday shows", "the latest poll of likely voters
 * showed").
 */
function recordSubject(t: Tokenized, i: number): boolean {
  if (RECORD_SUBJECT.test(subjectOf(t, i)?.lower ?? '')) return true;
  const s = t.tokens[i].sentence;
  for (let k = i - 1; k >= Math.max(t.ranges[s][0], i - 8); k--) {
    const x = t.tokens[k];
    if (!t.tokens[k + 1].tight) return false;
    // (Unless a picture heads the phrase the record stands in: "Footage from the count in Maricopa County showing …".)
    if ((x.pos === 'NOUN' || x.pos === 'PROPN') && RECORD_SUBJECT.test(x.lower)) return !t.tokens.slice(Math.max(t.ranges[s][0], k - 6), k).some((y) => DEPICTIONS.has(y.lower));
    // ("several swing-state polls on Friday showing": a prepositional phrase may follow the head.)
    if (!(/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(x.pos) || (x.pos === 'VERB' && /(?:ed|en)$/.test(x.lower)))) return false;
  }
  return false;
}

/** "him beating the governor", "aides pressing the agency": an object and its -ing verb, as a finding shows them. */
function smallClause(t: Tokenized, j: number): boolean {
  const s = t.tokens[j].sentence;
  // "shows Holt and Ruiz tied in Ohio", "showed the two candidates neck-and-neck": a standing in a race.
  for (let k = j + 1; k < Math.min(j + 6, t.tokens.length) && t.tokens[k].sentence === s && t.tokens[k].tight; k++) {
    if (/^(?:tied|neck-and-neck|even|ahead|behind|leading|trailing|deadlocked|level)$/.test(t.tokens[k].lower) && /^(?:NOUN|PROPN|PRON)$/.test(t.tokens[k - 1].pos)) return true;
    if (!/^(?:PRON|NOUN|PROPN|DET|NUM|CCONJ|ADJ)$/.test(t.tokens[k].pos)) break;
  }
  // ("the mayor and two aides pressing officials": a coordinated object of up to six words.)
  for (let k = j; k < Math.min(j + 7, t.tokens.length) && t.tokens[k].sentence === s && t.tokens[k].tight; k++) {
    const x = t.tokens[k];
    // ("strong sales and rising costs", "the growing anger": an -ing form after a conjunction, determiner, adjective or
    // number, before its noun, is an adjective.)
    if (k > j && x.pos === 'VERB' && /ing$/.test(x.lower) && !(/^(?:CCONJ|DET|ADJ|NUM)$/.test(t.tokens[k - 1].pos) && t.tokens[k + 1]?.pos === 'NOUN' && t.tokens[k + 1].tight)) return true;
    if (k > j && (x.pos === 'CCONJ' || x.pos === 'NUM' || (x.pos === 'VERB' && /ing$/.test(x.lower))) && x.lower !== 'or') continue;
    // "show him beating …": the tagger may read the -ing form after an object pronoun as a noun (not "show them
    // reading strategies", a compound noun).
    if (k === j + 1 && /ing$/.test(x.lower) && /^(?:him|her|them|us|me)$/.test(t.tokens[j].lower) && !(t.tokens[k + 1]?.pos === 'NOUN' && t.tokens[k + 1].tight && t.tokens[k + 1].sentence === s)) return true;
    if (!/^(?:PRON|NOUN|PROPN|DET|ADJ)$/.test(x.pos)) return false;
  }
  return false;
}

/** Pointing subjects of "is" before a free relative ("that's what", "here is how"). */
const POINTERS = new Set(['that', 'this', 'here', 'it']);

/** The wh-word at k follows "that's", "here's", "this is", "that is not" and the like. */
function pointedAt(t: Tokenized, k: number): boolean {
  const s = t.tokens[k].sentence;
  let m = k - 1;
  if (m >= 0 && t.tokens[m].sentence === s && (t.tokens[m].lower === 'not' || t.tokens[m].lower === 'exactly' || t.tokens[m].lower === 'just')) m--;
  const be = t.tokens[m];
  if (be === undefined || be.sentence !== s) return false;
  const lower = be.lower.replace('’', "'");
  if (lower === "that's" || lower === "here's" || lower === "it's") return true;
  const subject = t.tokens[m - 1];
  return (be.lemma === 'be' || /^(?:is|was)n't$/.test(lower)) && subject !== undefined && subject.sentence === s && POINTERS.has(subject.lower);
}

/**
 * Token i is in a yes/no question: its clause opens with an auxiliary (at the sentence start or after a colon or quote
 * mark) and the sentence ends with a question mark ("Has the circus actually been …?").
 */
function yesNoQuestion(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  const [first, end] = t.ranges[s];
  if (!/\?/.test(t.body.slice(t.tokens[end - 1].end, t.tokens[end - 1].end + 3))) return false;
  for (let k = i - 1; k >= first; k--) {
    if (k === first || /[:“"‘]\s*$/.test(gapBefore(t, k))) return t.tokens[k].pos === 'AUX' && t.tokens[k].cap;
    if (t.tokens[k].clauseBreak) return false;
  }
  return false;
}

/** Token i is in a wh-question's clause before its verb: only its subject's words between the wh-word and i. */
function inQuestion(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i - 1; k >= Math.max(0, i - 6) && t.tokens[k].sentence === s; k--) {
    const x = t.tokens[k];
    // "That's what the rule actually says", "that is not how the law actually works": a free relative after
    // "that/this/here/it is" names a thing, and asserts what it is (unlike "the question is what …").
    if (x.lower === 'what' || x.lower === 'how') return !pointedAt(t, k);
    if (x.lower === 'whether' || x.lower === 'why') return true;
    // "who", "which", "when" after a noun open a relative clause ("the aide who actually wrote it"), not a question.
    if (QUESTION_WORDS.has(x.lower)) return k > 0 && t.tokens[k - 1].sentence === s && /^(?:VERB|ADP|AUX)$/.test(t.tokens[k - 1].pos);
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(x.pos) || !t.tokens[k + 1].tight) return false;
  }
  return false;
}

/** Words that measure a unit of time or distance against something ("a month after", "a mile from", "a week long"). */
const MEASURED_AFTER = new Set(['after', 'before', 'later', 'earlier', 'ago', 'since', 'from', 'away', 'long', 'old', 'late', 'early', 'behind', 'ahead', 'apart', 'or', 'and', 'to', 'until', 'till', 'out', 'more', 'less', 'now', 'too']);

/** Does the unit at token u end its phrase or stand before a word that measures it ("about a month after …")? */
function measuredUnit(t: Tokenized, u: number): boolean {
  const next = t.tokens[u + 1];
  if (next === undefined || next.sentence !== t.tokens[u].sentence || /[,;:.!?()—–]/.test(gapBefore(t, u + 1))) return true;
  return MEASURED_AFTER.has(next.lower);
}

/** "likely (Republican) voters": up to two modifiers, then voters or the electorate. */
function likelyVoters(t: Tokenized, j: number, sentence: number): boolean {
  for (let k = j; k < Math.min(j + 3, t.tokens.length) && t.tokens[k].sentence === sentence && t.tokens[k].tight; k++) {
    if (/^(?:voters?|electorate|caucusgoers|caucus-goers|primary-goers|respondents|delegates)$/.test(t.tokens[k].lower)) return true;
    if (!/^(?:ADJ|PROPN|NOUN)$/.test(t.tokens[k].pos)) return false;
  }
  return false;
}

/** Words opening the clause a factive "show" takes ("show that …", "show how …"). */
const WH_OPENERS = new Set(['how', 'what', 'why', 'whether', 'where', 'when', 'who']);
const SHOW_CLAUSE_OPENERS = new Set(['that', ...WH_OPENERS]);
/** Nouns in -s that make a compound with "show" as singulars ("a news show"). */
const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'politics', 'economics', 'sports', 'arts', 'games', 'means', 'cars', 'awards', 'comics']);

/** Nouns in -s that are singular: "that campus", "that status", "that analysis", "that bias". */
const SINGULAR_ENDING = /(?:us|is|ss|ics|bias|gas|chaos|lens|atlas|canvas|alias)$/;
/** A word in -s that reads as a plural noun, not a singular in -us, -is, -ss ("campus", "analysis") nor "news". */
function plainPlural(lower: string): boolean {
  return /[^s]s$/.test(lower) && !SINGULAR_ENDING.test(lower) && !SINGULAR_IN_S.has(lower);
}
/** Records and data that show a finding in a reporting clause after it ("…, the documents show."). */
const RECORD_NOUNS = /^(?:documents|records|emails|e-mails|figures|data|polls|surveys|audits|numbers|filings|files|results|studies|reports|statistics|stats|estimates|tests|analyses|texts|messages|minutes|transcripts|logs|receipts|invoices|papers|memos|letters|findings|projections|models|tallies|returns|notes|charts|maps|receipts|disclosures|forms|records|calculations|counts|tapes|recordings)$/;

/** A plural common noun that can head a subject ("documents", "polls"; not "news"). */
function pluralNoun(t: Tokenized, k: number): boolean {
  const x = t.tokens[k];
  return (x.pos === 'NOUN' || (x.pos === 'PROPN' && k === t.ranges[x.sentence][0])) && /[^s]s$/.test(x.lower) && !SINGULAR_IN_S.has(x.lower);
}

/**
 * The plural subject of "show" stands before a participle phrase or a relative clause: "Documents released by the
 * committee show", "Figures released Thursday by the department show", "The documents, which were made public
 * Tuesday, show".
 */
function pluralSubjectAcross(t: Tokenized, i: number): boolean {
  const first = t.ranges[t.tokens[i].sentence][0];
  if (/^,\s*$/.test(gapBefore(t, i))) {
    let c = i - 1;
    while (c > first && !/,/.test(gapBefore(t, c))) c--;
    // "The documents, which were made public Tuesday, show", "The records, released Monday, show": a relative
    // clause or a participle phrase between the plural subject and its verb.
    const opener = t.tokens[c];
    const participle = opener.pos === 'VERB' && /(?:ed|en|wn)$/.test(opener.lower) && !t.tokens.slice(c + 1, i).some((y) => y.pos === 'VERB' || y.pos === 'AUX');
    return c - 1 >= first && i - c <= 12 && ((RELATIVES.has(opener.lower) && opener.lower !== 'that') || participle) && pluralNoun(t, c - 1);
  }
  for (let c = i - 1; c > first && i - c <= 9; c--) {
    if (!t.tokens[c + 1].tight) return false;
    const x = t.tokens[c];
    // Only with its agent ("released by", "obtained by"): "Families invited to the talent show that …" is a noun.
    if (x.pos === 'VERB' && /ed$/.test(x.lower)) return x.tight && pluralNoun(t, c - 1) && t.tokens.slice(c + 1, i).some((y) => y.lower === 'by');
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PRON' || x.pos === 'SCONJ') return false;
  }
  return false;
}

/** Token i ("show") stands where a verb does: no determiner, adjective, number or noun of a noun phrase before it. */
function verbalShow(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i];
  const before = t.tokens[i - 1];
  if (before === undefined || before.sentence !== tok.sentence) return false;
  // "…, Ruiz said, show that": a parenthetical report before the verb; a quote mark before it is a title ("the “Harbor Hour” show").
  if (!before.tight && i - 1 !== t.ranges[tok.sentence][0]) return (before.pos === 'VERB' && /^,\s*$/.test(gapBefore(t, i))) || pluralSubjectAcross(t, i);
  // "Documents released by the Oversight Committee show how …": the name ends a participle phrase after the subject.
  if ((before.pos === 'PROPN' || before.pos === 'NOUN') && pluralSubjectAcross(t, i)) return true;
  if (/^(?:DET|ADJ|NUM|ADP|PRON|PART|AUX)$/.test(before.pos) || /'s$/.test(before.lower)) return false;
  if (before.pos === 'NOUN' || before.pos === 'PROPN') {
    const det = t.tokens[i - 2];
    if (TIME_NOUNS.has(before.lower) && det !== undefined && det.sentence === tok.sentence && TIME_DETERMINERS.has(det.lower)) return true;
    // "the records show that …", "documents released by the committee show how …": a plural subject (a compound
    // noun "talk show", "news show" has a singular before it); the caller asks for a clause after it.
    const next = t.tokens[i + 1];
    // ("Polls show …": a capitalised plural opening the sentence, which the tagger may read as a name.)
    return pluralNoun(t, i - 1) && next !== undefined && next.sentence === tok.sentence && next.tight && (SHOW_CLAUSE_OPENERS.has(next.lower) || smallClause(t, i + 1) || clauseAt(t, i + 1, tok.sentence, 9, true));
  }
  return before.pos === 'VERB' || before.pos === 'ADV';
}
