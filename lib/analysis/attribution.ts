import type { Marker, Quotation } from './types';
import type { ParsedToken } from '@/lib/nlp';
import { PhraseTable, countWordsBetween, gapBefore, lexiconWord, verbForms, type Token, type Tokenized } from './tokens';
import type { QuoteSpan } from '@/lib/nlp/quotes';
import { ANONYMOUS_HEADS, LOADED_REPORT_VERBS, NEUTRAL_REPORT_VERBS } from './lexicons/stance';

/**
 * Report verbs with their speakers, sources ("X said", "said X", "according to X"), direct quotes with the
 * quoted speaker, and scare quotes (short quoted phrases that nobody is reported as saying).
 */

type Verb = { lemma: string; label: 'neutral' | 'loaded' };
const VERBS = new PhraseTable<Verb>();
for (const v of LOADED_REPORT_VERBS) for (const f of verbForms(v)) VERBS.add(f, { lemma: v, label: 'loaded' });
for (const v of NEUTRAL_REPORT_VERBS) for (const f of verbForms(v)) VERBS.add(f, { lemma: v, label: 'neutral' });

/** Verbs that attach a partial quote to a speaker ("described him as his 'best friend'", "called it a 'hoax'"). */
const NAMING_VERBS = new Set(verbForms('call').concat(verbForms('describe'), verbForms('dub'), verbForms('term'), verbForms('label'), verbForms('brand'), verbForms('refer')));
/** Determiners, possessives and prepositions: a report-verb form after one of these is a noun ("the attack", "a report"). */
const NOUN_CONTEXT = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'of', 'in', 'on', 'for', 'with', 'by', 'any', 'no', 'every', 'each', 'new', 'about', 'from', 'after', 'against', 'amid', 'over', 'joint', 'such', 'further']);
/** Words skipped between a speaker and the verb ("Beijing’s top diplomat has argued"). */
const AUX = new Set(['has', 'have', 'had', 'do', 'does', 'did', "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", 'should', 'could', 'must', 'may', 'might', 'can', 'shall', 'also', 'reportedly', 'previously', 'later', 'then', 'again', 'repeatedly', 'once', 'will', 'would', 'strongly', 'publicly', 'specifically', 'openly', 'recently', 'already', 'further', 'earlier', 'quickly', 'firmly', 'allegedly', 'flatly', 'angrily', 'privately', 'separately', 'initially', 'subsequently', 'often']);
/** Determiners that open an inverted subject after a quotation ("said the official", "said his wife"). */
const INVERTED_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'one', 'another']);
/** Suffixes whose full stop does not end a speaker's name ("Pfizer Inc. said", "Samuel A. Alito Jr. said"). */
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** Object pronouns that can be a gerund's subject ("him warning"); "her" is left out: "her warning" is a possessive. */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me']);
const ROLE_WORDS = new Set([
  ...ANONYMOUS_HEADS, 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'secretary',
  'leader', 'leaders', 'chief', 'head', 'director', 'ambassador', 'envoy', 'premier', 'senator', 'governor',
  'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'judge', 'police', 'ministry', 'government', 'administration',
  'statement', 'counterpart', 'officer', 'officers', 'agency', 'company', 'spokespeople', 'commander', 'general',
  'two', 'three', 'top', 'senior', 'former', 'foreign', 'deputy', 'unnamed', 'anonymous', 'several', 'other',
  'western', 'local', 'independent', 'military', 'one', 'a', 'an', 'the', 'and', 'of', 'familiar', 'with', 'matter',
  'russian', 'chinese', 'american', 'european', 'state', 'white', 'house', 'an', 'diplomats', 'team', 'campaign',
]);
const ANON = new Set(ANONYMOUS_HEADS);
/** Endings of nouns of people: voters, investors, economists, historians, residents, employees. */
const PEOPLE_NOUN = /(?:ers|ors|ists|ians|ants|ents|ees)$/;
/** Looser, singular too ("one economist", "a woman"): only to keep a speaker another rule would drop. */
const PERSON_LIKE = /(?:er|or|ist|ian|ant|ent|ee)s?$|^(?:wo)?m[ae]n$|^(?:person|people|child|children)$/;
/** Journeys: "the trip to Ohio threatens to" is no speech. */
const TRAVEL_WORDS = ['visit', 'visits', 'trip', 'trips', 'tour', 'tours'];
const TRAVEL = new Set(TRAVEL_WORDS);
/** Subjects that cannot speak: with them a report verb reads as a finding ("the study confirmed"). */
/** A clause after "that" at j: a finite verb within eight words, before any break, relative pronoun or "kind of". */
function clauseAfterThat(t: Tokenized, j: number): boolean {
  const sentence = t.tokens[j].sentence;
  if (/^(?:kind|sort|type)$/.test(t.tokens[j + 1]?.lower ?? '')) return false;
  for (let m = j + 1; m < j + 9 && t.tokens[m]?.sentence === sentence; m++) {
    const x = t.tokens[m];
    if (x.clauseBreak || /^(?:that|which|who)$/.test(x.lower)) return false;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && m > j + 1 && !/ing$/.test(x.lower))) return true;
  }
  return false;
}

/** The object noun phrase from j is followed by a verb of its own ("argued the case was …", "claimed victims had …"). */
function clauseAfterObject(t: Tokenized, j: number): boolean {
  const s = t.tokens[j].sentence;
  for (let k = j; k < Math.min(j + 8, t.tokens.length) && t.tokens[k].sentence === s && t.tokens[k].tight; k++) {
    const x = t.tokens[k];
    if (x.pos === 'AUX' || (x.pos === 'VERB' && k > j)) return true;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|ADP)$/.test(x.pos) && !POSSESSIVE_DETERMINERS.has(x.lower)) return false;
  }
  return false;
}

/** "to be confirmed" after a word of merit or readiness ("deserves to be confirmed"): a nominee's vote. */
function nomineeVote(t: Tokenized, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && t.tokens[k].pos === 'ADV' && t.tokens[k].sentence === t.tokens[i].sentence) k--;
  if (t.tokens[k]?.lower !== 'be') return false;
  let m = k - 1;
  while (m >= 0 && t.tokens[m].pos === 'ADV' && t.tokens[m].sentence === t.tokens[i].sentence) m--;
  const w = t.tokens[m];
  if (w === undefined || w.sentence !== t.tokens[i].sentence) return false;
  // (Only merit or readiness: "the death toll will be confirmed", "is expected to be confirmed" are words to come.)
  return w.lower === 'to' && /^(?:deserve|deserves|deserved|poised)$/.test(t.tokens[m - 1]?.lower ?? '');
}

/** Papers and records: they say and state (a document speaks, GUIDELINES.md §5) but find, show and reveal nothing in words. */
// (Not "papers": "Several papers reported that …" are newspapers.)
const PAPERS = ['documents', 'records', 'files', 'emails', 'e-mails', 'memo', 'memos', 'transcript', 'transcripts', 'filings', 'cables'];
/** What papers do that is no speech: they show what they hold (every other report verb of a paper is its words). */
const PAPER_SILENT = new Set(['reveal', 'show', 'disclose', 'confirm', 'portray', 'detail', 'make clear', 'make it clear', 'indicate', 'suggest', 'demonstrate', 'prove', 'expose', 'highlight', 'depict', 'outline']);
const PAPER_SET = new Set(PAPERS);
const NON_HUMAN = new Set([
  'study', 'studies', 'data', 'analysis', 'research', 'figures', 'numbers', 'poll', 'polls', 'survey', 'surveys', 'program', 'programme', 'recording', 'evidence', 'results', 'findings', 'test', 'tests', 'video', 'footage',
  // Weather, disease, markets and other forces: "thunderstorms threaten", "the virus threatens", "prices warn".
  'storm', 'storms', 'thunderstorm', 'thunderstorms', 'weather', 'rain', 'rains', 'snow', 'wind', 'winds', 'flood', 'floods', 'flooding', 'fire', 'fires', 'wildfire', 'wildfires', 'hurricane', 'hurricanes', 'heat', 'drought', 'tornado', 'tornadoes',
  // Events and acts: "the panic-buying threatens to", "the dispute threatens to derail", "the move signals".
  'panic-buying', 'buying', 'hoarding', 'move', 'decision', 'dispute', 'conflict', 'feud', 'standoff', 'spat', 'impasse', 'stalemate', 'shutdown', 'outage', 'cyberattack', 'hack', 'breach', 'slowdown', 'recession', 'surge', 'spike', 'scandal', 'controversy',
  ...TRAVEL_WORDS,
  // tune13: "no matter how much the facts on the ground demanded flexibility"; fights of words that do not speak
  // themselves ("the brawl over Medicare threatened to become …").
  'fact', 'facts', 'reality', 'circumstances', 'brawl', 'fight', 'battle', 'row', 'clash', 'showdown', 'fray', 'uproar', 'furor', 'furore', 'backlash',
  'estimate', 'estimates', 'forecast', 'forecasts', 'consensus', 'virus', 'viruses', 'variant', 'variants', 'pandemic', 'disease', 'outbreak', 'infections', 'cases', 'inflation', 'prices', 'market', 'markets', 'economy', 'shortage', 'shortages', 'crisis', 'war', 'violence', 'chart', 'map', 'graph', 'trend', 'trends',
]);
/** "WASHINGTON —", "ELMWOOD, Ohio —", "BEIJING (Reuters) —": capitals opening the sentence before a dash or a parenthesis. */
function isDateline(t: Tokenized, speaker: { start: number; end: number; text: string }): boolean {
  const k = tokenAt(t, speaker.start, 0);
  const tok = t.tokens[k];
  if (!tok || t.ranges[tok.sentence][0] !== k) return false;
  // At the start of a line: not an acronym inside a quotation ('"RSO (Regional Security Officer) expressed').
  if (speaker.start > 0 && !/\n[ \t]*$/.test(t.body.slice(Math.max(0, speaker.start - 8), speaker.start))) return false;
  return datelineEnd(t, k) > k;
}

/**
 * The antecedent of a "who" at token w opens its sentence: only determiners, or a dateline ("WASHINGTON — The
 * official who …"), stand before it.
 */
function opensSentence(t: Tokenized, first: number, w: number, subject: { start: number }): boolean {
  let d = datelineEnd(t, first);
  while (d < w - 1 && t.tokens[d].start < subject.start && t.tokens[d].pos === 'DET') d++;
  return t.tokens[d].start === subject.start;
}

/** The token after a dateline opening at token `first` ("ELMWOOD, Ohio — The …" → The), or `first` when there is none. */
function datelineEnd(t: Tokenized, first: number): number {
  if (!/^[A-Z][A-Z.]{2,}$/.test(t.tokens[first]?.text ?? '')) return first;
  for (let d = first + 1; d < Math.min(t.tokens.length, first + 5) && t.tokens[d].sentence === t.tokens[first].sentence; d++) {
    if (/[—–(]/.test(gapBefore(t, d))) return d;
    if (!t.tokens[d].cap) break;
  }
  return first;
}

/** The capitalised name right before token k, across a parenthesis ("Rob Portman (R-Ohio)" → Rob Portman). */
function nameBefore(t: Tokenized, k: number): { start: number; end: number; text: string } | undefined {
  const first = t.ranges[t.tokens[k].sentence][0];
  // The word right before the parenthesis, and the noun phrase it ends (title and all: "Rep. Ann Lee (D-Wash.)",
  // "the senator (D-Mass.)").
  const e = k - 1;
  if (e < first || !/\(/.test(gapBefore(t, k))) return undefined;
  return collectLeft(t, e, first) ?? (t.tokens[e].cap ? { start: t.tokens[e].start, end: t.tokens[e].end, text: t.tokens[e].text } : undefined);
}

/** The part of a speaker span after its "and" when the span opens right after a preposition ("in Ohio and Ruiz"). */
function withoutObjectConjunct(t: Tokenized, speaker: { start: number; end: number; text: string }, verb: number): { start: number; end: number; text: string } | undefined {
  let a = tokenAt(t, speaker.start, 0);
  // "In Ohio and Texas officials said": the sentence's capitalised preposition read into the name.
  const inside = t.tokens[a].pos === 'ADP' && t.tokens[a + 1]?.end <= speaker.end;
  const prev = inside ? t.tokens[a] : t.tokens[a - 1];
  // (Not a subordinator the tagger calls a preposition: "after Nebraska and Oklahoma asked" is one subject.)
  if (!prev || prev.sentence !== t.tokens[a].sentence || prev.pos !== 'ADP' || /^(?:to|of|for|by|from|after|before|since|until|as|because|although|though|while|once|like)$/.test(prev.lower)) return speaker;
  // "During his presidency, Mr. Obama has mourned …", "In an appeal to voters, Gov. X is …": a fronted phrase; the
  // subject follows its comma.
  if (inside) {
    const first = t.ranges[t.tokens[a].sentence][0];
    for (let k = a + 1; k < verb; k++) if (/,/.test(gapBefore(t, k))) return clauseSubject(t, first, verb);
  }
  if (inside) a++;
  // "Attorneys general in Utah and New Mexico said", "officials in Ohio and Texas said": the people before the
  // preposition speak.
  const owner = t.tokens[tokenAt(t, prev.start, 0) - 1];
  if (!inside && owner !== undefined && owner.sentence === prev.sentence && owner.tight && prev.tight && (owner.pos === 'NOUN' || owner.pos === 'ADJ') && (ANON.has(owner.lower) || PEOPLE_NOUN.test(owner.lower) || owner.lower === 'general')) {
    const o = tokenAt(t, owner.start, 0);
    // ("Attorneys general": the post-positive adjective closes the phrase its noun heads.)
    const np = collectLeft(t, owner.lower === 'general' && o > 0 ? o - 1 : o, t.ranges[owner.sentence][0]);
    return np ? { start: np.start, end: owner.end, text: t.body.slice(np.start, owner.end) } : speaker;
  }
  for (let k = a + 1; k < t.tokens.length && t.tokens[k].end <= speaker.end; k++) {
    if (t.tokens[k].lower !== 'and') continue;
    const start = t.tokens[k + 1].start;
    return { start, end: speaker.end, text: t.body.slice(start, speaker.end) };
  }
  return inside ? { start: t.tokens[a].start, end: speaker.end, text: t.body.slice(t.tokens[a].start, speaker.end) } : speaker;
}

/**
 * "Sen. Joe Manchin, D-W.Va., and Sen. Lisa Murkowski wrote": a name before ", and" with its own appositive (a party
 * code, an age, "a Democrat") is coordinated with the speaker found after it, one source (GUIDELINES.md §5).
 */
function withLeftConjunct(t: Tokenized, speaker: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  const a = tokenAt(t, speaker.start, 0);
  const and = t.tokens[a - 1];
  if (!and || and.text !== 'and' || and.sentence !== t.tokens[a].sentence || !/,/.test(gapBefore(t, a - 1)) || !t.tokens[a].cap) return speaker;
  const first = t.ranges[and.sentence][0];
  const named = (from: number, to: number) => t.tokens.slice(tokenAt(t, from, first), tokenAt(t, to, first)).some((x) => x.pos === 'PROPN' && x.cap);
  if (!named(speaker.start, speaker.end)) return speaker;
  let start = speaker.start;
  // "Rep. A, D-Texas, Rep. B, R-Ohio, and Rep. C, D-Calif., said": each earlier name of a list, with its own
  // appositive, joins too (the first through ", and", the others through a comma).
  for (let e = a - 2, hops = 0; e > first && hops < 6; hops++) {
    const left = leftConjunct(t, e, first);
    if (!left || !named(left.start, left.end)) break;
    const l = tokenAt(t, left.start, first);
    // An earlier name reached through a bare comma opens the list itself: not the object of "beside", "with".
    if (hops > 0 && l > first && !/[,;:(—–]/.test(gapBefore(t, l))) break;
    start = left.start;
    if (l <= first || !/^,\s*$/.test(gapBefore(t, l))) break;
    e = l - 1;
  }
  return start === speaker.start ? speaker : { start, end: speaker.end, text: t.body.slice(start, speaker.end) };
}

/** A name with its own appositive ending at token e ("Sen. Joe Manchin, D-W.Va."), as one conjunct of a list. */
function leftConjunct(t: Tokenized, e: number, first: number): { start: number; end: number; text: string } | undefined {
  const head = outerAppositive(t, e, first);
  if (head === e) return undefined;
  const left = collectLeft(t, head, first);
  if (!left || left.start !== t.tokens[tokenAt(t, left.start, first)].start) return undefined;
  // The left name opens its clause and is a name throughout: not "Police arrest Mark Jones, 31, and Sheriff …
  // says", "Voters back Jane Doe, 45, and …", where the tagger misread the verb before it.
  const l = tokenAt(t, left.start, first);
  const opener = t.tokens[l - 1];
  if (l > first && !/[,;:(—–]/.test(gapBefore(t, l)) && opener.pos !== 'CCONJ' && opener.pos !== 'SCONJ' && opener.pos !== 'ADP') return undefined;
  for (let k = l; k < t.tokens.length && t.tokens[k].start < left.end; k++) {
    const x = t.tokens[k];
    if (!(x.cap || x.inName || NAME_PARTICLES.has(x.lower) || (k === l && (x.lower === 'former' || x.lower === 'then')))) return undefined;
  }
  return left;
}

const EMPHATIC_REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
/** Titles that say a person's sex, for resolving "he" and "she" to a name. */
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Madam)\b/;
const MALE_TITLE = /^(?:Mr|Sir)\b/;
/** Passive verbs of perception whose subject speaks the participle after them ("was heard saying"). */
const PERCEIVED = new Set(['heard', 'seen', 'caught', 'overheard', 'filmed', 'recorded', 'shown', 'pictured', 'videotaped']);
/** Lower-case particles inside names ("Bill de Blasio", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'der', 'van', 'von', 'la', 'le', 'al', 'bin', 'ben']);

/** Compared by identity on every token, cheaper than a string comparison. */
const ACCORDING = lexiconWord('according');
const PER = lexiconWord('per');

export interface Attribution {
  /** Token index of the verb (or of "according"). */
  verb: number;
  speaker?: { start: number; end: number; text: string };
  kind: 'named' | 'anonymous' | 'pronoun';
}

/** Report verbs, sources and quote markers; every quotation span with its kind and speaker goes into `quotations`. */
export function findAttribution(t: Tokenized, quotations?: Quotation[]): Marker[] {
  const markers: Marker[] = [];
  const attributions: Attribution[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = t.tokens[i];
    // "Kerry: I didn't call it that", "Steve King: ‘I will not vote for him’": a headline's speaker before a colon.
    const headline = t.ranges[tok.sentence][0] === i ? headlineSpeaker(t, i) : undefined;
    if (headline) {
      const a: Attribution = { verb: i, speaker: headline, kind: speakerKind(t, headline) };
      attributions.push(a);
      markers.push(sourceMarker(t, a, 'headline-colon'));
    }
    if (tok.word === ACCORDING && t.tokens[i + 1]?.lower === 'to' && t.tokens[i + 1].sentence === tok.sentence) {
      const speaker = collectRight(t, i + 2) ?? nounPhraseRight(t, i + 2);
      if (speaker) {
        const a: Attribution = { verb: i, speaker, kind: speakerKind(t, speaker) };
        attributions.push(a);
        markers.push(sourceMarker(t, a, 'according-to'));
      }
      i++;
      continue;
    }
    // "…, per a White House statement": per in the sense of "according to" (not "per capita", "$5 per gallon").
    if (tok.word === PER && tok.clauseBreak && t.tokens[i + 1]?.sentence === tok.sentence && (t.tokens[i + 1].cap || ['a', 'an', 'the'].includes(t.tokens[i + 1].lower))) {
      const speaker = nounPhraseRight(t, i + 1);
      if (speaker) {
        const a: Attribution = { verb: i, speaker, kind: speakerKind(t, speaker) };
        attributions.push(a);
        markers.push(sourceMarker(t, a, 'per'));
      }
      continue;
    }
    const hit = VERBS.match(t, i);
    if (!hit) continue;
    // A capital mid-sentence is a name ("United States"), not the verb "state".
    if (tok.cap && t.ranges[tok.sentence][0] !== i) continue;
    const prev = t.tokens[i - 1];
    const sameSentencePrev = prev && prev.sentence === tok.sentence && t.tokens[i].tight ? prev : undefined;
    // "the attack", "a report" are nouns; "in pointing out", "by complaining" are gerunds (verbs).
    // ("The man who shot her said": after "her", which is also an object, a past form is a verb, never a noun.)
    const pastAfterHer = sameSentencePrev?.lower === 'her' && (tok.lower.endsWith('ed') || tok.lower === 'said' || tok.lower === 'told' || tok.lower === 'wrote');
    if (sameSentencePrev && NOUN_CONTEXT.has(sameSentencePrev.lower) && !pastAfterHer && !(tok.lower.endsWith('ing') && sameSentencePrev.pos === 'ADP' && tok.pos === 'VERB') && !relativeThatAt(t, i - 1)) continue;
    const last = t.tokens[i + hit.length - 1];
    const { lemma, label } = hit.value;
    // Only verbs report speech: "jobless claims", "the state", "a warning" are nouns in the parse.
    if (!isVerb(t, i, i + hit.length) || !speechSense(t, i, i + hit.length, lemma)) {
      i += hit.length - 1;
      continue;
    }
    const found = findSpeaker(t, i, i + hit.length, attributions[attributions.length - 1]);
    // "While warning about the debt, the governor proposed …", "After calling for a recount, Okafor left": a fronted
    // participle clause is spoken by the main clause's subject, after its comma.
    if (!found.speaker) found.speaker = frontedParticipleSubject(t, i);
    if (found.speaker && found.speaker.end <= tok.start) found.speaker = withLeftConjunct(t, found.speaker);
    // "after the count was finished in Ohio and Ruiz conceded": a name after a preposition is its object, and the
    // clause after "and" has its own subject.
    if (found.speaker && found.speaker.end <= tok.start) found.speaker = withoutObjectConjunct(t, found.speaker, i);
    // "WASHINGTON — …": a dateline opening the sentence is never a speaker.
    if (found.speaker && isDateline(t, found.speaker)) found.speaker = undefined;
    // "Even political figures … said": a focusing adverb opening the phrase is no part of it.
    if (found.speaker) {
      const focus = /^(?:even|only|just|also|still|especially|particularly)\s+(?:(?:the|a|an)\s+)?/i.exec(found.speaker.text);
      const at = tokenAt(t, found.speaker.start, 0);
      const fw = t.tokens[at];
      const nextWord = t.tokens[at + 1];
      // (Only the adverb, never the first word of a name: "Just Security said", "Still Waters Capital said".)
      if (focus && fw?.pos === 'ADV' && !(nextWord?.pos === 'PROPN' && /^(?:even|only|just|also|still)\s+\p{Lu}/iu.test(found.speaker.text) && !/^\S+\s+(?:the|a|an)\s/i.test(found.speaker.text))) found.speaker = { start: found.speaker.start + focus[0].length, end: found.speaker.end, text: found.speaker.text.slice(focus[0].length) };
    }
    // "Senator Dana Holt, Democrat of New York, who …, praised": the newspaper-style party appositive is the name's.
    if (found.speaker && /^(?:Democrat|Republican|Independent) of /.test(found.speaker.text)) {
      const a = tokenAt(t, found.speaker.start, 0);
      const name = t.tokens[a - 1];
      if (name && name.sentence === tok.sentence && name.pos === 'PROPN' && /^,\s*$/.test(gapBefore(t, a))) found.speaker = collectLeft(t, a - 1, t.ranges[tok.sentence][0]) ?? found.speaker;
    }
    // "Rob Portman (R-Ohio)—who …—observed": a party code is the name's, never a speaker of its own.
    if (found.speaker && /^[RDI]-[A-Z][\w.]*$/.test(found.speaker.text)) found.speaker = nameBefore(t, tokenAt(t, found.speaker.start, 0));
    // "But when asked if …": a conjunction, preposition or determiner alone is never one either.
    // (Not a quantifier: "Some also said", "what some have said".)
    if (found.speaker && !/\s/.test(found.speaker.text) && (/^(?:CCONJ|SCONJ|ADP|PART)$/.test(t.tokens[tokenAt(t, found.speaker.start, 0)]?.pos ?? '') || /^(?:a|an|the|this|that|to)$/i.test(found.speaker.text))) found.speaker = undefined;
    // "The study confirmed", "the data revealed": nobody speaks (GUIDELINES.md §4.1).
    // A document that says or states speaks (GUIDELINES.md §5 "a new report said"); one that finds or shows does not.
    const spoken = found.speaker?.text.split(/\s+/) ?? [];
    const words = spoken.map((w) => w.toLowerCase());
    let head = words[words.length - 1] ?? '';
    // "the organizer of the visit": a visit or trip after "of" is the object; its organizer speaks. And "the tour
    // of Asia promises to be": a thing before "of" heads its noun phrase, unless people follow ("forecasts of
    // economists, who had predicted": "who" is the economists).
    // Not inside a name ("Data for Progress said", "The Program for Public Consultation said").
    const of = words.findIndex((w) => w === 'of' || w === 'on' || w === 'for');
    const thing = of > 0 && NON_HUMAN.has(words[of - 1]) && !/^\p{Lu}/u.test(spoken[of - 1]) && !PERSON_LIKE.test(head) && !ROLE_WORDS.has(head) && !ANON.has(head);
    if (of > 0 && (TRAVEL.has(head) || thing)) head = words[of - 1];
    // A court's decision is a document too: it says, states and warns in words, but only events threaten
    // ("the decision threatens to upend the market").
    // ("political figures", "public figures" are people.)
    const people = head === 'figures' && /^(?:political|public|senior|opposition|prominent|religious|leading|conservative|liberal|progressive|establishment|media)$/.test(words[words.length - 2] ?? '') && !/^(?:released|from|of|published|show|showed|shows)$/.test((found.speaker && t.tokens[tokenAt(t, found.speaker.end, 0)]?.lower) ?? '');
    // (tune21: "the newly released documents also reveal that …": papers speak, "a memo … noted that", "court filings
    // allege", but what they reveal or show is no one's words.)
    const paperShows = PAPER_SET.has(head) && PAPER_SILENT.has(lemma);
    if (found.speaker && ((NON_HUMAN.has(head) && !people && !(DOCUMENT_HEADS.has(head) && (lemma === 'say' || lemma === 'state' || lemma === 'write')) && !(head === 'decision' && lemma !== 'threaten')) || paperShows)) {
      i += hit.length - 1;
      continue;
    }
    const attrs: Record<string, string> = { lemma };
    if (found.passive) attrs.passive = 'true';
    if (found.speaker) attrs.speaker = found.speaker.text;
    markers.push({
      family: 'report-verb',
      sentenceIndex: tok.sentence,
      start: tok.start,
      end: last.end,
      text: t.body.slice(tok.start, last.end),
      label,
      rule: `${label}:${lemma}`,
      weight: 1,
      attrs,
    });
    // An agentless passive names no source (GUIDELINES.md §5); the verb keeps attrs.passive.
    if (found.speaker) {
      const a: Attribution = {
        verb: i,
        speaker: found.speaker,
        kind: found.speaker ? speakerKind(t, found.speaker) : 'anonymous',
      };
      attributions.push(a);
      markers.push(sourceMarker(t, a, `${label}:${lemma}`));
    }
    i += hit.length - 1;
  }
  markers.push(...quoteMarkers(t, attributions, quotations));
  // One source per noun phrase (GUIDELINES.md §5): a speaker of two verbs ("said …, blaming …") is one source.
  const seen = new Set<string>();
  return markers.filter((m) => {
    if (m.family !== 'source') return true;
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Report-verb -s forms that are also common plural nouns ("campaign promises", "jobless claims"). */
const NOUN_PLURALS = new Set(['claims', 'promises', 'demands', 'calls', 'reports', 'comments', 'remarks', 'questions', 'pledges', 'vows', 'answers', 'replies', 'protests', 'requests', 'statements', 'denials', 'criticisms', 'tweets', 'quotes', 'notes', 'objections', 'warnings', 'threats', 'posts', 'attacks', 'charges', 'appeals', 'echoes', 'details', 'shares', 'thanks']);
/** Subject pronouns: a report-verb form right after one is a verb whatever the tagger says ("He claims"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
const PERFECT_AUX = new Set(['has', 'have', 'had', 'having']);

/**
 * Is the report-verb form at [i, j) a verb? The parse's VERB, with the lite model's known slips mended: after a
 * subject pronoun ("He claims"), a past participle after a perfect auxiliary ("had informed", tagged ADJ), and an
 * -ing form between an object pronoun and a that-clause or quote ("of him warning that"). A third-person -s form
 * needs a subject before it (or an inverted "…, says X"): "growing calls for", "even states that have" are nouns.
 */
/** Token i follows "as" and a subject of one to four capitalised or determined words ("As The Switch", "as the Post"). */
function asClauseSubject(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i - 1; k >= Math.max(t.ranges[s][0], i - 5) && t.tokens[k + 1].tight; k--) {
    const x = t.tokens[k];
    if (x.lower === 'as') {
      if (k === i - 1 || !(k === t.ranges[s][0] || /[,;:“"‘(—–]\s*$/.test(gapBefore(t, k)))) return false;
      // A publication's or a person's name: one capitalised word ("as TPM notes"), or "the" and capitalised words
      // ("As The Switch notes", "as the Post reports"); not a role ("As campaign promises, …", "As police reports, …").
      const words = t.tokens.slice(k + 1, i);
      if (words.length === 1) return words[0].cap && (words[0].pos === 'PROPN' || words[0].text === words[0].text.toUpperCase());
      return words[0].lower === 'the' && words.slice(1).every((w) => w.cap);
    }
    if (!(x.pos === 'DET' || x.pos === 'PROPN' || x.pos === 'NOUN')) return false;
  }
  return false;
}

function isVerb(t: Tokenized, i: number, j: number): boolean {
  const tok = t.tokens[i];
  let k = i - 1;
  while (k >= 0 && t.tokens[k].sentence === tok.sentence && t.tokens[k + 1].tight && t.tokens[k].pos === 'ADV') k--;
  const before = k >= 0 && t.tokens[k].sentence === tok.sentence ? t.tokens[k] : undefined;
  const next = t.tokens[j];
  const nextSame = next !== undefined && next.sentence === tok.sentence;
  // "Kerry's comment", "the senator's claims": after a possessive the word is a noun, whatever its tag (tune21).
  // (A noun's or a name's "'s", not a pronoun's contraction: "he's said", "it's reported".)
  // (A past form is "has" + participle, "Trump's said repeatedly that …", "The company's denied any wrongdoing",
  // unless it modifies a noun: "Biden's announced pick".)
  const owner = t.tokens[i - 1];
  const perfect = /(?:ed|said|told|written|sworn|spoken|shown)$/.test(tok.lower) && !(t.tokens[j]?.sentence === tok.sentence && t.tokens[j].tight && t.tokens[j].pos === 'NOUN');
  if (owner !== undefined && tok.tight && owner.sentence === tok.sentence && /['’]s$/.test(owner.lower) && (owner.pos === 'NOUN' || owner.pos === 'PROPN') && !perfect) return false;
  if (tok.pos !== 'VERB') {
    if (before && t.tokens[k + 1].tight && SUBJECT_PRONOUNS.has(before.lower)) return true;
    // "As The Switch notes, …", "as the Post reports,": in an "as" clause before its comma the -s word after the
    // subject is the verb.
    if (/[^s]s$/.test(tok.lower) && j - i === 1 && nextSame && /^,/.test(gapBefore(t, j)) && asClauseSubject(t, i)) return true;
    // "are informed by the company": a participle tagged ADJ between a passive auxiliary and its agent.
    if (before && t.tokens[i - 1] === before && PASSIVE_AUX.has(before.lower) && /ed$/.test(tok.lower) && nextSame && next.tight && next.lower === 'by') return true;
    // "what Russian officials call its …": in a free relative the word after its subject is the verb.
    if (j - i === 1 && before && t.tokens[i - 1] === before && tok.tight && (before.pos === 'NOUN' || before.pos === 'PROPN') && /s$/.test(before.lower) && !/s$/.test(tok.lower) && nextSame && freeRelativeSubject(t, k, tok.sentence)) return true;
    if (before && t.tokens[i - 1] === before && PERFECT_AUX.has(before.lower) && /ed$/.test(tok.lower)) return true;
    // "Gov. Dana Holt detailed his plan": an -ed form tagged ADJ between a name and its object's determiner.
    if (/ed$/.test(tok.lower) && before && t.tokens[i - 1] === before && before.pos === 'PROPN' && tok.tight && nextSame && next.tight && (next.pos === 'DET' || POSSESSIVE_DETERMINERS.has(next.lower))) return true;
    // "…, warning that it may …": an -ing form after a comma, before its that-clause, is the participle; "Holt, who
    // …, alleged that …": an -ed form after a comma closing a relative or appositive, before its that-clause.
    if ((tok.lower.endsWith('ing') || tok.lower.endsWith('ed')) && /,/.test(gapBefore(t, i)) && nextSame && next.lower === 'that') return true;
    // "the IMF claims its forecast …", "Her office claims the bill …": an -s form the tagger joined to the noun
    // before it as a compound, between a determined subject and the start of its complement.
    if (/[^s]s$/.test(tok.lower) && j - i === 1 && before && t.tokens[i - 1] === before && tok.tight && (before.pos === 'NOUN' || before.pos === 'PROPN') && !/s$/.test(before.lower) && nextSame && next.tight && (next.lower === 'that' ? !/^(?:VERB|AUX)$/.test(t.tokens[j + 1]?.pos ?? '') : next.pos === 'DET' || next.pos === 'PRON')) {
      const det = t.tokens[i - 2];
      if (det && det.sentence === tok.sentence && before.tight && (det.pos === 'DET' || POSSESSIVE_DETERMINERS.has(det.lower))) return true;
    }
    if (tok.lower.endsWith('ing') && before !== undefined && OBJECT_PRONOUNS.has(before.lower) && nextSame && (next.lower === 'that' || /["“]/.test(gapBefore(t, j)))) return true;
    // "while warning about the debt", "after calling for a vote": an -ing form right after a subordinator, before a
    // preposition, determiner or "that", is its clause's verb.
    if (tok.lower.endsWith('ing') && before !== undefined && t.tokens[i - 1] === before && tok.tight && /^(?:while|when|after|before|since|without|by)$/.test(before.lower) && nextSame && next.tight && (next.pos === 'ADP' || next.pos === 'DET' || next.lower === 'that' || POSSESSIVE_DETERMINERS.has(next.lower))) return true;
    // "“Who are you!” the congressman demands.", "“…,” the mayor's statement states.": an -s form ending the
    // sentence right after the subject that follows a quotation.
    if (/[^s]s$/.test(tok.lower) && j - i === 1 && tok.tight && (!nextSame || next.pos === 'PUNCT') && before !== undefined && t.tokens[i - 1] === before && (before.pos === 'NOUN' || before.pos === 'PROPN') && subjectAfterQuote(t, i - 1)) return true;
    return false;
  }
  // "whether he is fulfilling his campaign promises.": a plural noun after a determined noun, ending its clause.
  // Only as an object ("fulfilling his …", "by his …"), not a reporting clause after a quote ("“…,” the senator vows.").
  if (NOUN_PLURALS.has(tok.lower) && before && t.tokens[k + 1].tight && (before.pos === 'NOUN' || before.pos === 'ADJ') && (POSSESSIVE_DETERMINERS.has(t.tokens[k - 1]?.lower ?? '') || t.tokens[k - 1]?.pos === 'DET') && t.tokens[k - 1].tight && /^(?:VERB|ADP)$/.test(t.tokens[k - 2]?.pos ?? '') && t.tokens[k - 2].sentence === tok.sentence && (!nextSame || !next.tight)) return false;
  // "when reports first broke", "as reports emerged": a plural noun after a subordinator, before its own past verb.
  const sub = t.tokens[i - 1];
  if (/[^s]s$/.test(tok.lower) && j - i === 1 && sub !== undefined && sub.sentence === tok.sentence && tok.tight && /^(?:when|as|after|before|since|until|while|once|because|if)$/.test(sub.lower) && nextSame && next.tight) {
    let v = j;
    while (v < j + 2 && t.tokens[v]?.pos === 'ADV' && t.tokens[v].sentence === tok.sentence) v++;
    const verb = t.tokens[v];
    if (verb && verb.sentence === tok.sentence && verb.pos === 'VERB' && (/ed$/.test(verb.lower) || verb.lemma !== verb.lower) && !/s$/.test(verb.lower)) return false;
    // "When claims of fraud surfaced": the noun with its post-modifier.
    if (next.lower === 'of') return false;
  }
  // "His campaign promises centered on jobs": a plural noun of a compound subject, before its past-tense verb.
  if (NOUN_PLURALS.has(tok.lower) && j - i === 1 && before && t.tokens[i - 1] === before && tok.tight && before.pos === 'NOUN' && !before.cap && nextSame && next.tight && next.pos === 'VERB' && /ed$/.test(next.lower) && (t.tokens[i - 2]?.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.tokens[i - 2]?.lower ?? '')) && t.tokens[i - 2].sentence === tok.sentence) return false;
  if (/[^s]s$/.test(tok.lower) && j - i >= 1) {
    const inverted = /[,"”’']/.test(gapBefore(t, i)) || k < t.ranges[tok.sentence][0];
    if (!inverted && before && t.tokens[k + 1].tight && !(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NUM' || (before.cap && k !== t.ranges[tok.sentence][0]) || /'s$/.test(before.lower) || relativeThatAt(t, k))) return false;
  }
  return true;
}

/** Does the noun phrase ending at token k start right after a closing quotation mark (up to five words back)? */
function subjectAfterQuote(t: Tokenized, k: number): boolean {
  const sentence = t.tokens[k].sentence;
  const first = t.ranges[sentence][0];
  for (let c = k; c >= Math.max(first, k - 5); c--) {
    const tok = t.tokens[c];
    if (!/^(?:NOUN|PROPN|ADJ|DET|NUM|PRON|PART)$/.test(tok.pos) && !/['’]s$/.test(tok.lower)) return false;
    const gap = c === first ? t.body.slice(Math.max(0, tok.start - 4), tok.start) : gapBefore(t, c);
    // The quotation closes on its own punctuation ("…,” the mayor's statement states"), not a quoted modifier of a
    // compound ("rejected the “hush money” payment claims.").
    if (/[,.!?…—–]\s*["”]\s*$/.test(gap)) return true;
    if (c !== first && !tok.tight) return false;
  }
  return false;
}

/** Is token k the end of a noun phrase opened by "what" ("what Russian officials")? Up to three words of it. */
function freeRelativeSubject(t: Tokenized, k: number, sentence: number): boolean {
  for (let c = k - 1; c >= Math.max(0, k - 3); c--) {
    const x = t.tokens[c];
    if (x.sentence !== sentence || !t.tokens[c + 1].tight) return false;
    if (x.lower === 'what') return true;
    if (!(x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ' || x.pos === 'NUM' || x.pos === 'DET' || (x.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(x.lower)))) return false;
  }
  return false;
}

/** "not", "never", "n't" and a copula or auxiliary with it ("wasn't", "isn’t"). */
const NEGATION = /^(?:not|never|.*n['’]t)$/;
/** Verbs after which "to <speak>" reports no words unless their content follows. */
const REFUSALS = new Set(['decline', 'refuse', 'fail', 'neglect',
  // …and adjectives of holding back: "are afraid to promise a vote", "was reluctant to criticize" give no words.
  'afraid', 'reluctant', 'unwilling', 'hesitant', 'loath']);
const CONTENT_WORDS = new Set(['that', 'whether', 'what', 'how', 'why', 'if', 'who', 'when', 'where', 'which']);

/** Determiners and numbers that open an object noun phrase ("added 559,000 jobs", "added the line"). */
const OBJECT_START = new Set(['a', 'an', 'the', 'some', 'more', 'new', 'its', 'their', 'his', 'her']);
/** Words that end the object of "call" before its naming complement could start. */
const CALL_OBJECT_END = new Set(['and', 'but', 'or', 'who', 'which', 'that', 'to', 'after', 'before', 'when', 'while', 'because']);
/** Objects that make "admit" letting people in ("admit new members"), not conceding. */
const ADMITTED_PEOPLE = new Set(['member', 'members', 'student', 'students', 'patient', 'patients', 'refugee', 'refugees', 'migrant', 'migrants', 'immigrant', 'immigrants', 'applicant', 'applicants', 'visitor', 'visitors', 'guest', 'guests', 'fan', 'fans', 'spectator', 'spectators', 'women', 'men', 'girls', 'boys', 'children', 'people', 'state', 'states', 'country', 'countries']);
/** What emergency crews respond to ("responded to a call", "to the scene"): an act, not words. */
const EMERGENCIES = new Set(['call', 'calls', 'scene', 'scenes', 'fire', 'fires', 'blaze', 'emergency', 'emergencies', 'incident', 'alarm', 'alarms', 'crash', 'shooting', 'disturbance', '911']);
/** Nouns that make "dismissed" a speech act ("dismissed the claims"), not a legal act ("dismissed the case"). */
const DISMISSED_SPEECH = new Set(['claim', 'claims', 'allegation', 'allegations', 'criticism', 'concerns', 'idea', 'notion', 'reports', 'suggestion', 'suggestions', 'accusations', 'questions', 'calls', 'speculation', 'talk', 'fears', 'charges',
  // tune12: "dismissed arguments Sunday that the bill offers amnesty".
  'argument', 'arguments', 'assertion', 'assertions', 'complaints', 'warnings', 'rumors', 'rumours', 'theories', 'comparisons', 'criticisms']);

/** What one posts in words ("posted a statement", "posted that …"); a posted video, photo or gallery shares no words of the poster (hand labels). */
const POSTED_CONTENT = new Set(['message', 'messages', 'statement', 'statements', 'tweet', 'tweets', 'comment', 'comments', 'note', 'letter', 'thread', 'update', 'updates', 'response', 'that']);
/** Where a verbal attack is made ("attacked him in a speech"). */
const SPEECH_VENUES = new Set(['speech', 'speeches', 'statement', 'tweet', 'tweets', 'interview', 'op-ed', 'letter', 'post', 'video', 'ad', 'ads', 'remarks', 'column', 'editorial', 'rally', 'debate', 'hearing', 'press']);
/** What one sets out in words ("set out a plan"), not on a journey. */
const SET_OUT_OBJECTS = new Set(['plan', 'plans', 'case', 'vision', 'principles', 'proposal', 'proposals', 'agenda', 'argument', 'arguments', 'demands', 'conditions', 'terms', 'rules', 'guidelines', 'priorities', 'steps', 'position', 'framework', 'strategy', 'reasons', 'details', 'views', 'policy', 'policies', 'goals', 'objectives']);
/** What is shouted in words ("yelled slurs"), not in pain. */
const SHOUTED_WORDS = new Set(['that', 'at', 'insults', 'slurs', 'slur', 'epithet', 'epithets', 'obscenities', 'slogans', 'chants', 'abuse', 'threats', 'orders', 'questions', 'names']);
/** What is denied by withholding it ("denied them entry"), not by saying it is untrue. */
/**
 * The subject of "report" at i is a person or an office holder ("He will report directly to the adviser", "The new
 * director reports directly to the chief"), who reports to a superior; a panel or a whistleblower reporting to someone
 * delivers a report.
 */
function subordinate(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i - 1; k >= Math.max(t.ranges[s][0], i - 4); k--) {
    const x = t.tokens[k];
    if (x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART') continue;
    return /^(?:he|she|who|i|you)$/.test(x.lower) || OFFICE_HOLDERS.has(x.lower);
  }
  return false;
}
const OFFICE_HOLDERS = new Set(['director', 'officer', 'chief', 'adviser', 'advisor', 'manager', 'secretary', 'envoy', 'czar', 'coordinator', 'deputy', 'head', 'administrator', 'commissioner', 'inspector', 'official', 'appointee', 'nominee']);

/** Whom a speaker paints as something: pronouns, and the people, groups and public matters news portrays. */
const OBJECT_PRONOUNS_PAINTED = /^(?:him|her|them|us|me|himself|herself|themselves|itself|it)$/;
const PAINTED = new Set(['opponent', 'opponents', 'rival', 'rivals', 'candidate', 'president', 'senator', 'governor', 'mayor', 'party', 'parties', 'administration', 'government', 'campaign', 'plan', 'bill', 'law', 'policy', 'policies', 'case', 'move', 'decision', 'deal', 'measure', 'proposal', 'program', 'effort', 'issue', 'election', 'vote', 'debate', 'protest', 'protests', 'protesters', 'movement', 'group', 'groups', 'immigrants', 'critics', 'democrats', 'republicans', 'media', 'press', 'investigation', 'probe', 'war', 'conflict', 'agreement', 'nominee', 'leader', 'leaders', 'country', 'state', 'city', 'company', 'industry', 'current', 'economy', 'agenda', 'record', 'side']);

/** Words after "report directly to …" that bring what was reported ("… that", "… about the funds", "… on the audit"). */
const REPORTED_CONTENT = new Set(['that', 'about', 'on', 'what', 'how', 'whether', 'why']);
/** Withheld only from someone named before them ("deny him the nomination"; "denied the nomination was in trouble" is speech). */
const WITHHELD_FROM = new Set(['nomination', 'opportunity', 'chance']);
const WITHHELD = new Set(['service', 'services', 'access', 'entry', 'benefit', 'benefits', 'protection', 'protections', 'permission', 'permit', 'permits', 'visa', 'visas', 'bail', 'parole', 'coverage', 'care', 'treatment', 'funding', 'funds', 'right', 'rights', 'tenure', 'admission', 'application', 'applications', 'request', 'requests', 'entrance', 'passage', 'boarding', 'loans', 'loan', 'credit', 'vote', 'votes', 'seat', 'membership', 'citizenship', 'asylum', 'license', 'licence', 'licenses']);
/** Events one responds to by acting ("respond to the operation"), not by words. */
const EVENT_HEADS = new Set(['operation', 'operations', 'attack', 'attacks', 'hack', 'hacks', 'breach', 'outbreak', 'pandemic', 'crisis', 'disaster', 'storm', 'hurricane', 'flood', 'flooding', 'earthquake', 'invasion', 'incursion', 'surge', 'spike', 'shortage', 'emergency', 'threat', 'threats', 'strike', 'strikes', 'shooting', 'explosion', 'fire', 'wildfire', 'spill', 'collapse', 'recession', 'downturn', 'protests', 'riots', 'unrest', 'violence', 'buildup', 'escalation', 'offensive']);
/** What is claimed by winning or taking it. */
const CLAIMED_THINGS = new Set(['victim', 'victims', 'victory', 'win', 'wins', 'lives', 'life', 'title', 'titles', 'seat', 'seats', 'crown', 'prize', 'championship', 'medal', 'medals', 'nomination', 'majority', 'throne', 'spot', 'place', 'share', 'stake', 'territory', 'land', 'jackpot', 'trophy', 'pole']);
/** Where a demonstration happens ("protest at the site"). */
const PROTEST_PLACES = new Set(['at', 'in', 'outside', 'near', 'on', 'across', 'throughout', 'along', 'around', 'for']);
/** What is presented in words when unveiled or detailed (GUIDELINES.md §4.1 "lay out, set out, outline"). */
const PLAN_WORDS = new Set(['plan', 'plans', 'package', 'proposal', 'proposals', 'agenda', 'budget', 'framework', 'strategy', 'bill', 'legislation', 'initiative', 'policy', 'policies', 'vision', 'platform', 'blueprint', 'roadmap', 'measures', 'reforms', 'guidelines', 'rules', 'priorities']);
/** After "called X a/an": a noun naming X ("an attempt", "a liar"), not a count or a time ("a day later", "a few times"). */
function namedAs(t: Tokenized, k: number, sentence: number): boolean {
  for (let c = k; c < Math.min(k + 4, t.tokens.length) && t.tokens[c].sentence === sentence && t.tokens[c].tight; c++) {
    const x = t.tokens[c];
    if (x.pos === 'ADJ' || x.pos === 'ADV') {
      if (/^(?:few|couple|second|third|fourth|dozen|number|lot|bit|little)$/.test(x.lower)) return false;
      continue;
    }
    return x.pos === 'NOUN' && !/^(?:(?:second|minute|hour|day|night|week|month|year|decade|time)s?|few|couple|lot|bit|number|dozen|while)$/.test(x.lower);
  }
  return false;
}

/** What is declared by an act, not in words ("declared the emergency"). */
const DECLARED_ACTS = new Set(['emergency', 'emergencies', 'disaster', 'war', 'victory', 'bankruptcy', 'independence', 'curfew', 'lockdown', 'ceasefire', 'cease-fire', 'truce', 'quarantine', 'pandemic', 'holiday']);
/** Roles held toward someone ("advisers to the CDC", "the ambassador to China"): the role speaks, not whom it serves. */
const ADVISER_TO = new Set(['adviser', 'advisers', 'advisor', 'advisors', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'aide', 'aides', 'counsel', 'consultant', 'consultants', 'delegate', 'delegates', 'liaison']);
/** Particles of phrasal verbs that take an infinitive ("teamed up to", "came together to", "stepped forward to"). */
const INFINITIVE_PARTICLES = new Set(['up', 'together', 'forward', 'ahead', 'out', 'in', 'back']);
/** Raising predicates after a copula: their subject is the subject of the infinitive ("is expected to announce"). */
const RAISING = new Set(['expected', 'set', 'poised', 'slated', 'scheduled', 'due', 'likely', 'unlikely', 'supposed', 'about', 'going', 'certain', 'sure', 'ready', 'prepared', 'eager',
  // …and adjectives whose subject controls the infinitive ("are afraid to promise", "was quick to condemn").
  'afraid', 'willing', 'unwilling', 'reluctant', 'quick', 'happy', 'careful', 'hesitant', 'loath', 'keen', 'able', 'unable', 'determined', 'anxious']);
/** Plans presented in words besides PLAN_WORDS ("unveiled a new offer", "unveil a set of principles"). */
const UNVEILED = new Set(['offer', 'offers', 'principles', 'counteroffer']);
/** What a speaker hits back at in words. */
const HIT_BACK_TARGETS = new Set(['allegations', 'allegation', 'claims', 'claim', 'criticism', 'critics', 'critic', 'remarks', 'comments', 'comment', 'accusations', 'accusation', 'report', 'reports', 'reporting', 'suggestion', 'suggestions', 'charges', 'attacks', 'statement', 'tweet', 'tweets', 'letter', 'op-ed', 'editorial', 'article', 'story', 'speech', 'words', 'rhetoric', 'question', 'questions']);

/** Money and means directed to a purpose ("directed $2 million to help", "directed funds to support"). */
const FUNDS = new Set(['funds', 'funding', 'money', 'million', 'billion', 'dollars', 'resources', 'aid', 'grants', 'revenue', 'proceeds', 'spending', 'attention', 'energy', 'efforts', 'traffic']);
/** What a side hits back with in arms, not words ("hit back with airstrikes", "with a wave of drones"). */
const ARMS = new Set(['airstrikes', 'airstrike', 'strikes', 'missiles', 'missile', 'drones', 'rockets', 'artillery', 'shelling', 'bombs', 'bombing', 'bombings', 'raids', 'gunfire', 'force', 'troops', 'counterattack', 'counteroffensive', 'sanctions', 'tariffs']);
/** Whom a side hits back at in arms ("hit back at militants in Gaza"). */
const ARMED_TARGETS = new Set(['militants', 'fighters', 'targets', 'positions', 'forces', 'bases', 'troops', 'insurgents', 'rebels', 'gunman', 'gunmen', 'shooter', 'shooters', 'suspect', 'suspects', 'attacker', 'attackers', 'assailant', 'assailants', 'sniper', 'snipers']);

/** Is token k (after the verb ending at j) arms a reply is made with, or an armed target it is made at? */
function armedReply(t: Tokenized, j: number, k: number): boolean {
  const lower = t.tokens[k].lower;
  for (let d = 1; d <= 4 && k - d >= j; d++) {
    const p = t.tokens[k - d].lower;
    if (p === 'with' && ARMS.has(lower)) return true;
    if (p === 'at' && d <= 3 && ARMED_TARGETS.has(lower)) return true;
  }
  return false;
}

/** A participle of saying after a comma later in the sentence ("…, saying it exaggerated the threat"). */
function sayingLater(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i + 1; k < Math.min(i + 20, t.tokens.length) && t.tokens[k].sentence === s; k++) {
    if (/^(?:saying|calling|arguing|accusing|insisting|claiming|adding|noting|warning)$/.test(t.tokens[k].lower) && /,/.test(gapBefore(t, k))) return true;
  }
  return false;
}

/** Proposals offered in words ("the proposal offered by"), not policies, jobs or rewards. */
const OFFERED = new Set(['proposal', 'proposals', 'plan', 'plans', 'package', 'framework', 'compromise', 'deal', 'amendment', 'counterproposal', 'counteroffer', 'alternative']);
/** What is shared in words. */
const SHARED_WORDS = new Set(['information', 'details', 'thoughts', 'views', 'concerns', 'story', 'stories', 'message', 'messages', 'news', 'intelligence', 'secrets', 'findings', 'opinion', 'opinions', 'perspective', 'experience', 'experiences', 'insights', 'remarks', 'statement']);
/** What is echoed in words. */
const ECHOED_WORDS = new Set(['call', 'calls', 'concern', 'concerns', 'sentiment', 'sentiments', 'remarks', 'comments', 'criticism', 'criticisms', 'claim', 'claims', 'view', 'views', 'words', 'warning', 'warnings', 'argument', 'arguments', 'message', 'demand', 'demands', 'complaint', 'complaints', 'praise', 'point', 'points', 'line', 'language', 'rhetoric', 'charge', 'charges']);
/** Particles of a physical "rip" ("ripped through", "ripped off"). */
const RIP_PARTICLES = new Set(['through', 'off', 'out', 'apart', 'up', 'down', 'into', 'open', 'away', 'from', 'across']);

/**
 * The head of the noun phrase that starts at token j (the last noun of its determiners, adjectives, numbers and
 * nouns; "" if none), within the sentence of token i: "denied the funding shortfall" → shortfall, "claimed a
 * resounding victory" → victory. With `ofPhrase`, through "of" ("hundreds of lives" → lives).
 */
function objectHead(t: Tokenized, i: number, j: number, ofPhrase: boolean): string {
  const s = t.tokens[i].sentence;
  let head = '';
  for (let k = j; k < Math.min(j + 8, t.tokens.length) && t.tokens[k].sentence === s && t.tokens[k].tight; k++) {
    const x = t.tokens[k];
    // "claimed a resounding victory Tuesday night": a date ends the object.
    if (DATE_WORDS.has(x.lower)) break;
    if (x.pos === 'NOUN' || x.pos === 'PROPN') head = x.lower;
    else if (ofPhrase && x.lower === 'of' && head) continue;
    else if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || POSSESSIVE_DETERMINERS.has(x.lower))) break;
  }
  return head;
}

/**
 * Scans the words after a verb at [i, j) up to `max` words within its clause (a comma, colon, dash or bracket ends
 * it): true as soon as `cue` holds for a word or (with `quotes`) a quotation mark opens, false at the clause's end.
 */
function cueAhead(t: Tokenized, i: number, j: number, max: number, cue: (k: number) => boolean, quotes = true): boolean {
  const s = t.tokens[i].sentence;
  for (let k = j; k < Math.min(j + max, t.tokens.length) && t.tokens[k].sentence === s; k++) {
    const gap = gapBefore(t, k);
    if (quotes && /["“‘]/.test(gap)) return true;
    if (k > j && /[,;:()—–]/.test(gap)) return false;
    if (cue(k)) return true;
  }
  return false;
}

/** Anonymous heads that are no people: what they suggest is a finding ("media reports suggested"). */
const SUGGESTING_THINGS = new Set(['it', 'report', 'reports', 'media', 'outlets']);

/** The noun phrase ending at token k follows a preposition ("a survey of economists", "released by officials"). */
function objectOfPreposition(t: Tokenized, k: number): boolean {
  const s = t.tokens[k].sentence;
  let m = k;
  while (m - 1 >= 0 && t.tokens[m - 1].sentence === s && t.tokens[m].tight && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(t.tokens[m - 1].pos)) m--;
  const before = t.tokens[m - 1];
  return before !== undefined && before.sentence === s && t.tokens[m].tight && before.pos === 'ADP';
}

/**
 * "Ruiz suggested …": a person suggesting is speech (GUIDELINES.md §4.1); "the figures suggest" is a hedge (§7).
 * Read by the report verbs here and by the hedges (stance.ts), so a "suggest" is one or the other.
 */
export function personSuggests(t: Tokenized, i: number): boolean {
  let k = i - 1;
  // "some lawmakers have suggested", "Ruiz has since suggested": over adverbs and auxiliaries.
  while (k > 0 && (t.tokens[k].pos === 'ADV' || t.tokens[k].lower === 'since' || (t.tokens[k].pos === 'AUX' && /^(?:have|has|had)$/.test(t.tokens[k].lower))) && t.tokens[k].sentence === t.tokens[i].sentence) k--;
  // "Ruiz seemed to suggest": the subject of the verb the infinitive hangs from.
  if (k > 1 && t.tokens[k].lower === 'to' && t.tokens[k - 1].pos === 'VERB' && t.tokens[k - 1].sentence === t.tokens[i].sentence) k -= 2;
  const subject = t.tokens[k];
  const chainStart = i > 3 && t.tokens[i - 1].lower === 'to' && t.tokens[i - 2].lower === 'on' && t.tokens[i - 3].lower === 'going' ? i - 3 : i;
  // A participle after a comma has no subject right before it ("Sales fell in May, suggesting …": not "May").
  const participle = /,/.test(gapBefore(t, chainStart)) && t.tokens[chainStart].lower.endsWith('ing');
  if (!participle && subject !== undefined && subject.sentence === t.tokens[i].sentence && (subject.pos === 'PROPN' || subject.pos === 'PRON' || subject.cap)) return true;
  // "some lawmakers have suggested", "officials suggested": people, not a finding.
  // Not a document ("early reports suggested") nor the object of a preposition ("a survey of economists suggests",
  // "data released by health officials suggests"): those are findings (GUIDELINES.md §7).
  if (!participle && subject !== undefined && subject.sentence === t.tokens[i].sentence && subject.pos === 'NOUN' && ANON.has(subject.lower) && !SUGGESTING_THINGS.has(subject.lower) && !objectOfPreposition(t, k)) return true;
  // "Other officials were less forgiving, suggesting that …", "he said …, going on to suggest": a participle
  // after a comma is the clause subject's, which must be a person or group.
  if (!participle) return false;
  const first = t.ranges[t.tokens[i].sentence][0];
  const clause = clauseSubject(t, first, chainStart);
  if (!clause) return false;
  const end = tokenAt(t, clause.end, first);
  const head = t.tokens[end - 1];
  if (!(head !== undefined && (head.pos === 'PROPN' || head.pos === 'PRON' || ANON.has(head.lower) || UNIQUE_OFFICES.has(head.lower)))) return false;
  // …and the clause must be one of attitude or speech ("were less forgiving", "said the plan was late"): after an
  // act the participle is what the act suggests ("Police found no sign of forced entry, suggesting the killer knew
  // the victim").
  for (let c = end; c < chainStart; c++) {
    const x = t.tokens[c];
    // "Officials in the party, including five senators, were less forgiving": over a parenthetical participle.
    if (/,/.test(gapBefore(t, c)) && x.lower.endsWith('ing')) {
      while (c + 1 < chainStart && !/,/.test(gapBefore(t, c + 1))) c++;
      continue;
    }
    if (x.lemma === 'be') {
      // "were less forgiving", "was quick to": an attitude; a passive is an act ("were arrested at the border").
      let n = c + 1;
      while (n < chainStart && t.tokens[n].pos === 'ADV') n++;
      return !(n < chainStart && t.tokens[n].pos === 'VERB' && /(?:ed|en)$/.test(t.tokens[n].lower));
    }
    if (x.pos !== 'VERB') continue;
    return ATTITUDE_VERBS.has(x.lemma) || REPORT_LEMMAS.has(x.lemma);
  }
  return true;
}

/** Verbs of a clause of attitude whose subject a participle after it speaks for ("were less forgiving, suggesting"). */
const ATTITUDE_VERBS = new Set(['seem', 'appear', 'remain', 'sound', 'become', 'grow', 'look', 'go', 'push', 'hint', 'signal', 'stop', 'speak', 'talk', 'write', 'testify']);
const REPORT_LEMMAS = new Set([...NEUTRAL_REPORT_VERBS, ...LOADED_REPORT_VERBS].filter((v) => !v.includes(' ')));

/**
 * The speech sense of a verb whose lemma also has other senses (GUIDELINES.md §4.1): "admitted to hospital",
 * "added 559,000 jobs", "a judge dismissed the case", "declared a state of emergency", "responded to the
 * crisis by …" are acts, not speech.
 */
function speechSense(t: Tokenized, i: number, j: number, lemma: string): boolean {
  const next = t.tokens[j];
  const same = next !== undefined && next.sentence === t.tokens[i].sentence && next.tight;
  const after = same ? next.lower : '';
  // "declined to testify at a hearing", "refused to comment": no words were given, unless their content is
  // ("declined to say whether …", GUIDELINES.md §4.1: the sentence gives or refers to what was communicated).
  const to = t.tokens[i - 1];
  const head = t.tokens[i - 2];
  // ("was not afraid to criticize", "are no longer hesitant to call for": holding back, denied, is speaking.)
  const negated = (k: number): boolean => t.tokens[k] !== undefined && (NEGATION.test(t.tokens[k].lower) || (t.tokens[k].lower === 'longer' && t.tokens[k - 1]?.lower === 'no'));
  if (to?.lower === 'to' && head && head.sentence === t.tokens[i].sentence && REFUSALS.has(head.lemma) && !(head.pos === 'ADJ' && negated(i - 3))) {
    return CONTENT_WORDS.has(after) || (next !== undefined && next.sentence === t.tokens[i].sentence && /[:"“]/.test(gapBefore(t, j)));
  }
  // "the board's repeated missteps", "a stated goal": a participle between a determiner or possessive and its noun
  // is an adjective (GUIDELINES.md §4.1 "a stated goal").
  // ("the initially reported 473,000": an adverb may grade it, and a number be its noun.)
  const graded = t.tokens[i - 1]?.pos === 'ADV' && t.tokens[i].tight && t.tokens[i - 1].tight;
  const pre = t.tokens[graded ? i - 2 : i - 1];
  // (tune21: "more than 200 pledged delegates": a number before it, a plural noun after it.)
  if (j - i === 1 && /ed$/.test(t.tokens[i].lower) && same && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM') && pre !== undefined && pre.sentence === t.tokens[i].sentence && t.tokens[i].tight && (pre.pos === 'DET' || /['’]s$/.test(pre.lower) || POSSESSIVE_DETERMINERS.has(pre.lower) || (/^\d/.test(pre.text) && !/^(?:1[89]|20)\d\d$/.test(pre.text) && !MONTH_NAMES.has(t.tokens[i - 2]?.lower ?? '') && next.pos === 'NOUN' && /[^s]s$/.test(next.lower)))) return false;
  // "more difficult to predict.", "hard to say": an infinitive after an adjective of difficulty reports nobody's words.
  // ("hard to say whether …" is the hedge of not knowing, GUIDELINES.md §7; nobody says anything.)
  // ("too early to tell voters what it costs" tells someone.)
  if (to?.lower === 'to' && head && head.sentence === t.tokens[i].sentence && (/^(?:difficult|hard|easy|impossible|tough|tricky)$/.test(head.lower) || (/^(?:early|soon)$/.test(head.lower) && t.tokens[i - 3]?.lower === 'too' && !(same && /^(?:NOUN|PROPN|PRON|DET)$/.test(next.pos) && !/^(?:what|whether|how|who|why|if)$/.test(after))))) return false;
  // "with most precincts reporting": election returns counted, nobody's words; "will report directly to the adviser":
  // a line of command.
  // ("Two districts reported that …", "She reported directly to the board about the funds" are speech.)
  // ("99 percent of the precincts reporting in Kentucky": a place after it too, tune21.)
  if (lemma === 'report' && ((t.tokens[i].lower === 'reporting' && /^(?:precincts?|districts?|counties|wards)$/.test(t.tokens[i - 1]?.lower ?? '') && !(same && (after === 'that' || next.pos !== 'ADP'))) || (after === 'directly' && t.tokens[j + 1]?.lower === 'to' && subordinate(t, i) && !cueAhead(t, i, j, 12, (k) => REPORTED_CONTENT.has(t.tokens[k].lower))))) return false;
  switch (lemma) {
    case 'protest': {
      // "protested that the vote was unfair", "“…,” she protested"; not "players protested during the anthem"
      // (a demonstration, no words given).
      if (same && (after === 'that' || next.pos === 'PRON' && /^(?:it|this)$/.test(after))) return true;
      if (next !== undefined && next.sentence === t.tokens[i].sentence && /[:“"]/.test(gapBefore(t, j))) return true;
      // ("…, protested, saying he was asking a valid question": the words follow.)
      if (!same) return sayingLater(t, i) || /[”"]/.test(t.body.slice(t.tokens[t.ranges[t.tokens[i].sentence][0]].start, t.tokens[i].start));
      // ("prompted hundreds to protest at the site", "protested throughout the day", "protested Tuesday outside",
      // "protested peacefully": a demonstration, not words.)
      return !PROTEST_PLACES.has(after) && !/^(?:during|against|over|as|when|after|before|while|by|with|since|until|peacefully|loudly|again|outside)$/.test(after) && !DATE_WORDS.has(after) && next.pos !== 'PUNCT' && next.pos !== 'ADV';
    }
    case 'blast':
      // "blasted out a story" (sent round), "blasted the music": not a verbal attack.
      // (Its object's head, not a title in it: "blasted Speaker Holt", "blasted radio host Tom Brandt" are words.)
      {
        if (after === 'out' || after === 'off' || after === 'through' || after === 'away') return false;
        let h = j;
        while (h + 1 < Math.min(t.tokens.length, j + 5) && t.tokens[h + 1].sentence === t.tokens[i].sentence && t.tokens[h + 1].tight && /^(?:DET|ADJ|ADV|NOUN)$/.test(t.tokens[h].pos) && /^(?:ADJ|ADV|NOUN)$/.test(t.tokens[h + 1].pos)) h++;
        const headWord = t.tokens[h]?.lower ?? '';
        return !/^(?:music|song|songs|single|horn|horns|sirens?|speakers|stereo|ball|hole|rock|water|cannons?)$/.test(headWord) && !cueAhead(t, i, j, 6, (k) => /^(?:cannons?|hoses?)$/.test(t.tokens[k].lower), false) && !/^\d+-\d+$/.test(t.body.slice(t.tokens[Math.min(h + 1, t.tokens.length - 1)].start, t.tokens[Math.min(h + 1, t.tokens.length - 1)].end + 3).trim().split(/\s/)[0] ?? '');
      }
    case 'slam': {
      // "body slammed him to the ground", "slammed the door": a blow, not words.
      if (t.tokens[i - 1]?.lower === 'body' || after === 'shut' || after === 'door' || after === 'down') return false;
      return !cueAhead(t, i, j, 4, (k) => /^(?:ground|floor|wall|door|doors|into|against|shut|brakes|brake|table|fist|phone)$/.test(t.tokens[k].lower), false);
    }
    case 'confirm': {
      // "if confirmed, Judge X would …", "was confirmed as secretary", "confirmed by the Senate": a vote to seat
      // someone, not words.
      const sub = t.tokens[i - 1];
      if (sub !== undefined && sub.sentence === t.tokens[i].sentence && /^(?:if|once|unless|until|when|after|before)$/.test(sub.lower) && after !== 'that') return false;
      // ("The Senate confirmed Ruiz as ambassador", "will not vote to confirm Ms. Lynch".)
      if (to?.lower === 'to' && /^(?:vote|votes|voted|voting)$/.test(head?.lower ?? '')) return false;
      // ("confirmed by the Republican-led Senate": a word may stand before the chamber, tune22.)
      // (Not "the White House", nor "the county board of elections": a vote of a chamber.)
      const chamber = after === 'by' && /^(?:the|a)$/.test(t.tokens[j + 1]?.lower ?? '') && t.tokens.slice(j + 2, j + 4).some((x, n) => x.sentence === t.tokens[i].sentence && /^(?:senate|house|council|committee|board|legislature|assembly)$/.test(x.lower) && !(x.lower === 'house' && t.tokens[j + 1 + n]?.lower === 'white') && !(x.lower === 'board' && t.tokens[j + 3 + n]?.lower === 'of'));
      if (after === 'as' || (t.tokens[j + 1]?.lower === 'as' && next?.pos === 'PROPN') || chamber) return false;
      // "deserves to be confirmed", "poised to be confirmed": a nominee's vote, closing its clause (tune22).
      if (t.tokens[i].lower === 'confirmed' && !same && nomineeVote(t, i)) return false;
      return true;
    }
    case 'concede': {
      // "after Kerry conceded.", "conceded the race": giving up a contest, not conceding a point in words.
      // ("“We lost,” Ruiz conceded.": after a quotation it reports it.)
      if (!same) return /[:“"]/.test(gapBefore(t, j)) || /[”"]/.test(t.body.slice(t.tokens[t.ranges[t.tokens[i].sentence][0]].start, t.tokens[i].start));
      if (after === 'defeat' || after === 'victory') return false;
      return after !== 'the' || !/^(?:race|election|contest|nomination|primary|seat|presidency)$/.test(t.tokens[j + 1]?.lower ?? '');
    }
    case 'admit': {
      // ("admitting to doing things": a confession of acts, tune22; "admitted to hospital", "admitted into" are not.)
      // (Not a place one is admitted to: "nursing school", "boarding school", "processing centers".)
      if (after === 'to' && /ing$/.test(t.tokens[j + 1]?.lower ?? '') && t.tokens[j + 1].pos === 'VERB' && !/^(?:school|schools|home|homes|camp|camps|center|centers|centre|centres|facility|facilities|hospital|hospitals|unit|units|ward|wards|program|programs|college|colleges)$/.test(t.tokens[j + 2]?.lower ?? '')) return true;
      if (after === 'to' || after === 'into') return false;
      // "will admit minority members", "admitted 40 students": letting people in, not conceding in words.
      for (let k = j; k < Math.min(j + 4, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence && t.tokens[k].tight; k++) {
        if (ADMITTED_PEOPLE.has(t.tokens[k].lemma) || ADMITTED_PEOPLE.has(t.tokens[k].lower)) return false;
        if (!/^(?:DET|ADJ|NUM|NOUN)$/.test(t.tokens[k].pos)) break;
      }
      return true;
    }
    case 'add': {
      // Past adverbs: "added just 266,000 jobs", "added far fewer jobs".
      let k = j;
      while (k < t.tokens.length && t.tokens[k].sentence === t.tokens[i].sentence && t.tokens[k].tight && t.tokens[k].pos === 'ADV') k++;
      const obj = t.tokens[k];
      const near = obj !== undefined && obj.sentence === t.tokens[i].sentence && obj.tight;
      const w = near ? obj.lower : '';
      return !(w === 'to' || w === 'into' || w === 'up' || w === 'on' || w === 'fewer' || w === 'more' || OBJECT_START.has(w) || (near && (obj.pos === 'NUM' || obj.pos === 'NOUN' || /^\d/.test(obj.text))));
    }
    case 'deny': {
      // Withholding, not a denial in words: "denied to them", "denying services", "denied them entry".
      if (after === 'to') return false;
      // "denied them entry": a pronoun before the thing withheld.
      const indirect = same && ((next.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(next.lower)) || next.pos === 'PROPN');
      const obj = same && next.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(next.lower) ? objectHead(t, i, j + 1, false) : objectHead(t, i, j, false);
      return !(WITHHELD.has(obj) || (indirect && WITHHELD_FROM.has(obj)));
    }
    case 'dismiss': {
      // Its object: "dismissed the claims", "dismissed arguments Sunday that …", "dismissed it as", "dismissed by many
      // as"; not "the suit may
      // be dismissed, considering the oral arguments" (a court's act, the speech further on).
      for (let k = j; k < Math.min(j + 6, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence; k++) {
        if (t.tokens[k].lower === 'as' || DISMISSED_SPEECH.has(t.tokens[k].lower)) return true;
        if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.tokens[k].pos) && !/^(?:that|this|these|those|by)$/.test(t.tokens[k].lower)) break;
        // (Quote marks may stand inside the object: "the “deep state” conspiracy reports".)
        if (/[,;:.()—–]/.test(gapBefore(t, k))) break;
      }
      // "he dismissed them, saying …": the words follow, when the object stands for words (not "dismissed three
      // employees, saying", "dismissed the appeal, saying").
      return /^(?:it|them|this|that|those|these)$/.test(after) && sayingLater(t, i);
    }
    case 'declare': {
      // "declared a state of emergency", "declared the emergency", "declared war": acts, not speech.
      if (after === 'a' || after === 'an' || after === 'war' || after === 'victory' || after === 'bankruptcy' || cueAhead(t, i, j, 4, (k) => DECLARED_ACTS.has(t.tokens[k].lower), false)) return false;
      // tune16: "the judge declared the clerk in contempt of court", "doctors declared him dead", "was declared
      // dead", "declared the company bankrupt": a finding of fact or law, not words (not "declared the bill dead on
      // arrival", "declared her contempt for the ruling").
      let k = j;
      while (k < j + 4 && t.tokens[k]?.sentence === t.tokens[i].sentence && t.tokens[k].lower !== 'that' && !/^(?:in|dead|bankrupt|insolvent)$/.test(t.tokens[k].lower)) k++;
      const w = t.tokens[k]?.sentence === t.tokens[i].sentence ? t.tokens[k].lower : '';
      if (w === 'in' && t.tokens[k + 1]?.lower === 'contempt') return false;
      const passive = PASSIVE_AUX.has(t.tokens[i - 1]?.lower ?? '');
      const person = /^(?:him|her|them|itself|himself|herself|themselves)$/.test(after) || (k > j && /^(?:company|firm|bank|city|victim|man|woman|patient|suspect|child|soldier)$/.test(t.tokens[k - 1].lower));
      return !(/^(?:dead|bankrupt|insolvent)$/.test(w) && (passive || person));
    }
    case 'respond':
    case 'answer': {
      // "responded to a call at 1:30 a.m.", "answered the alarm": crews attending an emergency, not words.
      if (lemma === 'respond' || lemma === 'answer') {
        let k = after === 'to' ? j + 1 : j;
        while (k < Math.min(j + 4, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence && /^(?:DET|ADJ|NUM)$/.test(t.tokens[k].pos)) k++;
        const obj = t.tokens[k];
        if (obj !== undefined && obj.sentence === t.tokens[i].sentence && EMERGENCIES.has(obj.lower)) return false;
        // "had to respond to a phishing operation": an event answered by acts, unless words follow
        // (a quote, ", saying", "in a statement").
        if (lemma === 'respond' && after === 'to') {
          let h = j + 1;
          while (h < Math.min(j + 8, t.tokens.length) && t.tokens[h].sentence === t.tokens[i].sentence && t.tokens[h].tight && (/^(?:DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(t.tokens[h].pos) || (/(?:ing|ed)$/.test(t.tokens[h].lower) && t.tokens[h + 1]?.pos === 'NOUN')) && !(t.tokens[h].pos === 'NOUN' && EVENT_HEADS.has(t.tokens[h].lower))) h++;
          const head = t.tokens[h];
          if (head?.pos === 'NOUN' && EVENT_HEADS.has(head.lower) && !cueAhead(t, i, h + 1, 10, (k) => t.tokens[k].lower === 'saying' || SPEECH_VENUES.has(t.tokens[k].lower))) return false;
        }
      }
      // "responded to the controversy by posting …": an action, not words.
      for (let k = j; k < Math.min(j + 8, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence; k++) {
        if (t.tokens[k].lower === 'by' && t.tokens[k + 1]?.lower.endsWith('ing')) return false;
      }
      return true;
    }
    case 'call': {
      // Naming in words: "called it the “proper course”", "whom he called a “demagogue”", "what officials call its
      // largest exercise"; not "called the police", "a bill called".
      // "what critics call …", "what Russian officials call …": "what" up to four words before.
      // "what state they call home": a place one lives in, not a name given.
      if (after === 'home') return false;
      for (let k = i - 1; k >= Math.max(0, i - 4) && t.tokens[k].sentence === t.tokens[i].sentence; k--) if (t.tokens[k].lower === 'what') return true;
      // "called Tuesday for a review": a date between the verb and its particle.
      let d = j;
      while (d < t.tokens.length && t.tokens[d].sentence === t.tokens[i].sentence && DATE_WORDS.has(t.tokens[d].lower)) d++;
      if (d > j && (t.tokens[d]?.lower === 'for' || t.tokens[d]?.lower === 'on')) return true;
      // "called the harbour plan drawn up by the county board a “giveaway …”": the object may be a long noun
      // phrase; a comma or a new clause ("called the police, who said “…”") ends the search.
      const stop = Math.min(j + 12, t.tokens.length);
      for (let k = j; k < stop && t.tokens[k].sentence === t.tokens[i].sentence; k++) {
        if (/["“‘]/.test(gapBefore(t, k))) return true;
        if (k > j && (/[,;:()—–]/.test(gapBefore(t, k)) || CALL_OBJECT_END.has(t.tokens[k].lower))) return false;
        // "called the department's action an attempt to …", "called him a liar": the name given after the object.
        if (k > j && (t.tokens[k].lower === 'a' || t.tokens[k].lower === 'an') && /^(?:NOUN|PROPN|PRON)$/.test(t.tokens[k - 1].pos) && t.tokens[k].tight && namedAs(t, k + 1, t.tokens[i].sentence)) return true;
      }
      return false;
    }
    case 'chant':
      // "chanted “Murderer!”", "chanted slogans"; not "the monks' chant" (a noun never reaches here).
      return (next !== undefined && next.sentence === t.tokens[i].sentence && /[:“"]/.test(gapBefore(t, j))) || /^(?:slogans?|names?|chants?)$/.test(after) || cueAhead(t, i, j, 3, (k) => /^(?:slogans?|chants?)$/.test(t.tokens[k].lower), false);
    case 'put it':
      // "puts it even more starkly", "as Ruiz put it,", "put it this way: …"; not "put it in the fridge".
      return !/^(?:in|on|into|back|down|away|off|together|up|aside|forward|out|through|to|at|over|under|behind|before)$/.test(after);
    case 'call out':
      // "called out Mr. Rubio", "call out Clinton in more glaring terms"; not "called out the National Guard".
      return next !== undefined && next.sentence === t.tokens[i].sentence && (next.pos === 'PROPN' || /^(?:him|her|them|me|us)$/.test(after) || (next.pos === 'DET' && /^(?:PROPN|NOUN)$/.test(t.tokens[j + 1]?.pos ?? '') && !/^(?:guard|troops|army|militia|police|reserves)$/.test(t.tokens[j + 1 + (t.tokens[j + 1]?.pos === 'PROPN' && t.tokens[j + 2]?.pos === 'PROPN' ? 1 : 0)]?.lower ?? ''))) && !cueAhead(t, i, j, 4, (k) => /^(?:guard|troops|army|militia|reserves)$/.test(t.tokens[k].lower), false);
    case 'press': {
      // "pressed the U.S. to pay", "pressed him to resign"; not "pressed charges", "pressed the button to start".
      let k = j;
      // (A dotted abbreviation, "the U.S.", is two tokens with full stops between.)
      const joined = (k: number): boolean => /^[.\s]*$/.test(gapBefore(t, k)) && !/\.\s/.test(gapBefore(t, k)) || /^\.\s$/.test(gapBefore(t, k)) && t.tokens[k - 1].text.length === 1;
      while (k < j + 5 && t.tokens[k]?.sentence === t.tokens[i].sentence && joined(k) && /^(?:DET|PROPN|PRON|NOUN|ADJ)$/.test(t.tokens[k].pos)) k++;
      const object = t.tokens[k - 1];
      // (Any body or person: "pressed the agency to", "pressed her colleagues to"; not a thing pressed.)
      const person = object !== undefined && k > j && (object.pos === 'PROPN' || object.pos === 'NOUN' || /^(?:him|her|them|us|me)$/.test(object.lower)) && !/^(?:button|buttons|key|keys|pedal|lever|brake|brakes|charges|case|point|advantage|flesh|switch|trigger|hand|hands|palm|palms|face)$/.test(object.lower);
      return person && t.tokens[k]?.lower === 'to' && joined(k) && t.tokens[k + 1]?.pos === 'VERB';
    }
    case 'portray':
      // "The actor portrayed Lincoln as …", "the film portrays the mayor as …": acting, not words.
      for (let k = i - 1; k >= Math.max(t.ranges[t.tokens[i].sentence][0], i - 3); k--) if (/^(?:actor|actress|actors|film|films|movie|movies|show|series|play|novel|painting|portrait|drama|documentary|sitcom|cartoon)$/.test(t.tokens[k].lower)) return false;
    // falls through
    case 'label':
    case 'dub': {
      // "labeled the plan “rushed”", "was dubbed “the toll” by critics", "labeled him as a risk": the name given;
      // not "labeled the boxes", "food labeled organic" (no quote, no "as"), nor an agentless participle opening
      // the sentence, where the writer gives a name ("Dubbed the “Fair Deal Act,” the law …").
      if (i === t.ranges[t.tokens[i].sentence][0]) return distantAgent(t, j, t.ranges[t.tokens[i].sentence][1]) !== undefined;
      for (let k = j; k < Math.min(j + 8, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence; k++) {
        if (/["“‘]/.test(gapBefore(t, k)) || t.tokens[k].lower === 'as') return true;
        if (k > j && /[,;:()—–]/.test(gapBefore(t, k))) return false;
      }
      return false;
    }
    case 'suggest':
      return personSuggests(t, i);
    case 'recall':
      return after !== 'the' && after !== 'its';
    case 'post':
      // A quoted name after it is what was posted ("posting an “outtakes” gallery"), not words.
      return cueAhead(t, i, j, 8, (k) => POSTED_CONTENT.has(t.tokens[k].lower), false);
    case 'attack':
      // In words: "attacked the plan as …", "attacked him for his …", "attacked Ruiz in a speech"; not "attacked the convoy".
      return cueAhead(t, i, j, 10, (k) => {
        const w = t.tokens[k].lower;
        const n = t.tokens[k + 1];
        // "attacked the plan as a giveaway", not "attacked the convoy as it left".
        if (w === 'as') return n !== undefined && /^(?:DET|ADJ|NOUN)$/.test(n.pos);
        if (w === 'for') return n !== undefined && (POSSESSIVE_DETERMINERS.has(n.lower) || (n.lower.endsWith('ing') && n.pos === 'VERB'));
        if (w === 'in' || w === 'during') for (let m = k + 1; m < Math.min(k + 4, t.tokens.length) && t.tokens[m].sentence === t.tokens[i].sentence; m++) if (SPEECH_VENUES.has(t.tokens[m].lower)) return true;
        return false;
      });
    case 'set out':
      return !(after === 'to' || after === 'for' || after === 'on') && cueAhead(t, i, j, 6, (k) => SET_OUT_OBJECTS.has(t.tokens[k].lower));
    case 'advise':
      return cueAhead(t, i, j, 8, (k) => t.tokens[k].lower === 'to' || t.tokens[k].lower === 'that');
    case 'assure':
    case 'reassure':
      return cueAhead(t, i, j, 8, (k) => t.tokens[k].lower === 'that');
    case 'recount': {
      // "recounted the ballots": counting again, not telling.
      for (let k = j; k < Math.min(j + 4, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence; k++) if (/^(?:ballots?|votes?)$/.test(t.tokens[k].lower)) return false;
      return true;
    }
    case 'counter': {
      // "countered that …", "“…,” countered Ruiz"; not "to counter China's influence".
      // Inverted speech verbs are finite ("countered Ruiz"); "…, countering Biden's plan with …" is an act.
      const inverted = /["”’,]/.test(gapBefore(t, i)) && !t.tokens[i].lower.endsWith('ing') && same && next.cap;
      return after === 'that' || inverted || (next !== undefined && next.sentence === t.tokens[i].sentence && /[:"“]/.test(gapBefore(t, j)));
    }
    case 'refer to':
      // Naming in words, like "describe as": "a date Ruiz once referred to as “a holiday”"; not "the term refers to".
      return cueAhead(t, i, j, 10, (k) => t.tokens[k].lower === 'as', false);
    case 'appeal':
      return after === 'for';
    case 'plead':
      return after === 'with' || after === 'for';
    case 'charge':
      return after === 'that';
    case 'rip': {
      if (RIP_PARTICLES.has(after)) return false;
      if (same && (next.pos === 'PRON' || next.pos === 'PROPN') && RIP_PARTICLES.has(t.tokens[j + 1]?.lower ?? '')) return false;
      return (same && (next.pos === 'PROPN' || (next.pos === 'PRON' && next.lower !== 'it' && !POSSESSIVE_DETERMINERS.has(next.lower)))) || cueAhead(t, i, j, 8, (k) => t.tokens[k].lower === 'for' || t.tokens[k].lower === 'as');
    }
    case 'yell':
    case 'shout':
    case 'scream':
      return cueAhead(t, i, j, 8, (k) => SHOUTED_WORDS.has(t.tokens[k].lower));
    case 'pan':
      // "panned by critics", "panned the plan as …", "Pundits panned his debate performances"; not "the camera
      // panned across the crowd", "panned for gold".
      if (after === 'by') return true;
      // (A judged work or act as its object: not "panned the camera across the stage", "panned the river for gold".)
      return same && /^(?:DET|PROPN|PRON|NOUN)$/.test(next.pos) && (cueAhead(t, i, j, 8, (k) => t.tokens[k].lower === 'as', false) || cueAhead(t, i, j, 5, (k) => /^(?:performances?|speech(?:es)?|plans?|proposals?|film|films|movie|movies|book|books|show|shows|debates?|ideas?|decisions?|remarks|bill|bills|policy|policies|budget|album|deal|nominee|nomination|response|record)$/.test(t.tokens[k].lower), false));
    case 'knock':
      // "knocking him for being vague", "knocked Ruiz for the delay"; not "knocked on the door", "knocked out".
      // (Not "knocked him down for a moment", "knocked Smith out for the season".)
      return same && (next.pos === 'PROPN' || /^(?:him|her|them)$/.test(after) || (next.pos === 'DET' && t.tokens[j + 1]?.pos === 'NOUN')) && cueAhead(t, i, j, 4, (k) => t.tokens[k].lower === 'for', false) && !cueAhead(t, i, j, 3, (k) => /^(?:out|down|off|over|back|unconscious)$/.test(t.tokens[k].lower), false);
    case 'fault':
      // "faulted by members", "faulted the agency for"; the noun never reaches here.
      // ("faulted on her serve": tennis.)
      return after !== 'on' && (after === 'by' || cueAhead(t, i, j, 6, (k) => t.tokens[k].lower === 'for', false) || sayingLater(t, i));
    case 'challenge':
      // "challenged Busch to say how …", "challenged him to debate"; not "challenged the ruling in court".
      // (The person right before "to": not "challenged Obama's efforts to normalize relations".)
      {
        let k = j;
        while (k < j + 3 && t.tokens[k]?.sentence === t.tokens[i].sentence && (t.tokens[k].pos === 'PROPN' || /^(?:him|her|them|me|us)$/.test(t.tokens[k].lower)) && !/['’]s$/.test(t.tokens[k].lower)) k++;
        return k > j && t.tokens[k]?.lower === 'to' && t.tokens[k + 1]?.pos === 'VERB';
      }
    case 'echo':
      // Words taken up ("echoed their calls", "were echoed by three senators"); not "shots echoed".
      return after === 'by' || cueAhead(t, i, j, 6, (k) => ECHOED_WORDS.has(t.tokens[k].lower));
    case 'argue':
      // "has argued dozens of cases before the Supreme Court": a lawyer's advocacy, no words reported (tune22).
      // (Plural only, and no clause after them: "argued the case was politically motivated", "argued the case for
      // intervention" are words.)
      return !(/^(?:cases|appeals|motions)$/.test(objectHead(t, i, j, true)) && !clauseAfterObject(t, j));
    case 'claim':
      // "claimed victory", "claimed hundreds of lives": winning or taking, not an assertion.
      // ("claimed victims had been ignored": a clause, words again.)
      return !(CLAIMED_THINGS.has(objectHead(t, i, j, true)) && !clauseAfterObject(t, j));
    case 'offer':
      // "she offered this: “…”", "offered: “…”": words given after a colon.
      if (/[:“"]/.test(gapBefore(t, j)) || (after === 'this' && /:/.test(gapBefore(t, j + 1)))) return true;
      // "the proposal offered by Mr. Biden", "offered a plan": a proposal put in words; not "offered jobs".
      return OFFERED.has(t.tokens[i - 1]?.lower ?? '') || cueAhead(t, i, j, 6, (k) => OFFERED.has(t.tokens[k].lower), false);
    case 'lie about': {
      // "he lied about the crowd", "They lie about everything"; not "The town lies about 20 miles north", "the truth
      // lies about halfway", nor the noun ("Trump's lies about the election").
      const tok = t.tokens[i];
      if (/['’]s$/.test(t.tokens[i - 1]?.lower ?? '') || t.tokens[i - 1]?.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.tokens[i - 1]?.lower ?? '')) return false;
      const measured = t.tokens[j] === undefined || t.tokens[j].pos === 'NUM' || /^(?:halfway|midway|as|where|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)$/.test(t.tokens[j].lower);
      if (measured) return false;
      if (tok.lower === 'lied') return true;
      const subject = t.tokens[i - 1];
      return subject !== undefined && subject.sentence === tok.sentence && (/^(?:i|you|we|they|he|she|to)$/.test(subject.lower) || subject.pos === 'PROPN');
    }
    case 'paint': {
      // "painted Sullivan as soft on crime", "painted the plan as a giveaway": a name given to a person, a group or a
      // public matter right after it; not "painted the walls white as part of", "painted murals as a teenager",
      // "painted slogans on as many as 20 cars", "painted a grim picture".
      const s = t.tokens[i].sentence;
      let k = j;
      let head: Token | undefined;
      for (; k < j + 5 && t.tokens[k]?.sentence === s && t.tokens[k].tight && t.tokens[k].lower !== 'as'; k++) {
        const x = t.tokens[k];
        if (x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON') head = x;
        else if (!(x.pos === 'DET' || x.pos === 'ADJ' || POSSESSIVE_DETERMINERS.has(x.lower))) return false;
      }
      if (head === undefined || t.tokens[k]?.lower !== 'as' || /^(?:many|much|part|well|soon|long|far)$/.test(t.tokens[k + 1]?.lower ?? '')) return false;
      // "as a teenager", "as a hobby", "as a favor", "as a protest": the painter's time or purpose.
      if (/^(?:a|an)$/.test(t.tokens[k + 1]?.lower ?? '') && /^(?:teenager|child|student|boy|girl|hobby|favor|favour|protest|gift|tribute|kid|youth)$/.test(t.tokens[k + 2]?.lower ?? '')) return false;
      return head.pos === 'PROPN' || (head.pos === 'PRON' && OBJECT_PRONOUNS_PAINTED.test(head.lower)) || PAINTED.has(head.lower);
    }
    case 'cast': {
      // "cast the widening gap as a symptom", "cast him as a Washington insider": a name given, like "portray";
      // not "cast a ballot", "cast doubt on", "cast a shadow", "cast aside".
      if (/^(?:doubt|doubts|aside|off|out|votes?|ballots?|lots?)$/.test(after)) return false;
      if (cueAhead(t, i, j, 4, (k) => /^(?:vote|votes|ballot|ballots|shadow|spell|net|pall|glance|line|die|eye|eyes|light|spotlight)$/.test(t.tokens[k].lower), false)) return false;
      return cueAhead(t, i, j, 10, (k) => t.tokens[k].lower === 'as', false);
    }
    case 'project':
      // "CNN is projecting that she has won": a forecast in words; not "projected power", "projected onto a screen".
      // (Not a participle after a comma, whose speaker the clause before may not name: "highlighted comments from
      // an economist, projecting that …".)
      // ("projected that confidence throughout the debate": "that" as a determiner, no clause after it.)
      return after === 'that' && !(/ing$/.test(t.tokens[i].lower) && /,/.test(gapBefore(t, i))) && clauseAfterThat(t, j);
    case 'unveil':
      return cueAhead(t, i, j, 8, (k) => PLAN_WORDS.has(t.tokens[k].lower) || UNVEILED.has(t.tokens[k].lower), false);
    case 'continue': {
      // "“…?” Ruiz continued.", "she continued: “…”": going on speaking; not "continued to rise", "continued the talks".
      // An opening mark sits right before the next word (a closing one after the verb, "“determined to continue” the
      // operation", is followed by a space).
      if (next !== undefined && next.sentence === t.tokens[i].sentence && (/:/.test(gapBefore(t, j)) || /^\s*(?:,\s*)?[“"]$/.test(gapBefore(t, j)))) return true;
      // ("…,” Miller continued in a statement.": where it was said may close the clause, tune22.)
      const venue = same && after === 'in' && /^(?:a|an|the|his|her|their)$/.test(t.tokens[j + 1]?.lower ?? '') && SPEECH_VENUES.has(t.tokens[j + 2]?.lower ?? '') && (t.tokens[j + 3] === undefined || t.tokens[j + 3].sentence !== t.tokens[i].sentence || /^[.,;!?]/.test(gapBefore(t, j + 3)));
      if (same && next.pos !== 'PUNCT' && !venue) {
        // Inverted after the quotation: "“…,” continued Ruiz."
        if (!/["”]/.test(gapBefore(t, i))) return false;
        return next.pos === 'PROPN' || INVERTED_DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower);
      }
      // At the clause's end: a closing quotation mark at most three words before it.
      const ends = venue || next === undefined || next.sentence !== t.tokens[i].sentence || /^[.,;!?]/.test(gapBefore(t, j));
      if (!ends) return false;
      const first = t.ranges[t.tokens[i].sentence][0];
      // The quotation closes on its own punctuation ("…,” the mayor continued"), not after a quoted modifier ("the
      // “peace process” continued").
      for (let k = i; k > Math.max(first, i - 3); k--) if (/[,.!?…—–]\s*[”"]\s*$/.test(gapBefore(t, k))) return true;
      // A quotation ending in "?" or "!" is a sentence of its own: the mark then stands before this one, and a
      // speaker opens the sentence ("“Why?” Ruiz continued."; not "“Why?” The search continued.", nor a sentence
      // after a quoted statement, "… home.” The protest continued.").
      const subject = t.tokens[i - 1];
      return i - first <= 3 && /[?!]\s*["”]\s*$/.test(t.body.slice(Math.max(0, t.tokens[first].start - 4), t.tokens[first].start)) && subject !== undefined && (subject.pos === 'PROPN' || PRONOUNS.has(subject.lower) || ANON.has(subject.lower) || UNIQUE_OFFICES.has(subject.lower));
    }
    case 'direct': {
      // "directed the agencies to “redouble their efforts”", "directs that the data be published": a directive
      // given in words; not "directed the film", "directed traffic", "anger directed at".
      if (after === 'at' || after === 'to' || after === 'toward' || after === 'towards' || after === 'by') return false;
      // "asked the judge to direct the clerk to …": a directive asked for (a court's act), not one given.
      if (t.tokens[i - 1]?.lower === 'to' && t.tokens[i].lower === 'direct') return false;
      if (after === 'that') return true;
      for (let k = j; k < Math.min(j + 6, t.tokens.length) && t.tokens[k].sentence === t.tokens[i].sentence; k++) {
        if (k > j && /[,;:()—–]/.test(gapBefore(t, k))) return false;
        // "directed $2 million to help", "directs funds to support": money sent to a purpose, not an order.
        if (FUNDS.has(t.tokens[k].lower) || /^[$£€]/.test(t.body.slice(t.tokens[k].start - 1, t.tokens[k].start + 1).trim())) return false;
        if (t.tokens[k].lower === 'to') return k + 1 < t.tokens.length && (t.tokens[k + 1].pos === 'VERB' || t.tokens[k + 1].pos === 'AUX' || /["“]/.test(gapBefore(t, k + 1)));
      }
      return false;
    }
    case 'remind':
      // "reminded Americans that …", "reminded reporters: “…”": words given; not "reminded of the war", "reminds me of".
      return cueAhead(t, i, j, 6, (k) => t.tokens[k].lower === 'that');
    case 'hit back':
    case 'fire back':
      // In words: "hit back at the allegations", "hit back at the bill, saying …", "hit back: “…”"; not "hit back
      // with airstrikes".
      if (/[:“"]/.test(gapBefore(t, j))) return true;
      // "When O'Reilly fired back, calling Putin a killer": the words follow as a participle.
      if (!same && sayingLater(t, i) && !cueAhead(t, i, j, 12, (k) => armedReply(t, j, k), false)) return true;
      // "hit back at Russian attacks with a wave of drones", "hit back at militants in Gaza, saying …": in arms.
      if (cueAhead(t, i, j, 12, (k) => armedReply(t, j, k), false)) return false;
      return after === 'at' && (cueAhead(t, i, j, 10, (k) => HIT_BACK_TARGETS.has(t.tokens[k].lower)) || sayingLater(t, i));
    case 'share': {
      // "the information Kerry allegedly shared", "shared her concerns": words passed on, not "shared a meal".
      for (let k = i - 1; k >= Math.max(t.ranges[t.tokens[i].sentence][0], i - 5); k--) if (SHARED_WORDS.has(t.tokens[k].lower)) return true;
      return cueAhead(t, i, j, 6, (k) => SHARED_WORDS.has(t.tokens[k].lower), false);
    }
    case 'detail':
      // "detailed his plan": the plan's words set out; "detailed" as an adjective never reaches here.
      return same && (next.pos === 'DET' || POSSESSIVE_DETERMINERS.has(next.lower) || PLAN_WORDS.has(next.lower));
    case 'hail':
      return after !== 'from' && !cueAhead(t, i, j, 3, (k) => /^(?:cab|cabs|taxi|taxis|ride)$/.test(t.tokens[k].lower));
    case 'state':
      // "send to state and local police", "state lawmakers": the noun the lite model may tag VERB.
      // Only the bare form is ambiguous ("stated Thursday", "stated former …" are verbs).
      return !(t.tokens[i].lower === 'state' && same && !DATE_WORDS.has(after) && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'CCONJ' || next.pos === 'PROPN'));
    default:
      return true;
  }
}

/** "A spokeswoman for the office, Rebekah Carmichael, said": a name set beside the speaker before its verb. */
function appositiveName(t: Tokenized, end: number): boolean {
  const from = tokenAt(t, end, 0);
  const s = t.tokens[from]?.sentence;
  for (let k = from; k < t.tokens.length && k < from + 12 && t.tokens[k].sentence === s && t.tokens[k].pos !== 'VERB'; k++) {
    // A person's name, first and last ("Rebekah Carmichael"), not an employer's ("for the airline, Delta,").
    if (/,/.test(gapBefore(t, k)) && t.tokens[k].pos === 'PROPN' && t.tokens[k].cap && t.tokens[k + 1]?.pos === 'PROPN' && t.tokens[k + 1].cap && t.tokens[k + 1].tight) return true;
  }
  return false;
}

/** Offices held by one person ("a spokesman", "a senator"), as against the bodies in UNIQUE_OFFICES. */
const PERSON_OFFICES = new Set(['president', 'governor', 'mayor', 'sheriff', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'premier', 'chancellor', 'judge', 'jurist', 'senator', 'leader', 'hopeful', 'candidate', 'nominee', 'ambassador', 'prosecutor', 'counsel', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'founder', 'director', 'chief']);
/** Heads that designate one office-holder or body the reader can identify ("the governor", "the committee"). */
const UNIQUE_OFFICES = new Set([...PERSON_OFFICES, 'speaker', 'committee', 'campaign', 'court', 'government', 'administration', 'ministry', 'department', 'agency', 'company', 'office']);

/** The article writes this word capitalised somewhere but at a sentence's start: a name there, not only a sentence opener. */
function capitalisedMidSentence(t: Tokenized, word: Token['word']): boolean {
  return t.tokens.some((x, n) => x.word === word && x.cap && t.ranges[x.sentence][0] !== n);
}

/**
 * How a speaker is referred to: pronoun when it is a personal pronoun alone; anonymous when the head is an unnamed
 * group or role (officials, sources, hackers); named when the phrase holds a proper name (from the parse) or
 * designates a unique office-holder.
 */
function speakerKind(t: Tokenized, speaker: { start: number; end: number; text: string }): Attribution['kind'] {
  const words = speaker.text.toLowerCase().replace(/’/g, "'").split(/\s+/);
  // "Officials familiar with the matter": the head comes before "familiar".
  const familiar = words.indexOf('familiar');
  const head = words[familiar > 0 ? familiar - 1 : words.length - 1].replace(/'s$/, '');
  if (words.length === 1 && (PRONOUNS.has(head) || OBJECT_PRONOUNS.has(head))) return 'pronoun';
  if (ANON.has(head)) return 'anonymous';
  // "a Port Authority spokesman", "a spokesman for the RNC", "a Republican senator": one unnamed person, described by
  // employer or role (GUIDELINES.md §5), unlike "a Port Authority statement", whose author is named.
  const at = tokenAt(t, speaker.start, 0);
  const article = t.tokens[at - 1];
  // (A common noun: "An incredulous Bob Schieffer" is a name.)
  const headToken = t.tokens[tokenAt(t, speaker.end, 0) - 1];
  const person = !headToken?.cap && (PERSON_OFFICES.has(head) || (PERSON_LIKE.test(head) && !SPEAKING_DOCUMENTS.has(head) && !DOCUMENT_HEADS.has(head)));
  if (article && (article.lower === 'a' || article.lower === 'an') && article.sentence === t.tokens[at]?.sentence && person && !appositiveName(t, speaker.end)) return 'anonymous';
  // "Ruiz issued a statement saying …", "Trump released a statement lambasting …", "sent her a letter citing …": a
  // document its named author issued is named (GUIDELINES.md §5: the author is named).
  if ((SPEAKING_DOCUMENTS.has(head) || DOCUMENTS_SENT.has(head)) && at > 0) {
    let v = at - 1;
    if (v > 0 && t.tokens[v].pos === 'DET') v--;
    if (v > 0 && /^(?:her|him|them|us|me|out)$/.test(t.tokens[v].lower)) v--;
    // "A statement released by Ruiz said": the author after the participle.
    const after = tokenAt(t, speaker.end, 0);
    const by = t.tokens[after + 1];
    if (t.tokens[after]?.sentence === t.tokens[at].sentence && ISSUING.has(t.tokens[after].lemma) && by?.lower === 'by' && t.tokens[after + 2]?.pos === 'PROPN') return 'named';
    const verb = t.tokens[v];
    const open = t.ranges[t.tokens[at].sentence][0];
    if (v > open && verb.sentence === t.tokens[at].sentence && verb.pos === 'VERB' && ISSUING.has(verb.lemma)) {
      const subject = clauseSubject(t, open, v);
      if (subject && subject.end <= verb.start) {
        const kind = speakerKind(t, subject);
        if (kind === 'named' || kind === 'pronoun') return 'named';
      }
    }
  }
  // "Workers said …": a word capitalised only because it opens the sentence, which the article also writes in lower
  // case ("the workers"), is a common noun whatever its tag.
  const sole = words.length === 1 ? t.tokens[at] : undefined;
  // (Not a name the article also capitalises mid-sentence: "Cotton said" beside "Sen. Tom Cotton" and "cotton".)
  if (sole && sole.pos === 'PROPN' && t.ranges[sole.sentence][0] === at && t.tokens.some((x) => x.word === sole.word && !x.cap) && !capitalisedMidSentence(t, sole.word)) {
    return UNIQUE_OFFICES.has(head) ? 'named' : 'anonymous';
  }
  for (let k = at; k < t.tokens.length && t.tokens[k].start < speaker.end; k++) {
    // ("Political figures said", "Senior party figures said": an adjective capitalised only because it opens the
    // sentence, before an unnamed group.)
    const opener = k === at && t.ranges[t.tokens[k].sentence][0] === k && /(?:al|ic|ive|ous|ent|ant|ior|ary|ful|less|ing|ed)$/.test(t.tokens[k].lower) && (ANON.has(head) || head === 'figures' || PEOPLE_NOUN.test(head)) && !capitalisedMidSentence(t, t.tokens[k].word);
    if (opener) continue;
    if (t.tokens[k].pos === 'PROPN' || t.tokens[k].inName) return 'named';
  }
  return UNIQUE_OFFICES.has(head) || POSSESSIVE_DETERMINERS.has(words[0]) ? 'named' : 'anonymous';
}

/** Capitalised words that label a headline or a section, never a speaker ("SEE ALSO:", "Update:", "Context:"). */
const HEADER_WORDS = new Set(['see', 'also', 'update', 'updated', 'exclusive', 'context', 'facts', 'fact', 'check', 'watch', 'breaking', 'note', 'editor', 'correction', 'video', 'photos', 'photo', 'read', 'more', 'live', 'analysis', 'opinion', 'poll', 'report', 'related', 'background', 'source', 'sources', 'transcript', 'excerpt', 'developing', 'story', 'listen', 'bottom', 'line', 'the', 'first', 'take', 'question', 'answer', 'q', 'a', 'day', 'election', 'details', 'detail', 'summary', 'highlights', 'takeaways', 'takeaway', 'key', 'points', 'reaction', 'reactions', 'quote', 'quotes', 'timeline', 'result', 'results', 'verdict', 'bonus', 'plus', 'warning', 'alert', 'headline', 'headlines', 'statement', 'tweet', 'news', 'recap', 'preview', 'review', 'profile', 'interview', 'explainer', 'latest', 'memo', 'letter', 'full', 'text']);

/** Forms of the verbs a headline gives its speaker with ("…, mayor says", "…, officials insist"). */
const SAYING = new Set(['say', 'says', 'said', 'insist', 'insists', 'insisted', 'tell', 'tells', 'told', 'declare', 'declares', 'declared', 'warn', 'warns', 'warned', 'claim', 'claims', 'claimed', 'decide', 'decides', 'decided']);

/** The words from k up to the next closing quote mark or the sentence's end are all capitalised, or one word: a title. */
function titleCased(t: Tokenized, k: number, stop: number): boolean {
  let n = 0;
  for (let m = k; m < stop; m++) {
    const x = t.tokens[m];
    if (m > k && /["”’']/.test(gapBefore(t, m))) break;
    if (!x.cap && !/^(?:of|the|a|an|and|or|in|on|to|for|at|by|with)$/.test(x.lower)) return false;
    n++;
    if (/^\s*["”’']/.test(t.body.slice(x.end, x.end + 2))) break;
  }
  return n >= 1;
}

/** The quotation opening at token k holds five words or more, or runs to the sentence's end. */
function quotedWords(t: Tokenized, k: number, stop: number): boolean {
  for (let m = k + 1; m < stop; m++) if (/["”’']/.test(gapBefore(t, m))) return m - k >= 5;
  return true;
}

/**
 * A headline's speaker: a name of up to five capitalised words (at least one a proper noun, none a possessive, a day
 * or a word in capitals throughout) opening the sentence before a colon, when someone's words follow it: "I" or
 * "We", or a quotation that is no title ("Kerry: I didn't call …", "Steve King: ‘I will not vote …’"); not "Texas:
 * Governor signs bill", "Syria: No end in sight", "SEE ALSO: …", "Romney's Ground Game: …".
 */
function headlineSpeaker(t: Tokenized, i: number): { start: number; end: number; text: string } | undefined {
  const s = t.tokens[i].sentence;
  const stop = t.ranges[s][1];
  let proper = false;
  for (let k = i; k < Math.min(i + 5, stop); k++) {
    const x = t.tokens[k];
    if (k > i && !(x.tight || titleDot(t, k))) return undefined;
    if (!x.cap || HEADER_WORDS.has(x.lower) || DATE_WORDS.has(x.lower) || /['’]s$/.test(x.lower) || (x.text.length > 1 && x.text === x.text.toUpperCase())) return undefined;
    if (x.pos === 'PROPN') proper = true;
    else if (x.pos !== 'NOUN') return undefined;
    if (!/^:\s/.test(t.body.slice(x.end, x.end + 2))) continue;
    const next = t.tokens[k + 1];
    if (!proper || next === undefined || next.sentence !== s) return undefined;
    // Someone's words right after the colon: "I" or "We", or a quotation that is no title ("Obama: 'The Audacity of
    // Hope' turns 15"); and no speaker of their own later ("Iowa: “A long night,” officials say").
    // (A quotation of five words or more, or one that ends the sentence: 'Lincoln: "A house divided" speech marks …'
    // names a speech.)
    const quoted = /^:\s*["“‘']/.test(t.body.slice(x.end, next.start)) && !titleCased(t, k + 1, stop) && quotedWords(t, k + 1, stop);
    const words = (/^(?:i|we)$/.test(next.lower) && next.cap) || quoted;
    if (!words || t.tokens.slice(k + 1, stop).some((y) => SAYING.has(y.lower))) return undefined;
    return { start: t.tokens[i].start, end: x.end, text: t.body.slice(t.tokens[i].start, x.end) };
  }
  return undefined;
}

function sourceMarker(t: Tokenized, a: Attribution, rule: string): Marker {
  const verb = t.tokens[a.verb];
  const start = a.speaker?.start ?? verb.start;
  const end = a.speaker?.end ?? verb.end;
  return {
    family: 'source',
    sentenceIndex: verb.sentence,
    start,
    end,
    text: t.body.slice(start, end),
    label: a.kind,
    rule,
    weight: 1,
    ...(a.speaker ? { attrs: { speaker: a.speaker.text } } : { attrs: { passive: 'true' } }),
  };
}

const TITLES = new Set(['sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'sgt', 'pres', 'prof', 'rev', 'atty', 'supt', 'u.s']);
/** "Sen. Mitt Romney": the full stop of a title abbreviation does not split the name. */
function titleDot(t: Tokenized, i: number): boolean {
  return TITLES.has(t.tokens[i - 1]?.lower) && /^\.\s+$/.test(gapBefore(t, i));
}

/** "U.S. Energy Information Administration": the dots of an initialism do not split the name. */
function initialDot(t: Tokenized, i: number): boolean {
  const prev = t.tokens[i - 1];
  return prev !== undefined && prev.text.length === 1 && /^\.\s*$/.test(gapBefore(t, i));
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'this', 'that']);

/** A word that belongs to the speaker's noun phrase left of its head: modifiers, names, possessives. */
function inPhrase(tok: Token, head: Token): boolean {
  if (DATE_WORDS.has(tok.lower)) return false;
  if (isNameLike(tok) || POSSESSIVE_DETERMINERS.has(tok.lower)) return true;
  if (tok.inName && head.inName) return true;
  return tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'ADJ' || tok.pos === 'NUM';
}

function isNameLike(tok: Token): boolean {
  return tok.cap || ROLE_WORDS.has(tok.lower) || /'s$/.test(tok.lower);
}

/** Words that date a clause, never its speaker ("on Friday pledged", "said Tuesday"). */
/** Months, whole or cut, as date words list them (not "may", a modal far more often). */
const MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec'];
const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', ...MONTHS, 'recently', 'earlier', 'later',
]);
/** A month before a number ("on March 3 announced", "Oct. 5"): there "may" and the other cut forms are months too. */
const MONTH_NAMES = new Set([...MONTHS, 'may', 'mar', 'apr', 'jun', 'jul', 'sep']);
const DATE_LEAD = new Set(['on', 'last', 'this', 'late', 'early', 'in', 'next']);
/** Verbs English puts before their subject after a quotation or a clause ("…, said federal officials"). */
const QUOTATIVE_INVERSION = new Set(['say', 'add', 'write', 'ask', 'reply', 'respond', 'explain', 'note', 'continue', 'tell', 'recall', 'warn', 'insist', 'argue', 'observe', 'remark', 'declare', 'announce', 'counter', 'conclude', 'acknowledge', 'concede']);
const RELATIVE = new Set(['who', 'which', 'that']);
const SUBORDINATORS = new Set(['when', 'while', 'if', 'once', 'after', 'before', 'unless', 'until', 'as']);
/** Prepositions whose gerund shares the clause's subject ("by complaining", "in pointing out"). */
const GERUND_ADP = new Set(['by', 'in', 'while', 'after', 'before', 'without', 'of']);

/** Speaker of the report verb spanning tokens [i, j): left of it ("Wang said") or right of it ("said Putin"). */
function findSpeaker(t: Tokenized, i: number, j: number, previous?: Attribution): { speaker?: { start: number; end: number; text: string }; passive?: boolean } {
  const s = t.tokens[i].sentence;
  const [first, stop] = t.ranges[s];
  let k = i - 1;
  let passive = false;
  // ("Trump himself lashed out": an emphatic reflexive after the subject is skipped like an adverb.)
  while (k >= first && t.tokens[k + 1].tight && (AUX.has(t.tokens[k].lower) || PASSIVE_AUX.has(t.tokens[k].lower) || t.tokens[k].pos === 'ADV' || t.tokens[k].lower === 'not' || t.tokens[k].lower === "n't" || (t.tokens[k].lower === 'since' && k > first && AUX.has(t.tokens[k - 1].lower)) || (EMPHATIC_REFLEXIVES.has(t.tokens[k].lower) && k > first && (t.tokens[k - 1].pos === 'PROPN' || t.tokens[k - 1].pos === 'NOUN')))) {
    // "be calling" is progressive; only a participle after be/was is passive ("was told").
    if (PASSIVE_AUX.has(t.tokens[k].lower) && !t.tokens[i].lower.endsWith('ing')) passive = true;
    k--;
  }
  // "the plan, also referred to as “principles,”", "the group, described as …": a naming participle after a comma
  // is a reduced passive relative; nobody is named as its speaker.
  if (k >= first && /ed$/.test(t.tokens[i].lower) && t.tokens[j]?.lower === 'as' && t.tokens[j].sentence === s && /,/.test(gapBefore(t, k + 1)) && !PASSIVE_AUX.has(t.tokens[k].lower)) return { passive: true };
  // "for the reasons stated above": a participle after its noun, pointing back in the text, is a passive with no
  // speaker (the noun is what was stated).
  // The noun must be an object ("for the reasons"), not a subject ("The ministry announced above all …").
  if (k >= first + 2 && k === i - 1 && t.tokens[k].pos === 'NOUN' && t.tokens[i].tight && /ed$/.test(t.tokens[i].lower) && j < stop && /^(?:above|below)$/.test(t.tokens[j].lower) && t.tokens[k - 1].pos === 'DET' && t.tokens[k - 2].pos === 'ADP') return { passive: true };
  // "we’re told to …", "I'm told": a copula contracted onto its subject before a participle is a passive.
  if (k >= first && k === i - 1 && /^(?:i|we|you|they)['’](?:re|m)$/.test(t.tokens[k].lower) && !t.tokens[i].lower.endsWith('ing') && !/s$/.test(t.tokens[i].lower)) passive = true;
  // "The Group of 7 nations on Friday pledged": a date between subject and verb is skipped.
  while (k >= first && t.tokens[k + 1].tight && DATE_WORDS.has(t.tokens[k].lower)) {
    k--;
    if (k >= first && t.tokens[k + 1].tight && DATE_LEAD.has(t.tokens[k].lower)) k--;
  }
  // "a woman is heard saying", "The senator was caught on tape saying": the subject of a passive verb of perception
  // speaks the participle after it.
  if (k > first + 1 && t.tokens[i].lower.endsWith('ing') && t.tokens[i].tight) {
    let p = k;
    // Over a short phrase: "on tape", "on camera", "in a video".
    for (let hops = 0; p > first + 1 && hops < 4 && !PERCEIVED.has(t.tokens[p].lower) && /^(?:ADP|DET|NOUN|ADJ|NUM)$/.test(t.tokens[p].pos) && t.tokens[p + 1].tight; hops++) p--;
    const aux = t.tokens[p - 1];
    // The phrase hopped over opens with a preposition or a date ("on camera", "Tuesday"), not an object ("was shown
    // a memo saying": the memo speaks).
    const opener = p < k ? t.tokens[p + 1] : undefined;
    const phraseOk = !opener || opener.pos === 'ADP' || DATE_WORDS.has(opener.lower);
    // "can be heard saying": a modal before "be".
    const subjectEnd = aux?.lower === 'be' && p - 2 >= first && /^(?:can|could|may|might|will|would|should|must)$/.test(t.tokens[p - 2].lower) ? p - 3 : p - 2;
    if (phraseOk && PERCEIVED.has(t.tokens[p].lower) && t.tokens[p].tight && t.tokens[p + 1].tight && PASSIVE_AUX.has(aux.lower) && subjectEnd >= first) {
      // "Mr. Etheridge, a seven-term House member, can be seen …": past an appositive to the name.
      const subject = collectLeft(t, /,/.test(gapBefore(t, subjectEnd + 1)) ? outerAppositive(t, subjectEnd, first) : subjectEnd, first);
      if (subject) return { speaker: subject };
    }
  }
  // "The official who first disclosed …, and in doing so ignited …, denied": a restrictive relative clause after the
  // noun phrase opening the sentence ends at the comma before the verb; that noun phrase speaks.
  // (Not before an inverted speaker: "The official who leaked the memo, said Ruiz, was fired.")
  const invertedNext = QUOTATIVE_INVERSION.has(t.tokens[i].lemma) && j < stop && t.tokens[j].tight && /^(?:DET|NOUN|PROPN|ADJ)$/.test(t.tokens[j].pos);
  // The first "who" after the sentence's first word and before the verb phrase (`first` when there is none).
  const w = t.tokens.slice(first + 1, k).findIndex((x) => x.lower === 'who') + first + 1;
  if (k > first && k === i - 1 && /^,\s*$/.test(gapBefore(t, i)) && !t.tokens[i].lower.endsWith('ing') && !invertedNext) {
    if (w > first && !/,/.test(gapBefore(t, w)) && (t.tokens[w - 1].pos === 'NOUN' || t.tokens[w - 1].pos === 'PROPN')) {
      const subject = collectLeft(t, w - 1, first);
      if (subject && opensSentence(t, first, w, subject)) return { speaker: subject };
    }
  }
  // "People who know Ruiz say", "Those who attended the meeting said", "The man who shot her said": without a comma
  // too, a restrictive relative clause with its own verb sits between the sentence's subject and the report verb;
  // its object does not speak. Not when the report verb is inside the clause ("who believe that Ruiz said").
  // ("relatives who supported Ruiz might gloat": auxiliaries and adverbs may stand before the verb.)
  const bare = t.tokens.slice(k + 1, i).every((x, n) => t.tokens[k + 2 + n].tight && (AUX.has(x.lower) || x.pos === 'ADV' || x.lower === 'not'));
  if (k > first && bare && t.tokens[i].tight && !t.tokens[i].lower.endsWith('ing')) {
    const own = t.tokens[w + 1];
    // (The word after "who" is its verb whatever the tag: the lite model reads "who shot her" as a noun.)
    if (w > first && !/,/.test(gapBefore(t, w)) && own !== undefined && own.tight && /^(?:VERB|AUX|ADV|NOUN)$/.test(own.pos) && w + 1 < k) {
      const inner = t.tokens.slice(w + 1, i);
      const clean = !inner.some((x, n) => x.pos === 'SCONJ' || x.lower === 'that' || x.lower === 'who' || RELATIVE_OPENERS.has(x.lower) || /[,;:"“”—–]/.test(gapBefore(t, w + 1 + n)));
      const antecedent = t.tokens[w - 1];
      if (clean && (antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN' || antecedent.lower === 'those')) {
        let subject = antecedent.lower === 'those' ? { start: antecedent.start, end: antecedent.end, text: antecedent.text } : collectLeft(t, w - 1, first);
        // (Or a clause: "concerns that relatives who supported Ruiz might gloat"; "feared that relatives …", where the
        // phrase read "that" as its determiner.)
        const st = subject ? tokenAt(t, subject.start, first) : -1;
        if (subject && t.tokens[st].lower === 'that' && st + 1 < w && t.tokens[st - 1]?.pos === 'VERB') subject = { start: t.tokens[st + 1].start, end: subject.end, text: t.body.slice(t.tokens[st + 1].start, subject.end) };
        const opener = subject ? t.tokens[tokenAt(t, subject.start, first) - 1] : undefined;
        const opensClause = opener !== undefined && opener.sentence === t.tokens[i].sentence && /^(?:that|because|if|when|while|although|though|since|after|before|unless|whether)$/.test(opener.lower);
        if (subject && (opensSentence(t, first, w, subject) || opensClause)) return { speaker: subject };
      }
    }
  }
  // "Republicans are expected to unveil", "leaders are set to pledge": the subject of a raising predicate speaks.
  if (k > first + 2 && k === i - 1 && t.tokens[k].lower === 'to' && t.tokens[i].tight && t.tokens[k].tight && t.tokens[k - 1].tight && RAISING.has(t.tokens[k - 1].lower)) {
    // "was not afraid to criticize", "are no longer hesitant to call for": a negation between the copula and it.
    let be = k - 2;
    if (be - 1 > first && (t.tokens[be].lower === 'not' || t.tokens[be].lower === "n't" || t.tokens[be].lower === 'never') && t.tokens[be].tight) be--;
    else if (be - 2 > first && t.tokens[be].lower === 'longer' && t.tokens[be - 1].lower === 'no' && t.tokens[be].tight && t.tokens[be - 1].tight) be -= 2;
    if (/^(?:is|are|was|were|be|been|(?:is|are|was|were)n['’]t)$/.test(t.tokens[be].lower) && t.tokens[be].tight && be - 1 >= first) {
      const left = collectLeft(t, be - 1, first);
      if (left) return { speaker: roleOwner(t, left, first) ?? left };
    }
  }
  // "…, going on to suggest": the speaker of "going".
  if (k > first + 1 && k === i - 1 && t.tokens[k].lower === 'to' && t.tokens[k - 1].lower === 'on' && t.tokens[k - 2].lower === 'going' && t.tokens[i].tight && t.tokens[k].tight && t.tokens[k - 1].tight) {
    return findSpeaker(t, k - 2, k - 1, previous);
  }
  // "X was quoted in The Ledger as saying": the subject of "quoted" speaks.
  if (k > first + 1 && k === i - 1 && t.tokens[k].lower === 'as' && t.tokens[i].lower === 'saying') {
    for (let q = k - 1; q > first && q >= k - 8; q--) {
      if (t.tokens[q].lower !== 'quoted') continue;
      const subject = clauseSubject(t, first, q);
      if (subject) return { speaker: subject };
      break;
    }
  }
  // "The rules issued Thursday said": a participle and a date between the subject and its verb.
  if (k > first && k < i - 1 && t.tokens[k].pos === 'VERB' && /ed$/.test(t.tokens[k].lower) && t.tokens[k].tight && t.tokens[k + 1].tight && DATE_WORDS.has(t.tokens[k + 1].lower) && (t.tokens[k - 1].pos === 'NOUN' || t.tokens[k - 1].pos === 'PROPN')) {
    const left = collectLeft(t, k - 1, first);
    if (left) return { speaker: left };
  }
  // "Twitter has declined to say", "The board refused to comment": the speaker controls the infinitive.
  if (k > first && k === i - 1 && t.tokens[k].lower === 'to' && t.tokens[i].tight && t.tokens[k].tight && t.tokens[k - 1].pos === 'VERB') {
    return findSpeaker(t, k - 1, k, previous);
  }
  // "teamed up Monday to call on", "came together to urge": a particle or a date between the verb and its infinitive.
  if (k > first + 1 && k === i - 1 && t.tokens[k].lower === 'to' && t.tokens[i].tight && t.tokens[k].tight) {
    let m = k - 1;
    while (m > first && t.tokens[m + 1].tight && (DATE_WORDS.has(t.tokens[m].lower) || (DATE_LEAD.has(t.tokens[m].lower) && DATE_WORDS.has(t.tokens[m + 1].lower)))) m--;
    while (m > first && t.tokens[m + 1].tight && INFINITIVE_PARTICLES.has(t.tokens[m].lower)) m--;
    // (Not after a relative: "a whistleblower within the agency who reached out to warn" has its antecedent far back.)
    // (The verb may open the article: "intervened last year to request …" has no word before it.)
    if (m < k - 1 && t.tokens[m + 1].tight && t.tokens[m].pos === 'VERB' && !RELATIVE.has(t.tokens[m - 1]?.lower ?? '')) return findSpeaker(t, m, m + 1, previous);
  }
  // "I am here to say that …", "she was there to announce …": the subject of the copula the adverb follows.
  if (k > first + 1 && k === i - 1 && t.tokens[k].lower === 'to' && t.tokens[i].tight && t.tokens[k].tight && t.tokens[k - 1].tight && (t.tokens[k - 1].lower === 'here' || t.tokens[k - 1].lower === 'there') && t.tokens[k - 2].lemma === 'be') {
    return findSpeaker(t, k - 2, k - 1, previous);
  }
  const gap = gapBefore(t, i);
  const afterQuote = /["”’']/.test(gap);
  // "X said …, blaming Y": a participle after a comma is spoken by the clause's subject, not by its object; also
  // after a quotation that closes before the comma ("denied he was a “target”, saying …").
  if (k === i - 1 && t.tokens[i].lower.endsWith('ing') && /[,—–]/.test(gap) && (!afterQuote || /["”’']\s*[,—–]\s*$/.test(gap))) {
    // The speaker of the report verb before it in the sentence ("…, her office said, noting …"), else the subject,
    // else the subject of the verb the participle follows ("Asked why, Ruiz appeared agitated, responding: …").
    if (previous?.speaker && t.tokens[previous.verb].sentence === s && previous.verb < i) {
      // "X said that leaders of four firms had put it on notice, saying they might leave": the participle follows
      // the that-clause, whose subject speaks it.
      // "X said Sunday that aid will help, but she lowered expectations, saying …": a coordinated clause between them
      // with its own pronoun subject and a lexical verb speaks it (the same person, but the pronoun is the
      // participle's source). Not with an auxiliary: "…, and they would appeal, adding" is still X's reported content.
      for (let c = i - 2; c > previous.verb; c--) {
        const x = t.tokens[c];
        if ((x.lower === 'but' || x.lower === 'and') && x.pos === 'CCONJ' && /,/.test(gapBefore(t, c)) && SUBJECT_PRONOUNS.has(t.tokens[c + 1].lower) && t.tokens[c + 1].lower !== 'who' && t.tokens[c + 2]?.pos === 'VERB') {
          const p = t.tokens[c + 1];
          return { speaker: { start: p.start, end: p.end, text: p.text } };
        }
      }
      // (Not after a demand: "urged that the system be overhauled, portraying it as …" is the urger's.)
      const inner = DIRECTIVES.has(t.tokens[previous.verb].lemma) ? undefined : thatClauseSubject(t, previous.verb + 1, i);
      return { speaker: inner ?? previous.speaker };
    }
    const subject = clauseSubject(t, first, i);
    return subject ? { speaker: subject } : governorSpeaker(t, k, first);
  }
  // "…, but said he did not know", "… and added that …": a coordinated verb shares its clause's subject.
  // "…, but also called for …": adverbs may stand between the conjunction and the verb (skipped above).
  // Not "… and when asked": a subordinate clause between them has no subject here.
  // "… but at the same time acknowledged": a short prepositional phrase between the conjunction and the verb.
  {
    let c = k;
    let nouns = 0;
    while (c > first && k - c < 4 && t.tokens[c + 1].tight && /^(?:NOUN|ADJ|DET)$/.test(t.tokens[c].pos) && !DATE_WORDS.has(t.tokens[c].lower)) nouns += t.tokens[c--].pos === 'NOUN' ? 1 : 0;
    // One noun, of an adverbial phrase: "but in the capital officials said" has its subject there.
    if (c < k && c > first && nouns === 1 && t.tokens[k].pos === 'NOUN' && ADVERBIAL_NOUNS.has(t.tokens[k].lower) && t.tokens[c].pos === 'ADP' && (t.tokens[c - 1].lower === 'but' || t.tokens[c - 1].lower === 'and') && t.tokens[c - 1].pos === 'CCONJ' && t.tokens[c].tight) k = c - 1;
  }
  const subordinate = t.tokens.slice(k + 1, i).some((x) => x.pos === 'SCONJ' || SUBORDINATORS.has(x.lower));
  if (k > first && k < i && !subordinate && (t.tokens[k].lower === 'but' || t.tokens[k].lower === 'and') && t.tokens[k].pos === 'CCONJ' && !afterQuote) {
    // "… was panned by Republicans but hailed by Democrats": a coordinated passive participle has its own agent.
    const by = skipDates(t, j, s);
    const passiveBefore = t.tokens.slice(first, k).some((x) => PASSIVE_AUX.has(x.lower));
    if (passiveBefore && t.tokens[i].lower.endsWith('ed') && t.tokens[by]?.lower === 'by' && t.tokens[by].sentence === s && !MEANS.has(t.tokens[by + 1]?.lower ?? '')) {
      const agent = collectRight(t, by + 1) ?? nounPhraseRight(t, by + 1);
      if (agent) return { speaker: agent, passive: true };
    }
    // "… after the man approached the mayor and asked if …": a verb coordinated inside a subordinate clause shares
    // that clause's subject, not the sentence's.
    const own = subordinateSubject(t, first, k, i);
    if (own && (!previous?.speaker || t.tokens[previous.verb].sentence !== s || previous.verb < k)) return { speaker: own };
    // A finite verb does not share the speaker of a participle inside a noun phrase ("pushed back on a report
    // claiming …, but … acknowledged"); a participle does ("a statement calling … and claiming …").
    const embedded = t.tokens[previous?.verb ?? i].lower.endsWith('ing') && !/[,—–]/.test(gapBefore(t, previous?.verb ?? i)) && !t.tokens[i].lower.endsWith('ing');
    if (previous?.speaker && t.tokens[previous.verb].sentence === s && previous.verb < i && !embedded) return { speaker: previous.speaker };
    const subject = clauseSubject(t, first, i);
    // "…, but hours later the board removed it and said": a new clause between them has its own subject.
    for (let c = first + 1; subject && c < k; c++) {
      if (t.tokens[c].start >= subject.end && /[;,]/.test(gapBefore(t, c)) && (t.tokens[c].pos === 'CCONJ' || t.tokens[c].pos === 'SCONJ')) {
        // That clause's subject: the noun right before its verb ("but hours later the Board removed it and said").
        for (let n = c + 1; n < k; n++) {
          if ((t.tokens[n].pos === 'NOUN' || t.tokens[n].pos === 'PROPN' || PRONOUNS.has(t.tokens[n].lower)) && t.tokens[n + 1].pos === 'VERB' && t.tokens[n + 1].tight && !DATE_WORDS.has(t.tokens[n].lower)) {
            // From its own determiner: "but the next day the board reversed it" → board.
            let from = n;
            while (from - 1 > c && /^(?:ADJ|NOUN|PROPN)$/.test(t.tokens[from - 1].pos)) from--;
            if (from - 1 > c && (t.tokens[from - 1].pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.tokens[from - 1].lower))) from--;
            const own = collectLeft(t, n, from);
            return own ? { speaker: own } : {};
          }
        }
        return {};
      }
    }
    return subject ? { speaker: subject } : {};
  }
  // "Ruiz stirred a row by complaining about …", "we join them in pointing out …": a gerund after a preposition
  // is spoken by the subject of its clause.
  if (k === i - 1 && t.tokens[i].lower.endsWith('ing') && t.tokens[i].tight && GERUND_ADP.has(t.tokens[k].lower) && !afterQuote) {
    // "stopped short of calling on", "accused of threatening": "of" after a verb or adjective; after a noun ("the
    // practice of announcing cuts") the gerund is generic, nobody's.
    if (t.tokens[k].lower === 'of' && (k === first || /^(?:NOUN|PROPN|PRON|DET|NUM)$/.test(t.tokens[k - 1].pos))) return {};
    // The subject of the verb the preposition hangs from ("the department shocked economists by announcing").
    const governed = governorSpeaker(t, k, first);
    if (governed.speaker) return governed;
    const subject = clauseSubject(t, first, k);
    return subject ? { speaker: subject } : {};
  }
  // "video of him warning that …": an object pronoun before a gerund is its subject.
  if (k === i - 1 && t.tokens[i].lower.endsWith('ing') && t.tokens[i].tight && OBJECT_PRONOUNS.has(t.tokens[k].lower)) {
    const x = t.tokens[k];
    return { speaker: { start: x.start, end: x.end, text: x.text } };
  }
  // After a quotation or comma, or at the sentence start, English puts the speaker after the verb.
  const quotedFrom = /["”’']/.test(gap) && !t.tokens[i].lower.endsWith('ing') ? quotedSubject(t, k, first, gap) : -1;
  if (quotedFrom >= 0) {
    const [a, b] = [t.tokens[quotedFrom].start, t.tokens[k].end];
    return { speaker: { start: a, end: b, text: t.body.slice(a, b) } };
  }
  const inverted = i === first || /[,"”’']/.test(gap);
  const right = j < stop && t.tokens[j].tight ? collectRight(t, j) : undefined;
  if (passive && !inverted) {
    // "was said to be concerned", "it is reported": an agentless passive names nobody, unless "by X" follows.
    const by = skipDates(t, j, s);
    if (t.tokens[by]?.lower === 'by' && t.tokens[by].sentence === s) {
      const agent = collectRight(t, by + 1) ?? nounPhraseRight(t, by + 1);
      if (agent) return { speaker: agent };
    }
    const distant = distantAgent(t, j, stop);
    return distant ? { speaker: distant } : { passive: true };
  }
  // "…, reported by The New York Times": a participle with its agent.
  const by = skipDates(t, j, s);
  if (t.tokens[by]?.lower === 'by' && t.tokens[by].sentence === s && t.tokens[j].tight && t.tokens[i].lower.endsWith('ed')) {
    const agent = collectRight(t, by + 1) ?? nounPhraseRight(t, by + 1);
    if (agent) return { speaker: agent };
  }
  const gapK = k >= first ? gapBefore(t, k + 1) : '';
  // "John Kerry, a former secretary of state, said": the speaker stands before the appositive.
  const appositive = k >= first && !afterQuote && /,/.test(gapK) ? appositiveSpeaker(t, k, first) : undefined;
  if (appositive) return { speaker: appositive };
  if (inverted && right) return { speaker: right };
  // "…, said longtime Democratic donor Dana Ruiz", "…, said federal officials": an inverted subject opening with
  // lower-case modifiers, ending in a name or a noun of people ("workers", "residents") that ends the clause.
  // Only verbs English inverts after a quotation or clause ("said", "added", "wrote"), never a participle opening
  // the sentence or a verb after an aside ("Criticizing federal officials, Ruiz said"; "but, in a letter, blamed
  // party leaders": those are objects).
  if (inverted && i > first && /[,"”’']/.test(gap) && QUOTATIVE_INVERSION.has(t.tokens[i].lemma) && !right && j < stop && t.tokens[j].tight && (t.tokens[j].pos === 'ADJ' || t.tokens[j].pos === 'NOUN') && !t.tokens[j].cap) {
    const np = nounPhraseRight(t, j);
    const after = np ? tokenAt(t, np.end, j) : -1;
    const head = t.tokens[after - 1];
    const next = t.tokens[after];
    if (np && ((head?.pos === 'PROPN' && head.cap) || (head?.pos === 'NOUN' && (ANON.has(head.lower) || PEOPLE_NOUN.test(head.lower)))) && head.start > t.tokens[j].start && (next === undefined || next.sentence !== s || !next.tight || next.pos === 'ADP')) return { speaker: np };
  }
  // "Declaring that …, President Ruiz opened the summit": a participle opening the sentence is spoken by the
  // subject of the main clause after it.
  if (i === first && !right && t.tokens[i].lower.endsWith('ing')) {
    const subject = mainClauseSubject(t, j, stop);
    if (subject) return { speaker: subject };
  }
  // "“…,” said the 18 scientists", "replies the masked stranger", "said his wife": after a quotation the inverted
  // subject may be a common noun phrase; it must end the clause (not "said the bill would …").
  // Also a possessive name opening it ("…,” announced New York's mayor").
  const possessiveOpener = (): boolean => {
    for (let p = j; p < Math.min(j + 3, stop); p++) if (/['’]s$/.test(t.tokens[p].lower)) return t.tokens[j].pos === 'PROPN';
    return false;
  };
  if (afterQuote && j < stop && t.tokens[j].tight && (INVERTED_DETERMINERS.has(t.tokens[j].lower) || possessiveOpener())) {
    const np = nounPhraseRight(t, j);
    let after = j + 1;
    while (np && after < t.tokens.length && t.tokens[after].start < np.end) after++;
    const next = np ? t.tokens[after] : undefined;
    if (np && (next === undefined || next.sentence !== s || !next.tight || next.pos === 'ADP')) return { speaker: np };
  }
  if (k < first) return {};
  // "The budget — which would … — calls for": skip a dashed parenthesis before the verb.
  if (k >= first && /^\s*[—–]\s*$/.test(gapK) && !afterQuote) {
    let e = k;
    while (e > first && !/[—–]/.test(gapBefore(t, e))) e--;
    if (e > first && t.tokens[e - 1].pos !== 'VERB') {
      const left = collectLeft(t, e - 1, first);
      return { speaker: left && (namedGroup(t, left, first) ?? roleOwner(t, left, first) ?? left) };
    }
  }
  // "Sen. Mitt Romney (R-Utah) told": skip the parenthesis before the verb.
  if (/^\.?\s*\)/.test(gapK)) {
    let e = k;
    while (e > first && !/\(/.test(gapBefore(t, e))) e--;
    if (e - 1 >= first) return { speaker: collectLeft(t, e - 1, first) };
  }
  // "Pfizer Inc. said": the full stop of a company suffix does not end the phrase.
  // …nor the last full stop of a dotted abbreviation ("The U.S. said", "a spokesman for the R.N.C. did not respond").
  const keptStop = /^\.\s+$/.test(gapK) && ((t.tokens[k].text.length === 1 && t.tokens[k].cap && initialDot(t, k)) || COMPANY_SUFFIXES.has(t.tokens[k].lower));
  if (t.tokens[k + 1].tight || keptStop) {
    const collected = collectLeft(t, k, first);
    // The abbreviation keeps its last full stop ("U.S.", "Pfizer Inc.", "Jr.").
    const left = keptStop && collected?.end === t.tokens[k].end ? { start: collected.start, end: collected.end + 1, text: t.body.slice(collected.start, collected.end + 1) } : collected;
    // "criticism from X during the 2020 race complaining that …": the object of a time preposition does not
    // speak the participle after it.
    if (left && t.tokens[i].lower.endsWith('ing')) {
      let c = k;
      while (c > first && (t.tokens[c].start >= left.start || t.tokens[c].pos === 'DET')) c--;
      // "issued a statement after Holt's decision saying": the document before the time phrase speaks.
      if (t.tokens[c].end <= left.start && (TIME_ADP.has(t.tokens[c].lower) || /^(?:after|before|following)$/.test(t.tokens[c].lower))) {
        for (let d = c - 1; d >= Math.max(first, c - 4); d--) {
          if ((DOCUMENTS_SENT.has(t.tokens[d].lower) || /^(?:video|videos|ad|ads)$/.test(t.tokens[d].lower)) && t.tokens[d + 1].tight) return { speaker: collectLeft(t, d, first) };
          if (!/^(?:DET|ADJ|NOUN)$/.test(t.tokens[d].pos)) break;
        }
        if (TIME_ADP.has(t.tokens[c].lower)) return {};
      }
      // "I'll be meeting with the mayor in Ohio making it clear that …": a place does not speak either; the
      // participle belongs to its clause's subject.
      // "sent an e-mail to party members saying …": the document sent speaks, not its addressees.
      let to = c;
      while (to > first && c - to < 3 && t.tokens[to].lower !== 'to' && /^(?:DET|ADJ|NOUN|VERB|PROPN)$/.test(t.tokens[to].pos)) to--;
      if (t.tokens[to].lower === 'to' && to - 1 >= first && DOCUMENTS_SENT.has(t.tokens[to - 1].lower)) return { speaker: collectLeft(t, to - 1, first) };
      // A statement or interview in which it was said does speak ("said in a statement announcing …").
      if (t.tokens[c].end <= left.start && PLACE_ADP.has(t.tokens[c].lower) && !SPEECH_VENUES.has(t.tokens[k].lower)) {
        const subject = clauseSubject(t, first, c);
        return subject ? { speaker: subject } : {};
      }
    }
    if (left) return { speaker: reducedRelativeOwner(t, left, first) ?? (t.tokens[i].lower.endsWith('ing') ? undefined : participleOwner(t, left, first)) ?? namedGroup(t, left, first) ?? roleOwner(t, left, first) ?? left };
  }
  return {};
}

/**
 * 'The so-called “reformers” said they …': a quoted word closing a noun phrase (after its determiner or adjective,
 * with no comma) is the subject before its verb, not a quotation the verb's inverted subject follows. The index of
 * its first quoted word, or -1.
 */
function quotedSubject(t: Tokenized, k: number, first: number, gap: string): number {
  if (k < first || /[,.!?]/.test(gap)) return -1;
  let o = k;
  while (o > first && o > k - 4 && !/["“‘']\s*$/.test(gapBefore(t, o))) o--;
  if (!/["“‘']\s*$/.test(gapBefore(t, o)) || o === first) return -1;
  // The noun phrase opens its clause: 'called Trump a “coward” threatening to …' has its subject far before.
  let d = o - 1;
  while (d >= first && (d === o - 1 || t.tokens[d + 1].tight) && nounPhraseOpener(t.tokens[d])) d--;
  if (d === o - 1) return -1;
  return d < first || /[,;:]/.test(gapBefore(t, d + 1)) || t.tokens[d].pos === 'CCONJ' || t.tokens[d].pos === 'SCONJ' ? o : -1;
}

/**
 * "the economists polled by Refinitiv had predicted", "a fact sheet issued during the final days of …, which said":
 * a phrase after a participle's preposition (by, during, in, on) belongs to that participle; the noun before the
 * participle is the subject that speaks.
 */
function reducedRelativeOwner(t: Tokenized, phrase: { start: number; end: number }, first: number): { start: number; end: number; text: string } | undefined {
  let c = tokenAt(t, phrase.start, first);
  // "issued during the final days of …": back over the phrase's determiner and adjectives.
  while (c > first && t.tokens[c].tight && /^(?:DET|ADJ|NUM)$/.test(t.tokens[c - 1].pos)) c--;
  if (c - 3 < first) return undefined;
  const adp = t.tokens[c - 1];
  const participle = t.tokens[c - 2];
  const noun = t.tokens[c - 3];
  // "polled by Refinitiv", "issued during the final days of …", "released in January".
  if (!(adp.lower === 'by' || adp.lower === 'during' || adp.lower === 'in' || adp.lower === 'on') || !adp.tight || !participle.tight || !t.tokens[c].tight || participle.pos !== 'VERB' || !/(?:ed|en)$/.test(participle.lower)) return undefined;
  if (!(noun.pos === 'NOUN' || noun.pos === 'PROPN') || DATE_WORDS.has(noun.lower)) return undefined;
  return collectLeft(t, c - 3, first);
}

/**
 * "Multiple senators leaving an evening session at the Capitol said": the phrase before a finite verb ends a present
 * participle's object; the people or document before the participle speak. Only without a comma or other break
 * between them, and only for nouns that can speak (a participle report verb has its subject right before it:
 * "Democrats praising his statements to Republicans decrying them").
 */
function participleOwner(t: Tokenized, phrase: { start: number; end: number }, first: number): { start: number; end: number; text: string } | undefined {
  let c = tokenAt(t, phrase.start, first);
  if (t.tokens[c].pos === 'PRON') return undefined;
  for (let hops = 0; c > first + 1 && hops < 10; hops++) {
    if (!t.tokens[c].tight) return undefined;
    const x = t.tokens[c - 1];
    if (x.pos === 'VERB' && x.lower.endsWith('ing')) {
      const noun = t.tokens[c - 2];
      if (!x.tight || !/^(?:NOUN|PROPN|DET|ADJ|ADV)$/.test(noun.pos)) return undefined;
      const speaks = (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !DATE_WORDS.has(noun.lower) && (ANON.has(noun.lower) || PEOPLE_NOUN.test(noun.lower) || /^(?:wo)?m[ae]n$/.test(noun.lower) || SPEAKING_DOCUMENTS.has(noun.lower) || (noun.pos === 'PROPN' && noun.cap));
      if (speaks) {
        const owner = collectLeft(t, c - 2, first);
        if (!owner) return undefined;
        // The owner must be a subject: not the object of a verb ("Voters who saw Trump speaking at …") nor inside a
        // relative clause ("Senators who met with officials visiting …").
        const o = tokenAt(t, owner.start, first);
        if (o > first && (t.tokens[o - 1].pos === 'VERB' || t.tokens[o - 1].pos === 'AUX')) return undefined;
        if (t.tokens.slice(first, o).some((x, n) => RELATIVE_OPENERS.has(x.lower) && !/,/.test(gapBefore(t, first + n)))) return undefined;
        return owner;
      }
      // "an evening negotiating session": an -ing word before its noun modifies it; read on.
      if (t.tokens[c].pos !== 'NOUN') return undefined;
      c--;
      continue;
    }
    // "the legislation that critics said", "statements dating back to 2010 when he said": a relative or subordinate
    // clause's own subject speaks.
    if ((!/^(?:DET|ADJ|ADV|NOUN|PROPN|ADP|NUM)$/.test(x.pos) && !POSSESSIVE_DETERMINERS.has(x.lower)) || RELATIVE.has(x.lower) || SUBORDINATORS.has(x.lower) || CLAUSE_OPENERS.has(x.lower)) return undefined;
    c--;
  }
  return undefined;
}

/** The pronoun of a contraction ("I’m", "we'll"), spanned alone (GUIDELINES.md §5); `lower` folds curly apostrophes. */
function contractedPronoun(tok: Token): { start: number; end: number; text: string } | undefined {
  const m = /^(i|we|you|he|she|they|it)'(?:m|re|s|ve|ll|d)$/.exec(tok.lower);
  return m ? { start: tok.start, end: tok.start + m[1].length, text: tok.text.slice(0, m[1].length) } : undefined;
}

/** Index of the first token from `first` on that starts at or after `start`. */
function tokenAt(t: Tokenized, start: number, first: number): number {
  // Binary search: token starts ascend.
  let lo = first;
  let hi = t.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "Trustees of the Elm Trust Fund warned", "the head of the Port Authority said", "officials in Ohio said": a name
 * after "of", "in", "for" … is the post-modifier of a person or group noun before it, which speaks (GUIDELINES.md §5).
 */
function roleOwner(t: Tokenized, phrase: { start: number; end: number }, first: number): { start: number; end: number; text: string } | undefined {
  let c = tokenAt(t, phrase.start, first);
  // "Some sheriffs in bordering states say": an adjectival participle before the phrase belongs to it.
  // (Not after "of": "the development of talking points describing …" is a compound noun's object.)
  if (c - 1 > first && t.tokens[c - 1].pos === 'VERB' && /(?:ing|ed)$/.test(t.tokens[c - 1].lower) && t.tokens[c].tight && t.tokens[c - 1].tight && POST_MODIFIER_ADP.has(t.tokens[c - 2].lower) && t.tokens[c - 2].lower !== 'of') c--;
  if (c > first && t.tokens[c - 1].lower === 'the' && t.tokens[c].tight) c--;
  const of = t.tokens[c - 1];
  const noun = t.tokens[c - 2];
  // "The surge in Texas suggests", "His visit to Detroit threatens to": the place belongs to an event or a thing,
  // which is the subject (and cannot speak).
  if (c - 2 >= first && (POST_MODIFIER_ADP.has(of?.lower ?? '') || of?.lower === 'to') && !of.inName && of.tight && t.tokens[c].tight && noun.pos === 'NOUN' && !noun.cap && NON_HUMAN.has(noun.lower)) return collectLeft(t, c - 2, first) ?? { start: noun.start, end: noun.end, text: noun.text };
  if (c - 2 < first || !POST_MODIFIER_ADP.has(of?.lower ?? '') || of.inName || !t.tokens[c].tight || !of.tight) return undefined;
  // A capital only as a plural opening the sentence ("Trustees of …"), never a title ("Speaker of the House X"); a
  // named group before a preposition of place is one ("Republicans in the House").
  const group = of.lower !== 'of' && noun.cap && /[^s]s$/.test(noun.lower) && (noun.pos === 'PROPN' || noun.pos === 'NOUN');
  if (noun.inName && !group) return undefined;
  // …and a plural common noun of people before a place ("Some sheriffs in bordering states say").
  const people = !noun.cap && of.lower !== 'of' && noun.pos === 'NOUN' && /[^s]s$/.test(noun.lower) && !NON_HUMAN.has(noun.lower) && (PERSON_LIKE.test(noun.lower) || PERSON_OFFICES.has(noun.lower.slice(0, -1)));
  const role = group || people || ((!noun.cap || (c - 2 === first && /[^s]s$/.test(noun.lower))) && (ANON.has(noun.lower) || UNIQUE_OFFICES.has(noun.lower) || noun.pos === 'PROPN'));
  if (role) return collectLeft(t, c - 2, first);
  // "the president of a union in Ohio said": a common noun between (itself a post-modifier's object) passes the
  // search on to the noun before its own preposition.
  if (noun.pos !== 'NOUN' || noun.cap || !noun.tight) return undefined;
  // collectLeft has done so already when it ends before the noun (the noun was itself a post-modifier's object).
  const inner = collectLeft(t, c - 2, first);
  if (!inner) return undefined;
  if (inner.end <= noun.start) return inner;
  // "senators leaving a late session at the Capitol said": the object of a participle after the speaker.
  let v = tokenAt(t, inner.start, first) - 1;
  while (v > first && t.tokens[v].pos === 'DET' && t.tokens[v + 1].tight) v--;
  const owner = t.tokens[v - 1];
  if (v > first && t.tokens[v].pos === 'VERB' && /ing$/.test(t.tokens[v].lower) && t.tokens[v].tight && t.tokens[v + 1].tight && owner !== undefined && (owner.pos === 'NOUN' || owner.pos === 'PROPN') && (ANON.has(owner.lower) || /[^s]s$/.test(owner.lower))) return collectLeft(t, v - 1, first);
  return roleOwner(t, inner, first);
}

/**
 * "A coalition of groups called Fair Tax Now has railed against …": a name given by "called/dubbed" is a
 * post-modifier of the noun before it, which is the speaker (GUIDELINES.md §5).
 */
function namedGroup(t: Tokenized, phrase: { start: number; end: number }, first: number): { start: number; end: number; text: string } | undefined {
  const c = tokenAt(t, phrase.start, first);
  const verb = t.tokens[c - 1];
  const noun = t.tokens[c - 2];
  if (c - 2 < first || !verb || !noun || !t.tokens[c].tight || !verb.tight) return undefined;
  // Not "named": "an officer named Dana Holt asserted" is the person by name.
  if (!(verb.lower === 'called' || verb.lower === 'dubbed') || !(noun.pos === 'NOUN' || noun.pos === 'PROPN')) return undefined;
  return collectLeft(t, c - 2, first);
}

/** Prepositions of time: their object is a period, never the speaker of what follows it. */
const TIME_ADP = new Set(['during', 'amid', 'since', 'throughout', 'until']);
/** Nouns of adverbial phrases between "but/and" and a verb ("at the same time", "in turn", "in a statement"). */
const ADVERBIAL_NOUNS = new Set(['time', 'turn', 'response', 'addition', 'return', 'contrast', 'fact', 'meantime', 'end', 'particular', 'general', 'short', 'private', 'public', 'person', 'writing', 'statement', 'interview', 'letter', 'tweet', 'speech', 'court', 'part', 'sum']);
/** Means, not agents, after "by" ("announced by email"). */
const MEANS = new Set(['email', 'e-mail', 'phone', 'telephone', 'letter', 'mail', 'text', 'fax', 'video', 'videoconference', 'tweet']);
/** Verbs of demand, whose that-clause is a wish, not a claim whose subject speaks ("urged that the law be changed"). */
const DIRECTIVES = new Set(['urge', 'demand', 'recommend', 'propose', 'request', 'ask', 'insist', 'require', 'order', 'suggest']);
/** Verbs by which an author puts out a document ("issued a statement", "sent a letter", "put out a release"). */
const ISSUING = new Set(['issue', 'release', 'send', 'put', 'post', 'publish', 'file', 'write', 'deliver', 'circulate', 'submit', 'pen']);
/** Documents among the non-speakers: they "say" what they report ("The study said early evidence suggested …"). */
const DOCUMENT_HEADS = new Set(['study', 'studies', 'analysis', 'research', 'poll', 'polls', 'survey', 'surveys', 'findings']);
const PLACE_ADP = new Set(['in', 'at', 'near', 'across', 'inside', 'outside']);
/** Documents sent to someone ("an e-mail to members saying …"). */
const DOCUMENTS_SENT = new Set(['letter', 'letters', 'e-mail', 'email', 'emails', 'memo', 'message', 'messages', 'note', 'statement', 'tweet', 'post', 'release', 'report', 'text']);

/**
 * The "by" agent of a passive report verb further on in its clause ("was asked about the club, officially known as
 * X, by the Ledger", "were labeled “disturbing” by critics"); a verb right after a noun ("the plan drawn up by
 * aides") or a new clause ends the search: that "by" belongs to another verb.
 */
function distantAgent(t: Tokenized, j: number, stop: number): { start: number; end: number; text: string } | undefined {
  for (let k = j; k < Math.min(j + 20, stop); k++) {
    const x = t.tokens[k];
    if (/[;:]/.test(gapBefore(t, k)) || CLAUSE_OPENERS.has(x.lower) || x.pos === 'SCONJ' || x.pos === 'CCONJ') return undefined;
    // A new verb group ("…, was halted by") or a reduced relative ("the plan drawn up by") owns the "by" after it.
    if (k > j && (x.pos === 'AUX' || (x.pos === 'VERB' && /^(?:NOUN|PROPN|PRON)$/.test(t.tokens[k - 1].pos)))) return undefined;
    if (x.lower === 'by' && x.pos === 'ADP') {
      const agent = collectRight(t, k + 1) ?? nounPhraseRight(t, k + 1);
      return agent && !DATE_WORDS.has(agent.text.toLowerCase()) ? agent : undefined;
    }
  }
  return undefined;
}
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'when', 'after', 'before', 'if']);

/**
 * The subject of a that-clause between tokens from and to, when the clause has its own finite verb before `to`
 * ("said that leaders of four firms had put …, saying" → leaders).
 */
function thatClauseSubject(t: Tokenized, from: number, to: number): { start: number; end: number; text: string } | undefined {
  for (let c = from; c < to; c++) {
    if (t.tokens[c].lower !== 'that' || t.tokens[c].pos !== 'SCONJ') continue;
    const np = nounPhraseRight(t, c + 1);
    if (!np) return undefined;
    let n = c + 1;
    while (n < to && t.tokens[n].start < np.end) n++;
    for (let v = n; v < to; v++) if (t.tokens[v].pos === 'AUX' || (t.tokens[v].pos === 'VERB' && !t.tokens[v].lower.endsWith('ing'))) return np;
    return undefined;
  }
  return undefined;
}

/** The subject of the main clause after a fronted participial clause: the first noun phrase after a comma that its verb follows. */
function mainClauseSubject(t: Tokenized, j: number, stop: number): { start: number; end: number; text: string } | undefined {
  let content = false;
  for (let c = j; c < Math.min(j + 40, stop); c++) {
    // "Saying no is hard, the mayor said": a finite verb before any that-clause or quote makes the -ing form the
    // subject of its own clause, not a fronted participle.
    if (!content && (t.tokens[c].lower === 'that' || /["“]/.test(gapBefore(t, c)))) content = true;
    if (!content && (t.tokens[c].pos === 'AUX' || (t.tokens[c].pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.tokens[c].lower)))) return undefined;
    if (c === j || !/,/.test(gapBefore(t, c))) continue;
    const np = PRONOUNS.has(t.tokens[c].lower) ? { start: t.tokens[c].start, end: t.tokens[c].end, text: t.tokens[c].text } : (collectRight(t, c) ?? nounPhraseRight(t, c));
    if (!np) continue;
    let v = c;
    while (v < stop && t.tokens[v].start < np.end) v++;
    while (v < stop && t.tokens[v].tight && (DATE_WORDS.has(t.tokens[v].lower) || DATE_LEAD.has(t.tokens[v].lower) || t.tokens[v].pos === 'ADV')) v++;
    const verb = t.tokens[v];
    if (verb && v < stop && verb.tight && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.lower.endsWith('ing')) return np;
  }
  return undefined;
}

/** The speaker of the nearest finite verb before token k (within ten words, no quote or colon between). */
function governorSpeaker(t: Tokenized, k: number, first: number): { speaker?: { start: number; end: number; text: string } } {
  for (let v = k - 1; v >= first && k - v < 10; v--) {
    if (/[;:"“”]/.test(gapBefore(t, v + 1))) break;
    if (t.tokens[v].pos === 'VERB' && !t.tokens[v].lower.endsWith('ing')) {
      const found = findSpeaker(t, v, v + 1);
      return found.passive ? {} : found;
    }
  }
  return {};
}

/** The noun phrase before an appositive that ends at token k ("X, a lawyer for Y, said" → X). */
function appositiveSpeaker(t: Tokenized, k: number, first: number): { start: number; end: number; text: string } | undefined {
  {
    for (let c = k; c > first && k - c < 20; c--) {
      const g = gapBefore(t, c);
      // "(D-W.Va.)": jump over a parenthesis; "J." "Jr." "Sen.": an abbreviation's full stop is no sentence break.
      if (/\)/.test(g) && !/\(/.test(g) && !/,/.test(g)) {
        while (c > first && !/\(/.test(gapBefore(t, c))) c--;
        continue;
      }
      // "R-Calif.,": a party code's abbreviation too.
      // ("harborwatch.com": a full stop inside a word, with no space, is no break either.)
      if (/[;:!?"“”]/.test(g) || (/\./.test(g) && g !== '.' && !(t.tokens[c - 1].text.length <= 3 || TITLES.has(t.tokens[c - 1].lower) || /\)/.test(g) || /^[RDI]-[A-Z]/.test(t.tokens[c - 1].text)))) break;
      if (!/,/.test(g)) continue;
      let e = c - 1;
      // "Sen. Joe Manchin (D-W.Va.), another member …": skip a parenthesis before the comma.
      if (/^\.?\)/.test(g.trim())) {
        while (e > first && !/\(/.test(gapBefore(t, e))) e--;
        e--;
      }
      // "A senator from Ohio, Dana Ruiz, said": the person before a place's post-modifier, as roleOwner reads it.
      if (e >= first) {
        const left = collectLeft(t, outerAppositive(t, e, first), first);
        return left && (roleOwner(t, left, first) ?? left);
      }
      break;
    }
  }
  return undefined;
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/**
 * The end of the subject before a chain of appositives ending at token e: "Evan Ruiz, the founder of X, a rights
 * group, said", "Sen. Dana Holt, R-Ohio, who on Thursday unveiled …, said", "Dana Holt, 45, a teacher, said",
 * "One candidate, Dana Holt, the mayor, said" (GUIDELINES.md §5: the speaker without appositive or relative
 * clause). A segment between commas is passed over when it opens with a relative word or a determiner, is a party
 * code or an age, or is a name after a noun phrase that opens the sentence.
 */
function outerAppositive(t: Tokenized, e: number, first: number): number {
  for (let hops = 0; hops < 4; hops++) {
    let from = e;
    while (from > first && !/,/.test(gapBefore(t, from))) from--;
    // Only a plain comma joins an appositive to its noun phrase (not ",”" after a quotation).
    // ("R-Calif.," ends in the full stop of its abbreviation.)
    if (from <= first || e - from > 14 || !(/^,\s*$/.test(gapBefore(t, from)) || (/^\.,\s*$/.test(gapBefore(t, from)) && /^[RDI]-[A-Z]/.test(t.tokens[from - 1].text)))) return e;
    const segment = t.tokens.slice(from, e + 1);
    const opener = segment[0].lower;
    const before = t.tokens[from - 1];
    // The segment before must be a noun phrase ("On Saturday, the mayor of Elm, Dana Holt, said" stops at the mayor).
    let p = from - 1;
    while (p > first && !/,/.test(gapBefore(t, p))) p--;
    // "…, the Jan. 6 attack on the Capitol, her deputy chief of staff, Drew Hammill, said": a clause before the
    // segment (it has a verb) makes the segment the subject, not an appositive.
    const nounPhraseBefore = (before.pos === 'NOUN' || before.pos === 'PROPN' || /^\d+$/.test(before.text) || /^[RDI]-[A-Z]/.test(before.text)) && !DATE_WORDS.has(before.lower) && !/^(?:ADP|ADV|SCONJ|CCONJ|VERB|AUX|PART)$/.test(t.tokens[p].pos) && !t.tokens.slice(p, from).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (!nounPhraseBefore) return e;
    let skip = RELATIVE_OPENERS.has(opener) || APPOSITIVE_OPENERS.has(opener);
    // "R-Texas", "D-Calif.", "I-Vt.": a party code; "45": an age.
    if (!skip && segment.length <= 2 && /^[RDI]-[A-Z]/.test(segment[0].text)) skip = true;
    if (!skip && segment.length === 1 && /^\d{1,3}$/.test(segment[0].text)) skip = true;
    // "Bishop Dana Holt, of Peoria, Ill., said": where the person is from.
    if (!skip && (opener === 'of' || opener === 'from') && segment.length >= 2 && segment.length <= 4 && segment.slice(1).every((x) => x.pos === 'PROPN' && x.cap)) skip = true;
    // "One candidate, Dana Holt, …": a name set beside a noun phrase that opens the sentence.
    if (!skip && segment.every((x, n) => x.pos === 'PROPN' || x.inName || titleDot(t, from + n))) {
      skip = p === first && /^(?:DET|NUM|ADJ|NOUN)$/.test(t.tokens[first].pos) && before.pos === 'NOUN';
    }
    if (!skip) return e;
    e = from - 1;
  }
  return e;
}

/**
 * Is token k a relative "that" right after its noun, with the verb right after it ("a resolution that says")? A
 * complementiser "that" is followed by its clause's subject, a determiner "that" by its noun, never by the verb.
 */
function relativeThatAt(t: Tokenized, k: number): boolean {
  const x = t.tokens[k];
  const noun = t.tokens[k - 1];
  const verb = t.tokens[k + 1];
  if (!(x?.lower === 'that' && noun !== undefined && verb !== undefined && noun.sentence === x.sentence && verb.sentence === x.sentence && x.tight && verb.tight && verb.pos === 'VERB')) return false;
  // Only an antecedent that can speak: a name, a role, or a document ("a gauge that revealed" is a finding).
  return noun.pos === 'PROPN' || (noun.pos === 'NOUN' && (ROLE_WORDS.has(noun.lower) || SPEAKING_DOCUMENTS.has(noun.lower)));
}
/** Post-modifiers of someone who knows: "a person close to Trump", "people knowledgeable about the plan". */
const CLOSE_TO = new Set(['close to', 'knowledgeable about', 'briefed on']);
/** Documents that speak for their authors ("a resolution that says", "a letter that calls for"). */
const SPEAKING_DOCUMENTS = new Set(['resolution', 'resolutions', 'statement', 'statements', 'letter', 'letters', 'motion', 'memo', 'memorandum', 'report', 'reports', 'filing', 'complaint', 'lawsuit', 'bill', 'measure', 'proposal', 'petition', 'document', 'documents', 'email', 'emails', 'tweet', 'tweets', 'post', 'posts', 'ad', 'ads', 'advertisement', 'op-ed', 'editorial', 'column', 'book', 'speech', 'message', 'messages', 'notice', 'brief']);

/** Quantifiers that can stand as a clause's subject and speak ("many have called for"). */
const QUANTIFIER_SPEAKERS = new Set(['many', 'some', 'most', 'several', 'others', 'few']);

/** A speaker phrase ending at token k (inclusive), read right to left; "X, who said" gives X. */
function collectLeft(t: Tokenized, k: number, first: number): { start: number; end: number; text: string } | undefined {
  let tok = t.tokens[k];
  const relative = tok.lower === 'who' && !/,/.test(gapBefore(t, k));
  // "a resolution that says", "officials that said": a relative "that" right after its noun.
  const thatRelative = relativeThatAt(t, k);
  if (RELATIVE.has(tok.lower) && k > first && (/,/.test(gapBefore(t, k)) || tok.lower === 'who' || thatRelative)) {
    k--;
    // "Sen. Kay Holt, R-Texas, who on Thursday unveiled …": past a party code, an age or an appositive.
    if (/,/.test(gapBefore(t, k + 1))) {
      const inner = k;
      k = outerAppositive(t, k, first);
      // "… against Jeb Bush of Florida, a leading Republican contender, who has argued": "who" is the named person
      // the appositive describes, even where that name is an object in its clause.
      if (k === inner && tok.lower === 'who') {
        let a = k;
        while (a > first && !/,/.test(gapBefore(t, a))) a--;
        const name = t.tokens[a - 1];
        // (Or the bare "Democrat of New York" of newspaper style.)
        const party = /^(?:democrat|republican|independent)$/.test(t.tokens[a].lower) && t.tokens[a + 1]?.lower === 'of';
        if (a > first && a < k && /^,\s*$/.test(gapBefore(t, a)) && (t.tokens[a].lower === 'a' || t.tokens[a].lower === 'an' || party) && name.pos === 'PROPN' && name.cap) k = a - 1;
      }
    }
    tok = t.tokens[k];
  }
  // "Dana Ruiz, a former mayor who announced": a restrictive "who" inside an appositive is the named person.
  if (relative) {
    let a = k;
    while (a > first && k - a < 10 && !/[,;:()—–]/.test(gapBefore(t, a))) a--;
    const name = t.tokens[a - 1];
    if (a > first && a < k && /^,\s*$/.test(gapBefore(t, a)) && /^(?:a|an|the)$/.test(t.tokens[a].lower) && name.pos === 'PROPN' && name.cap) {
      // The name alone, its capitalised words ("replace its bust of Roger B. Taney, the chief justice who" → Roger
      // B. Taney), not the noun phrase it ends.
      let s0 = a - 1;
      // (The tagger may read a first name as a verb: "wrote Josh Blackman, a professor who".)
      while (s0 - 1 >= first && t.tokens[s0 - 1].cap && !/^(?:DET|PRON|ADP|CCONJ|SCONJ)$/.test(t.tokens[s0 - 1].pos) && /^[.\s]*$/.test(gapBefore(t, s0)) && !/\.\s/.test(gapBefore(t, s0)) || (s0 - 1 >= first && /^\.\s$/.test(gapBefore(t, s0)) && t.tokens[s0 - 1].text.length === 1 && t.tokens[s0 - 1].cap)) s0--;
      const from = t.tokens[s0].start;
      return { start: from, end: name.end, text: t.body.slice(from, name.end) };
    }
  }
  // "a lawyer for the wife of Dana Holt said", "an attorney for the Smith family said": the role before "for" speaks.
  // (Back through the noun phrase only: "a spokesman for her said she had told" leaves "she" her own verb.)
  for (let r = k - 1; r >= Math.max(first + 1, k - 7) && !PRONOUNS.has(tok.lower); r--) {
    const x = t.tokens[r];
    if (x.lower === 'for' && x.tight && /^\s*$/.test(gapBefore(t, r + 1))) {
      const role = t.tokens[r - 1];
      if (/^(?:lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|spokesperson|representative|representatives|counsel|aide|aides|adviser|advisers|advisor|advisors|agent)$/.test(role.lower) && role.tight) return collectLeft(t, r - 1, first);
      break;
    }
    // (A title's full stop stays inside the phrase: "a lawyer for Mrs. Clinton said".)
    if (!(/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) || x.lower === 'of' || POSSESSIVE_DETERMINERS.has(x.lower)) || !/^\.?\s*$/.test(gapBefore(t, r + 1))) break;
  }
  // "a spokesman for her said": the role before an object pronoun's preposition speaks.
  if ((tok.lower === 'her' || tok.lower === 'him' || tok.lower === 'them') && k - 2 >= first && (t.tokens[k - 1].lower === 'for' || t.tokens[k - 1].lower === 'of') && t.tokens[k - 2].pos === 'NOUN' && t.tokens[k].tight && t.tokens[k - 1].tight) {
    return collectLeft(t, k - 2, first);
  }
  if (PRONOUNS.has(tok.lower)) return { start: tok.start, end: tok.end, text: tok.text };
  // "I’m officially announcing": the pronoun of a contraction is the speaker (GUIDELINES.md §5 spans it alone).
  const contracted = contractedPronoun(tok);
  if (contracted) return contracted;
  // "that many have called for", "…, some argued": a quantifier standing alone as the subject of its clause.
  // Not after "and": "Ruiz and others" is one coordinated source.
  if (QUANTIFIER_SPEAKERS.has(tok.lower) && (k === first || /,/.test(gapBefore(t, k)) || t.tokens[k - 1].lower === 'that' || t.tokens[k - 1].pos === 'SCONJ')) {
    return { start: tok.start, end: tok.end, text: tok.text };
  }
  // "Kevin Drum adds": a capitalised word after a name, mid-sentence, is part of the name whatever its tag.
  const nameVerb = tok.pos === 'VERB' && tok.cap && k > first && t.tokens[k - 1].pos === 'PROPN' && tok.tight;
  if (DATE_WORDS.has(tok.lower) || (tok.pos === 'ADJ' && !nominalAdjective(t, k, first)) || (tok.pos === 'VERB' && !nameVerb) || tok.pos === 'ADP') return undefined;
  if (!(isNameLike(tok) || tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'ADJ') || ['a', 'an', 'the', 'and', 'of', 'with'].includes(tok.lower)) return undefined;
  let from = k;
  // "the sports that opponents condemned": a "that" right after a noun is a relative, not the phrase's determiner.
  const relativeThat = (c: number): boolean => t.tokens[c].lower === 'that' && c - 1 >= first && (t.tokens[c - 1].pos === 'NOUN' || t.tokens[c - 1].pos === 'PROPN') && t.tokens[c].tight;
  // "an interview at Vox with James Carville, who accused": a lower-case "with" joins a speaker only as "familiar with".
  const withJoin = (c: number): boolean => t.tokens[c].text !== 'with' || t.tokens[c - 1]?.lower === 'familiar';
  while (from - 1 >= first && k - from < 6 && (t.tokens[from].tight || titleDot(t, from) || initialDot(t, from)) && inPhrase(t.tokens[from - 1], tok) && !relativeThat(from - 1) && withJoin(from - 1)) from--;
  // "Officials familiar with the matter said", "A person directly familiar with the talks": the post-modifier is
  // no part of the span (GUIDELINES.md §5).
  for (let c = from; c < k; c++) {
    if (t.tokens[c].text !== 'familiar' || t.tokens[c + 1].text !== 'with') continue;
    const owner = c - 1 >= first && t.tokens[c - 1].pos === 'ADV' && t.tokens[c].tight ? c - 2 : c - 1;
    if (owner >= first && (t.tokens[owner].pos === 'NOUN' || t.tokens[owner].pos === 'PROPN') && t.tokens[owner + 1].tight) return collectLeft(t, owner, first);
  }
  // "Mr. Biden's first budget request as president calls for": a role after "as" describes the noun before it.
  // Only a bare office ("as president"): "as" before anyone else is a conjunction ("the same page as Clinton said",
  // "a factor as residents explained").
  if (from === k && from - 2 >= first && t.tokens[from - 1].lower === 'as' && PERSON_OFFICES.has(t.tokens[from].lower) && !t.tokens[from].cap && t.tokens[from - 1].tight && t.tokens[from].tight && t.tokens[from - 2].pos === 'NOUN' && !t.tokens[from - 2].cap && !/,/.test(gapBefore(t, from - 1))) {
    return collectLeft(t, from - 2, first);
  }
  // "A person close to Trump said", "People knowledgeable about the plan said": the person speaks, not whom they know.
  if (from - 3 >= first) {
    const [owner, near, prep] = [t.tokens[from - 3], t.tokens[from - 2], t.tokens[from - 1]];
    const knows = CLOSE_TO.has(`${near.lower} ${prep.lower}`) && near.tight && prep.tight && t.tokens[from].tight;
    if (knows && owner.pos === 'NOUN' && (ANON.has(owner.lower) || PERSON_LIKE.test(owner.lower))) return collectLeft(t, from - 3, first);
  }
  const left = from;
  // "advisers to the US Centers for Disease Control voted to", "the ambassador to China told": the role speaks.
  let role = left - 1;
  if (role > first && t.tokens[role].lower === 'the') role--;
  if (role > first && t.tokens[role].lower === 'to' && t.tokens[role].tight && ADVISER_TO.has(t.tokens[role - 1].lower)) return collectLeft(t, role - 1, first);
  // "the objection of prosecutors who said": the relative's antecedent is the noun right before "who".
  if (relative) {
    for (let c = k - 1; c >= from; c--) {
      // "a month of self-obsession from activists who demand": also after "from" and "among".
      if ((t.tokens[c].lower === 'of' || t.tokens[c].lower === 'from' || t.tokens[c].lower === 'among') && !t.tokens[c].inName) {
        from = c + 1;
        break;
      }
    }
  }
  // "sent her a letter citing": an indirect object before the phrase's determiner is no part of it.
  if (from < k && (OBJECT_PRONOUNS.has(t.tokens[from].lower) || t.tokens[from].lower === 'her') && t.tokens[from + 1].pos === 'DET') from++;
  // Trim function words at the left edge ("the two diplomats" -> "two diplomats"; "But Torres" -> Torres).
  // "When Gov. X of Texas announced", "After Sen. X said": a subordinator the tagger reads as an adverb or preposition.
  while (from < k && (['the', 'and', 'of', 'with', 'a', 'an', 'for'].includes(t.tokens[from].lower) || SUBORDINATORS.has(t.tokens[from].lower) || t.tokens[from].pos === 'CCONJ' || t.tokens[from].pos === 'SCONJ')) from++;
  const head = t.tokens[k];
  // "Senators involved in the talks say": the phrase is a preposition's object; the speaker is the noun before it.
  // "members of either party", "officials from both parties": a quantifier between the preposition and its noun.
  // "Leaders of the country's largest rights group": the phrase ran out of length before its determiner.
  const quantified = left - 2 > first && (QUANTIFIED.has(t.tokens[left - 1].lower) || (k - left >= 5 && t.tokens[left - 1].pos === 'DET')) && t.tokens[left].tight;
  // The phrase may have run back over the preposition itself ("of the country's largest civil rights group").
  const at = quantified ? left - 1 : t.tokens[left].pos === 'ADP' && left < k ? left + 1 : left;
  const adp = t.tokens[at - 1];
  // Not for a restrictive "that" or "who": its antecedent is the noun right before it ("a vote on a resolution that
  // says", "bluster from activists who demand").
  if (!thatRelative && !relative && adp && at - 1 > first && head.pos === 'NOUN' && !head.cap && adp.pos === 'ADP' && (POST_MODIFIER_ADP.has(adp.lower) || adp.lower === 'to') && !adp.inName && t.tokens[at].tight && adp.tight) {
    let m = at - 2;
    if (m > first && /ed$/.test(t.tokens[m].lower) && (t.tokens[m].pos === 'VERB' || t.tokens[m].pos === 'ADJ') && t.tokens[m].tight) m--;
    const noun = t.tokens[m];
    if (noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !DATE_WORDS.has(noun.lower) && t.tokens[m + 1].tight) return collectLeft(t, m, first);
  }
  const start = t.tokens[from].start;
  if (!head.cap && !ROLE_WORDS.has(head.lower) && head.pos !== 'NOUN' && !(head.pos === 'ADJ' && nominalAdjective(t, k, first))) return undefined;
  // "Leaders of the union said", "the founder of X said": a person's or group's "of" phrase is a post-modifier
  // (GUIDELINES.md §5), not part of a name ("Department of the Interior", "Speaker of the House Dana Holt"; a plural
  // opening the sentence is a common noun the tagger may read as a name: "Trustees of the fund"); a quantifier's
  // is its noun ("two of the mayor's aides", "some of them"), and other nouns' is the speaker ("forecasts of
  // economists", "the kind of plan Ruiz is calling for").
  for (let c = from + 1; c < k; c++) {
    const noun = t.tokens[c - 1];
    // "secretary of state", "chief of staff": a bare noun after "of" makes a title, not a post-modifier.
    const object = t.tokens[c + 1];
    const determined = object !== undefined && (object.pos === 'DET' || object.pos === 'NUM' || object.pos === 'PROPN' || POSSESSIVE_DETERMINERS.has(object.lower));
    if ((t.tokens[c].lower === 'of' || (t.tokens[c].lower === 'to' && ADVISER_TO.has(noun.lower))) && !t.tokens[c].inName && determined && !QUANTIFIER_SPEAKERS.has(noun.lower) && (!noun.cap || (c - 1 === first && /[^s]s$/.test(noun.lower))) && (ANON.has(noun.lower) || UNIQUE_OFFICES.has(noun.lower) || noun.pos === 'PROPN')) return { start, end: t.tokens[c - 1].end, text: t.body.slice(start, t.tokens[c - 1].end) };
  }
  return { start, end: head.end, text: t.body.slice(start, head.end) };
}

/**
 * "the presidential hopeful said", "the accused told": an adjective right after "the" (with adjectives between) and
 * right before the verb heads its noun phrase; the lite model tags such heads ADJ.
 */
function nominalAdjective(t: Tokenized, k: number, first: number): boolean {
  for (let c = k - 1; c >= Math.max(first, k - 3); c--) {
    const x = t.tokens[c];
    if (!t.tokens[c + 1].tight) return false;
    if (x.lower === 'the') return true;
    if (x.pos !== 'ADJ') return false;
  }
  return false;
}

/** A speaker phrase starting at token j, read left to right ("The Washington Post", "Beijing’s FM"). */
function collectRight(t: Tokenized, j: number): { start: number; end: number; text: string } | undefined {
  const s = t.tokens[j]?.sentence;
  if (s === undefined || s !== t.tokens[j - 1]?.sentence) return undefined;
  const tok = t.tokens[j];
  if (PRONOUNS.has(tok.lower)) return { start: tok.start, end: tok.end, text: tok.text };
  let to = j;
  // "with" only as in "officials familiar with": "Vox with James Carville" is two parties, Vox speaking. And
  // "familiar with …" is a post-modifier, no part of the span ("according to people familiar with the matter").
  while (to < t.tokens.length && to - j < 8 && t.tokens[to].sentence === s && (to === j || t.tokens[to].tight || initialDot(t, to) || titleDot(t, to)) && (isNameLike(t.tokens[to]) || (to > j && t.tokens[to].inName && t.tokens[to - 1].inName && !DATE_LEAD.has(t.tokens[to].lower))) && !(t.tokens[to].text === 'with' && t.tokens[to - 1]?.lower !== 'familiar') && !(to > j && t.tokens[to].text === 'familiar')) to++;
  // Drop trailing function words ("Xi during" stops at "during"; "officials familiar with" keeps going).
  // …and trailing adjectives ("a source familiar with the talks" → source).
  while (to > j && (['the', 'and', 'of', 'with', 'a', 'an', 'one', 'two', 'three'].includes(t.tokens[to - 1].lower) || (to - 1 > j && t.tokens[to - 1].pos === 'ADJ' && !t.tokens[to - 1].cap))) to--;
  if (to === j) return undefined;
  // "said the Democratic staffer", "said senior adviser David Axelrod", "said Republican strategist Dana Ruiz": a
  // modifier before its common noun is no name of its own (the tagger reads "Republican" as one); the noun phrase
  // reader takes the whole phrase.
  const after = t.tokens[to];
  if ((t.tokens[to - 1].pos === 'ADJ' || t.tokens[to - 1].cap) && after !== undefined && after.sentence === s && after.tight && after.pos === 'NOUN' && !after.cap && !DATE_WORDS.has(after.lower)) {
    const np = nounPhraseRight(t, j);
    if (np) return np;
  }
  // "condemn Russia's actions": a possessive is the start of an object, not a speaker.
  if (/'s$/.test(t.tokens[to - 1].lower) && to < t.tokens.length && t.tokens[to].sentence === s) return undefined;
  // The noun phrase without its article (GUIDELINES.md §5: "according to The Daily Ledger" → Daily Ledger).
  let from = j;
  while (from < to - 1 && ['the', 'a', 'an'].includes(t.tokens[from].lower)) from++;
  // "said a June 2 Facebook post": a month or weekday is no speaker; the noun it dates is ("June 2 Facebook post").
  // ("said June, a nurse": a name before its comma stays the name.)
  if (t.tokens.slice(from, to).every((x) => DATE_WORDS.has(x.lower)) && t.tokens[to]?.sentence === s && t.tokens[to].tight) {
    let k = to;
    while (k < t.tokens.length && t.tokens[k].sentence === s && t.tokens[k].tight && (t.tokens[k].pos === 'NUM' || DATE_WORDS.has(t.tokens[k].lower))) k++;
    const np = k < t.tokens.length && t.tokens[k].sentence === s && t.tokens[k].tight ? nounPhraseRight(t, k) : undefined;
    return np && !DATE_WORDS.has(np.text.toLowerCase()) ? { start: t.tokens[from].start, end: np.end, text: t.body.slice(t.tokens[from].start, np.end) } : undefined;
  }
  const start = t.tokens[from].start;
  const end = t.tokens[to - 1].end;
  return { start, end, text: t.body.slice(start, end) };
}

/**
 * "once called a ‘gold standard’", "they dubbed it ‘the surge’": a verb of naming with its speaker makes a quote
 * inside a quotation partial (GUIDELINES.md §3.2); a passive or "so-called" ("is described as ‘incidental’") does not.
 */
const NESTED_NAMING = /\b(?:call|calls|calling|dub|dubs|dubbing|(?<!\b(?:is|are|was|were|be|been|being|so-)\s?)(?:called|dubbed|labell?ed|termed|branded))\s+(?:(?:it|him|her|them|this|that|a|an|the|his|its|their|our|my)\s+){0,2}$/i;

/** "We said ‘no’", "told him: ‘…’": a quote inside a quote that is itself reported speech, not a scare quote. */
const NESTED_SPEECH = /\b(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|reply|replies|replied|answer|answered|write|wrote|shout|shouted)\b[^.;!?\p{L}]*(?:\p{L}+(?:[^.;!?\p{L}]+\p{L}+)?[^.;!?\p{L}]*)?$/iu; // words split only at non-letters: no exponential splits

/**
 * Direct quotes (with speaker) and scare quotes: 1–4 words not attached to any speech verb, or 1–4 words quoted
 * inside a quotation (the speaker's own scare quotes, as in “joining forces against ‘color revolutions’”).
 */
function quoteMarkers(t: Tokenized, attributions: Attribution[], quotations?: Quotation[]): Marker[] {
  const out: Marker[] = [];
  const quotes = t.parse.quotes;
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = t.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t.sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return t.sentences[lo]?.index ?? 0;
  };
  // The last named speaker so far resolves "he said" to a name.
  const named = attributions.filter((a) => a.kind === 'named').map((a) => ({ at: t.tokens[a.verb].start, name: a.speaker!.text }));
  const resolve = (a: Attribution): string | undefined => {
    if (a.kind !== 'pronoun') return a.speaker?.text;
    const at = t.tokens[a.verb].start;
    let name: string | undefined;
    for (const x of named) if (x.at < at) name = x.name;
    // "he" is never "Mrs. Clinton", "she" never "Mr. Netanyahu": a title that says the person's sex rules the last
    // name out, and the quotation stays with its pronoun (an earlier name would be a guess).
    const pronoun = a.speaker?.text.toLowerCase() ?? '';
    const ruledOut = pronoun === 'he' ? FEMALE_TITLE : pronoun === 'she' ? MALE_TITLE : undefined;
    return name !== undefined && ruledOut?.test(name) ? undefined : name;
  };
  for (const q of quotes) {
    const words = countWordsBetween(t.body, q.innerStart, q.innerEnd);
    if (!words) continue;
    const sentence = sentenceOf(q.open);
    const lastSentence = sentenceOf(Math.max(q.open, q.end - 1));
    if (isTitle(t, q, words)) {
      // "Beck wrote “Progressivism” on the board": one capitalised word right after a report verb is the words
      // written or said, not a name (a longer capitalised quote after "wrote" is a work: "wrote “The Art of War”").
      const a = words === 1 && !titleByContext(t, q, words) ? nearestAttribution(t, q, attributions, sentence, lastSentence) : undefined;
      if (!(a && t.tokens[a.verb].end <= q.open && countWordsBetween(t.body, t.tokens[a.verb].end, q.open) === 0)) {
        quotations?.push({ start: q.open, end: q.end, kind: 'title', depth: q.depth });
        continue;
      }
    }
    if (q.depth > 0) {
      // A longer quote inside a quote is part of the speech; a short one is a scare quote within it, unless it holds
      // a clause (“Tiger Woods wasn’t happy.”: someone's words) or a verb of naming gives its speaker.
      const before = t.body.slice(Math.max(0, q.open - 40), q.open);
      if (words <= 4 && !NESTED_SPEECH.test(before) && !NESTED_NAMING.test(before) && !subjectAndVerb(t, q) && !reportedInside(t, q, quotes, attributions, sentence)) {
        out.push(mark(t, q, sentence, 'scare-quote', q.kind, `scare:nested:${q.kind}`, { words: String(words), nested: 'true', kind: 'scare' }));
        quotations?.push({ start: q.open, end: q.end, kind: 'scare', depth: q.depth });
      } else {
        quotations?.push({ start: q.open, end: q.end, kind: hasClause(t, q) ? 'direct' : 'partial', depth: q.depth });
      }
      continue;
    }
    const clause = hasClause(t, q);
    let attribution = nearestAttribution(t, q, attributions, sentence, lastSentence);
    const short = words <= 4;
    // "…,” Biden said in a statement. “We can achieve that …”": a quoted sentence with no speaker of its own goes
    // on with the speaker of the sentence before (GUIDELINES.md §3.3 "speaker … before").
    if (!attribution && clause) attribution = continuedFrom(t, q, attributions, quotes, sentence);
    const attached = attribution && (isAttached(t, q, attribution, sentence) || inComplement(t, q, attribution));
    // Partial or scare (GUIDELINES.md §3.2): can we point to who used these words, in this sentence or the two before?
    const soCalled = /so-called\s*$/i.test(t.body.slice(Math.max(0, q.open - 12), q.open));
    // "Governor Holt? “Solid as a rock.”": a quote that is its whole sentence, capitalised and closed by its own full
    // stop, is an answer given, not marks of distance.
    const utterance = short && q.closed && isUtterance(t, q, sentence);
    // Either way, who used the words may be named in the two sentences before.
    if (utterance || (short && !attached && !clause)) attribution ??= nearestAttribution(t, q, attributions, Math.max(0, sentence - 2), lastSentence);
    // 'The “squad” member said': marks inside the speaker's own noun phrase are the writer's label for the speaker,
    // not words the speaker used, unless someone used the word in the two sentences before ('Ruiz calls herself a
    // “warrior.” The “warrior” candidate said' is partial, §3.2). A quoted modifier of any other noun keeps its
    // speaker: the hand labels read 'posting an “outtakes” gallery' as the poster's word.
    // (The search of the sentences before runs last: it is the costly check.)
    const labelsSpeaker = short && !attached && !clause && attribution?.speaker !== undefined && attribution.kind !== 'pronoun' && q.open < attribution.speaker.end && q.end <= t.tokens[attribution.verb].start && countWordsBetween(t.body, q.end, Math.max(q.end, attribution.speaker.start)) === 0 && inNounPhrase(t, q, sentence) && (sentence === 0 || !nearestAttribution(t, q, attributions, Math.max(0, sentence - 2), sentence - 1));
    if (short && !attached && !clause && !utterance) {
      if (soCalled || labelsSpeaker || (!attribution && !partialQuoteVerb(t, q, sentence) && !reportVerbOrNameBefore(t, q, sentence))) {
        out.push(mark(t, q, sentence, 'scare-quote', q.kind, `scare:${q.kind}`, { words: String(words), kind: 'scare' }));
        quotations?.push({ start: q.open, end: q.end, kind: 'scare', depth: 0 });
        continue;
      }
    }
    const kind = clause ? 'direct' : 'partial';
    const attrs: Record<string, string> = { words: String(words), kind };
    const speaker = attribution ? resolve(attribution) : undefined;
    if (speaker) attrs.speaker = speaker;
    if (attribution?.speaker && attribution.speaker.text !== speaker) attrs.speakerText = attribution.speaker.text;
    // "“…,” she commented." with no name before to resolve "she": still attributed (GUIDELINES.md §3.3: a pronoun
    // speaker is the pronoun); the pronoun stays out of `speaker`, which counts distinct people.
    const attributed = speaker !== undefined || (attribution?.kind === 'pronoun' && attribution.speaker !== undefined);
    out.push(mark(t, q, sentence, 'quote', attributed ? 'attributed' : 'unattributed', `quote:${q.kind}${q.closed ? '' : ':open'}`, attrs));
    quotations?.push({
      start: q.open,
      end: q.end,
      kind,
      depth: 0,
      ...(speaker ? { speaker } : {}),
      ...(attribution?.speaker ? { speakerStart: attribution.speaker.start, speakerEnd: attribution.speaker.end } : {}),
    });
  }
  return out;
}

/**
 * The speaker a quotation opening its sentence continues: the sentence before, in the same paragraph, ends with a
 * report verb and its speaker (at most five words after the verb: "Noem tweeted on Monday.") or holds a quotation
 * that verb attributes. Not after a question ("“Are you sure?” the reporter asked. “I am.”" is an answer).
 */
function continuedFrom(t: Tokenized, q: QuoteSpan, attributions: Attribution[], quotes: QuoteSpan[], sentence: number): Attribution | undefined {
  const span = t.sentences.find((s) => s.index === sentence);
  const prev = t.sentences.find((s) => s.index === sentence - 1);
  if (!span || !prev || /[\p{L}\p{N}]/u.test(t.body.slice(span.start, q.open)) || /\n/.test(t.body.slice(prev.end, q.open))) return undefined;
  let last: Attribution | undefined;
  for (const a of attributions) if (t.tokens[a.verb].sentence === sentence - 1 && a.speaker) last = a;
  if (!last) return undefined;
  const verb = t.tokens[last.verb];
  const inPrev = quotes.filter((o) => o.depth === 0 && o.open >= prev.start && o.end <= prev.end + 1);
  if (inPrev.some((o) => /\?/.test(t.body.slice(Math.max(o.innerStart, o.innerEnd - 2), o.end)))) return undefined;
  const quoted = inPrev.some((o) => o.end <= verb.start);
  return quoted || countWordsBetween(t.body, verb.end, prev.end) <= 5 ? last : undefined;
}

/**
 * Someone who may have used the words earlier in the sentence: a report verb without a found speaker
 * ("by complaining about “wokeness”") or a proper name ("Gov. Cuomo …, marking the “milestone”").
 * Scare quotes are marks nobody in the sentence can be said to have used (GUIDELINES.md §3.2).
 */
function reportVerbOrNameBefore(t: Tokenized, q: QuoteSpan, sentence: number): boolean {
  const [from, to] = t.ranges[sentence] ?? [0, 0];
  if (from >= to) return false;
  const sentenceStart = t.tokens[from].start;
  const names = t.parse.names;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start < sentenceStart) lo = mid + 1;
    else hi = mid;
  }
  if (lo < names.length && names[lo].start < q.open) return true;
  for (let i = from; i < to && t.tokens[i].start < q.open; i++) {
    if (t.tokens[i].pos === 'VERB' && VERBS.match(t, i)) return true;
  }
  return false;
}

/** Is the closed quotation its whole sentence, capitalised and ended by its own full stop, "?" or "!"? */
function isUtterance(t: Tokenized, q: QuoteSpan, sentence: number): boolean {
  const span = t.sentences.find((x) => x.index === sentence);
  if (span === undefined || q.end > span.end + 1) return false;
  const inner = t.body.slice(q.innerStart, q.innerEnd);
  return !/[\p{L}\p{N}]/u.test(t.body.slice(span.start, q.open) + t.body.slice(q.end, span.end)) && /^\p{Lu}/u.test(inner) && /[.!?]\s*$/.test(inner);
}

/** Tokens of the parse inside [start, end). */
function parseTokensIn(t: Tokenized, start: number, end: number): ParsedToken[] {
  const p = t.parse.tokens;
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ParsedToken[] = [];
  for (let k = lo; k < p.length && p[k].start < end; k++) out.push(p[k]);
  return out;
}

/**
 * "“He criticized America for having ‘arrogance’ and the audacity to ‘dictate our terms’”": the outer quotation
 * reports, before the inner quote and in its sentence, what a named person said or did in words; the inner words
 * are that person's (partial, GUIDELINES.md §3.2), not the speaker's own scare quotes. A generic speaker ("people
 * allege that we built a ‘back door’") names nobody: scare.
 */
function reportedInside(t: Tokenized, q: QuoteSpan, quotes: QuoteSpan[], attributions: Attribution[], sentence: number): boolean {
  let outer: QuoteSpan | undefined;
  for (const o of quotes) if (o.depth === q.depth - 1 && o.innerStart <= q.open && q.end <= o.innerEnd + 1) outer = o;
  if (!outer) return false;
  const from = Math.max(outer.innerStart, t.sentences.find((x) => x.index === sentence)?.start ?? 0);
  return attributions.some((a) => {
    const at = t.tokens[a.verb].start;
    return at >= from && at < q.open && a.kind !== 'anonymous' && a.speaker !== undefined;
  });
}

/** A subject right before its verb inside the marks ("‘Lee wasn’t ready’"; not "‘license to discriminate’"). */
function subjectAndVerb(t: Tokenized, q: QuoteSpan): boolean {
  const toks = parseTokensIn(t, q.innerStart, q.innerEnd);
  const after = parseTokensIn(t, q.end, q.end + 40)[0];
  const nounAfter = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN') && /^\s*$/.test(t.body.slice(q.end, after.start));
  for (let k = 1; k < toks.length; k++) {
    const v = toks[k].pos;
    const s = toks[k - 1].pos;
    if (!((v === 'VERB' || v === 'AUX') && (s === 'PRON' || s === 'NOUN' || s === 'PROPN'))) continue;
    const word = t.body.slice(toks[k].start, toks[k].end).toLowerCase();
    // "‘gender affirming care’", "‘mask wearing’": a noun before a gerund is a compound, no subject.
    if (v === 'VERB' && word.endsWith('ing')) continue;
    // "‘government funded’ media": a participle ending the quote before a noun is a modifier, not a verb of its own.
    if (v === 'VERB' && k === toks.length - 1 && nounAfter) continue;
    return true;
  }
  return false;
}

/** A clause: a verb (finite or not) among the quoted words, or a whole sentence ending inside the marks. */
function hasClause(t: Tokenized, q: QuoteSpan): boolean {
  const toks = parseTokensIn(t, q.innerStart, q.innerEnd);
  let verbs = 0;
  let subject = false;
  for (const x of toks) {
    if (x.pos === 'VERB' || x.pos === 'AUX') verbs++;
    if (x.pos === 'PRON' || x.pos === 'NOUN' || x.pos === 'PROPN') subject ||= verbs === 0;
  }
  if (verbs > 0 && (subject || toks.length >= 6)) return true;
  // "mouth, “I'm sorry.”": a sentence of its own inside the marks, whatever the tagger made of its contraction.
  const inner = t.body.slice(q.innerStart, q.innerEnd).trim();
  return toks.length >= 2 && /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner) && /['’](?:m|re|s|ve|ll|d)\b/i.test(inner);
}

/**
 * A title by its context, whatever its case: "the “Today” show", "with the name “tea party”", "the subject line,
 * “conference call.”", "Fox News’ “Hannity,”".
 */
function titleByContext(t: Tokenized, q: QuoteSpan, words: number): boolean {
  // A quoted modifier after "a/an" is no name (GUIDELINES.md §3: "a “rubber stamp” program" is partial or scare).
  const work = WORK_AFTER.test(t.body.slice(q.end, q.end + 14)) && !/\ban?\s*$/i.test(t.body.slice(Math.max(0, q.open - 4), q.open));
  if (words <= 6 && (work || namedBefore(t.body, q.open))) return true;
  return words <= 3 && OUTLET_POSSESSIVE.test(t.body.slice(Math.max(0, q.open - 30), q.open)) && /^\p{Lu}/u.test(t.body.slice(q.innerStart, q.innerEnd));
}

/** A work noun right after the closing mark ("the “Today” show", "his “Hardball” program"). */
const WORK_AFTER = /^\s*(?:show|shows|program|programme|series|podcast|film|movie|book|column|album|song|documentary|segment|newsletter|sitcom|episode|blog)\b/i;
/** A name given right before the opening mark ("the name “tea party”", "titled", "the subject line, “…”"). */
const NAMING_BEFORE = /\b(?:(?:the|a|its|their|our|his|her|my|your)(?: \p{L}+)? (?:name|names|slogan|hashtag|motto|headline|caption|title|nickname)(?: (?:is|was|are|were))?|named|titled|entitled|nicknamed|subject line|banner)[,:]?\s*$/iu;
/** A second name joined by "or" to a quotation right before it ("the name “tea party” or “patriot”"). */
const OR_AFTER_QUOTE = /(?:“[^”]{1,40}”|"[^"]{1,40}") or[,:]?\s*$/;

/** Is the quotation opening at `open` a name given: after a naming word, or "or" after a quotation that is one? */
function namedBefore(body: string, open: number): boolean {
  if (NAMING_BEFORE.test(body.slice(Math.max(0, open - 24), open))) return true;
  // "whether it was “murder” or “self-defense”": the first quotation must itself be a name given.
  const from = Math.max(0, open - 48);
  const m = OR_AFTER_QUOTE.exec(body.slice(from, open));
  return m !== null && NAMING_BEFORE.test(body.slice(Math.max(0, from + m.index - 24), from + m.index));
}

/** A broadcaster's or paper's possessive right before the mark ("Fox News’ “Hannity,”", "CNN's “State of the Union”"). */
const OUTLET_POSSESSIVE = /\b(?:Fox News|Fox Business|CNN|MSNBC|CNBC|ABC|NBC|CBS|PBS|NPR|BBC|HBO|Netflix|C-SPAN|Newsmax|Fox)['’]s?\s*$/;

/** A word of a possible title (with inner apostrophes, dots and hyphens: "U.S.", "Rock'n'Roll"). */
const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is']);

/**
 * Works, shows, laws, doctrines, nicknames (GUIDELINES.md §3.2 title): every word of the quote but small function
 * words is capitalised ("The Calling", "Rubio Doctrine"), and it is not a one-word quote opening its sentence.
 */
function isTitle(t: Tokenized, q: QuoteSpan, words: number): boolean {
  const inner = t.body.slice(q.innerStart, q.innerEnd);
  if (titleByContext(t, q, words)) return true;
  // Word by word, stopping at the first word that rules a title out (or the 13th): most quotes are long speech,
  // and matching every word of it first was 1% of the analysis.
  TITLE_WORD.lastIndex = 0;
  let first: string | undefined;
  let count = 0;
  let caps = 0;
  for (let m = TITLE_WORD.exec(inner); m; m = TITLE_WORD.exec(inner)) {
    const w = m[0];
    if (++count > 12) return false;
    first ??= w;
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) caps++;
    else if (!TITLE_SMALL.has(w.toLowerCase())) return false;
  }
  if (!count) return false;
  if (!/^\p{Lu}/u.test(first ?? '')) return false;
  // One capitalised word ("Never," she said) is an utterance, unless it is a proper name in the parse.
  if (words === 1) return parseTokensIn(t, q.innerStart, q.innerEnd).some((x) => x.pos === 'PROPN') && !/[.!?,]\s*$/.test(inner);
  return caps >= 2;
}

function mark(t: Tokenized, q: QuoteSpan, sentence: number, family: string, label: string, rule: string, attrs: Record<string, string>): Marker {
  return { family, sentenceIndex: sentence, start: q.open, end: q.end, text: t.body.slice(q.open, q.end), label, rule, weight: 1, attrs };
}

/** The attribution in the quote's own sentences closest to it ("History shows, he said, that “…”"). */
function nearestAttribution(t: Tokenized, q: QuoteSpan, attributions: Attribution[], first: number, last: number): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDistance = Infinity;
  for (const a of attributions) {
    const tok = t.tokens[a.verb];
    if (tok.sentence < first || tok.sentence > last) continue;
    if (tok.start >= q.open && tok.end <= q.end) continue; // a verb inside the quote is the speaker's, not the writer's
    const distance = tok.start < q.open ? q.open - tok.end : tok.start - q.end;
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}

/** Is the quote the reported speech itself: right after the verb ("said that “…”", "insisted: “…”") or a whole-sentence quote followed by "X said"? */
function isAttached(t: Tokenized, q: QuoteSpan, a: Attribution, sentence: number): boolean {
  const verb = t.tokens[a.verb];
  if (verb.end <= q.open) {
    return countWordsBetween(t.body, verb.end, q.open) <= 4 && !/[.;!?]/.test(t.body.slice(verb.end, q.open));
  }
  const span = t.sentences.find((s) => s.index === sentence)!;
  const before = t.body.slice(span.start, q.open);
  const startsSentence = !/[\p{L}\p{N}]/u.test(before) || /:\s*$/.test(before);
  return startsSentence && countWordsBetween(t.body, q.end, verb.start) <= 4;
}

/**
 * 'The “squad” member', 'Her “friends”': a quote after the determiner or adjective of a noun phrase, with no
 * punctuation of its own at its end, is a modifier or the noun inside that phrase.
 */
function inNounPhrase(t: Tokenized, q: QuoteSpan, sentence: number): boolean {
  if (/[,.;:!?]\s*$/.test(t.body.slice(q.innerStart, q.innerEnd))) return false;
  const [from] = t.ranges[sentence] ?? [0, 0];
  const k = tokenAt(t, q.open, from) - 1;
  if (k < from) return false;
  const before = t.tokens[k];
  return before.end <= q.open && nounPhraseOpener(before);
}

/** A word that opens a noun phrase before its noun: a determiner, an adjective, a possessive, "so-called". */
function nounPhraseOpener(tok: Token): boolean {
  return tok.pos === 'DET' || tok.pos === 'ADJ' || POSSESSIVE_DETERMINERS.has(tok.lower) || tok.lower === 'so-called';
}

/** "He noted that China and Russia are co-operating “side by side”": the quote sits in the verb's that-clause. */
function inComplement(t: Tokenized, q: QuoteSpan, a: Attribution): boolean {
  const verb = t.tokens[a.verb];
  if (verb.end > q.open) return false;
  const next = t.tokens[a.verb + 1];
  return (next?.lower === 'that' && next.sentence === verb.sentence) || /^\s*:/.test(t.body.slice(verb.end, verb.end + 3));
}

/** "described X as his “best friend”", "called them “thugs”": a naming verb shortly before the quote. */
function partialQuoteVerb(t: Tokenized, q: QuoteSpan, sentence: number): boolean {
  const [from, to] = t.ranges[sentence] ?? [0, 0];
  for (let i = to - 1; i >= from; i--) {
    const tok = t.tokens[i];
    if (tok.start >= q.open) continue;
    if (q.open - tok.end > 80) break;
    if (NAMING_VERBS.has(tok.lower)) return true;
  }
  return false;
}

/**
 * Prepositions that open a post-modifier of a speaker ("officials in the region", "senators involved in the talks",
 * "a lawyer for the campaign", "leaders of the group"): the speaker is the noun before them.
 */
const POST_MODIFIER_ADP = new Set(['in', 'at', 'from', 'with', 'on', 'inside', 'within', 'for', 'of', 'near']);
/** Quantifiers between a post-modifier's preposition and its noun ("members of either party"). */
const QUANTIFIED = new Set(['either', 'both', 'each', 'neither', 'all']);

/** Index of the first token from j on that is not a date word ("announced on Thursday by …"). */
function skipDates(t: Tokenized, j: number, s: number): number {
  let k = j;
  while (k < t.tokens.length && t.tokens[k].sentence === s && (DATE_WORDS.has(t.tokens[k].lower) || (DATE_LEAD.has(t.tokens[k].lower) && DATE_WORDS.has(t.tokens[k + 1]?.lower ?? '')))) k++;
  return k;
}

/**
 * A noun phrase read left to right by the parse, for speakers that are common nouns ("according to internal
 * guidance", "per a county statement", "by leftist outlets"): determiners, adjectives, nouns, names and
 * possessives up to the head, without a leading a/an/the (GUIDELINES.md §5).
 */
function nounPhraseRight(t: Tokenized, j: number): { start: number; end: number; text: string } | undefined {
  const s = t.tokens[j]?.sentence;
  if (s === undefined) return undefined;
  let to = j;
  let head = -1;
  while (to < t.tokens.length && to - j < 12 && t.tokens[to].sentence === s && (to === j || t.tokens[to].tight || initialDot(t, to) || titleDot(t, to))) {
    const x = t.tokens[to];
    // "Sen. Dana Ruiz last week": a date ends the phrase.
    if (to > j && (DATE_WORDS.has(x.lower) || (DATE_LEAD.has(x.lower) && DATE_WORDS.has(t.tokens[to + 1]?.lower ?? '')))) break;
    const inName = x.inName && to > j && t.tokens[to - 1].inName;
    // "activist Rose McGowan", "spokeswoman Hope Hicks": a capitalised first name the tagger read as a verb, between
    // a lower-case noun and the surname.
    const firstName = x.pos === 'VERB' && x.cap && to > j && t.tokens[to - 1].pos === 'NOUN' && !t.tokens[to - 1].cap && t.tokens[to + 1]?.pos === 'PROPN' && t.tokens[to + 1].tight && t.tokens[to + 1].sentence === s;
    if (x.pos === 'NOUN' || x.pos === 'PROPN' || firstName) head = to;
    // Inside a name ("Centers for Disease Control") and in a coordination of nouns ("Reuters and other outlets").
    else if (inName || (x.lower === 'and' && head === to - 1 && /^(?:NOUN|PROPN|ADJ|DET)$/.test(t.tokens[to + 1]?.pos ?? ''))) {
      to++;
      continue;
    } else if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || (x.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(x.lower)) || (x.pos === 'ADV' && t.tokens[to + 1]?.pos === 'ADJ' && t.tokens[to + 1].tight))) break;
    // "a previously undisclosed report": an adverb grading the adjective after it stays in the phrase.
    if (/'s$/.test(x.lower.replace(/’/g, "'")) && head === to && to > j) {
      to++;
      continue;
    }
    to++;
  }
  if (head < 0) return undefined;
  let from = j;
  while (from < head && ['the', 'a', 'an'].includes(t.tokens[from].lower)) from++;
  const start = t.tokens[from].start;
  const end = t.tokens[head].end;
  return { start, end, text: t.body.slice(start, end) };
}

/**
 * The subject of a subordinate clause ("after the man approached", "when she arrived") that runs, without a comma,
 * up to the conjunction at k before the verb at i: the noun phrase right after the subordinator, before its verb.
 */
function subordinateSubject(t: Tokenized, first: number, k: number, i: number): { start: number; end: number; text: string } | undefined {
  // (From the sentence's first word: "After the man approached the mayor and asked …, police intervened.")
  for (let c = k - 1; c >= first; c--) {
    if (/[,;:—–()]/.test(gapBefore(t, c + 1))) return undefined;
    const x = t.tokens[c];
    if (!SUBORDINATORS.has(x.lower) || !/^(?:SCONJ|ADP|ADV)$/.test(x.pos)) continue;
    // "worth as much as Forbes estimated and speculated": a comparison, no clause of its own.
    if (x.lower === 'as' && (t.tokens[c - 2]?.lower === 'as' || /^(?:same|such|well)$/.test(t.tokens[c - 1]?.lower ?? ''))) return undefined;
    for (let n = c + 1; n < Math.min(c + 6, k - 1); n++) {
      const y = t.tokens[n];
      const verb = t.tokens[n + 1];
      if (!(/^(?:NOUN|PROPN)$/.test(y.pos) || SUBJECT_PRONOUNS.has(y.lower)) || !/^(?:VERB|AUX)$/.test(verb.pos) || !verb.tight) continue;
      if (DATE_WORDS.has(y.lower)) return undefined;
      // "if Congress passes the deal and urged lawmakers": another tense belongs to the main clause.
      if (verbForm(verb) !== verbForm(t.tokens[i])) return undefined;
      // "As the brawl over Medicare continued and threatened": the noun before a preposition heads the phrase.
      for (let p = c + 1; p < n; p++) {
        if (t.tokens[p].pos !== 'ADP' || p === c + 1 || !/^(?:NOUN|PROPN)$/.test(t.tokens[p - 1].pos)) continue;
        // (A non-human head, "the brawl", then speaks nothing: findAttribution drops the verb.)
        return collectLeft(t, p - 1, c + 1);
      }
      return collectLeft(t, n, c + 1);
    }
    return undefined;
  }
  return undefined;
}

/** The subject after the comma of a participle clause opening the sentence with a subordinator ("While warning …, X"). */
function frontedParticipleSubject(t: Tokenized, i: number): { start: number; end: number; text: string } | undefined {
  const tok = t.tokens[i];
  const first = t.ranges[tok.sentence][0];
  if (i - 1 !== first || !/ing$/.test(tok.lower) || !/^(?:while|when|after|before|by|since|in)$/.test(t.tokens[first].lower)) return undefined;
  const [, to] = t.ranges[tok.sentence];
  // The comma after which a subject and its verb follow ("…, Heidi Cruz, who …, he retweeted" → he).
  for (let c = i + 1; c < Math.min(to, i + 30); c++) {
    if (!/,/.test(gapBefore(t, c))) continue;
    const x = t.tokens[c];
    if (PRONOUNS.has(x.lower)) {
      if (/^(?:VERB|AUX)$/.test(t.tokens[c + 1]?.pos ?? '')) return { start: x.start, end: x.end, text: x.text };
      continue;
    }
    const np = nounPhraseRight(t, c);
    if (!np || DATE_WORDS.has(np.text.toLowerCase())) continue;
    const after = t.tokens[tokenAt(t, np.end, 0)];
    if (after && after.sentence === tok.sentence && /^(?:VERB|AUX)$/.test(after.pos) && !/,/.test(gapBefore(t, tokenAt(t, np.end, 0)))) return np;
  }
  return undefined;
}

/** A rough finite form, to tell coordinated verbs apart: -ing, present in -s, past ("-ed", or any other form off its lemma: "held"), base. */
function verbForm(x: { lower: string; lemma: string }): string {
  if (/ing$/.test(x.lower)) return 'ing';
  if (/[^s]s$/.test(x.lower) && x.lemma !== x.lower) return 's';
  return /ed$/.test(x.lower) || x.lemma !== x.lower ? 'past' : 'base';
}

/** The subject noun phrase of the clause a participle hangs from: the sentence's first noun phrase, after any opening adverbial ending in a comma. */
function clauseSubject(t: Tokenized, first: number, i: number): { start: number; end: number; text: string } | undefined {
  // "WASHINGTON — The senator …, declaring": past a dateline to the sentence's subject.
  let j = datelineEnd(t, first);
  if (j >= i) j = first;
  const tok = t.tokens[j];
  // "Speaking on Sunday, Sen. X … but said": a fronted participial phrase is skipped like a fronted adverbial, and so
  // is a fronted time phrase ("A few days ago, the speaker …", "Last week, the mayor …").
  let time = j;
  while (time < i && time - j < 5 && !/,/.test(gapBefore(t, time + 1))) time++;
  // (No verb in it: "The council met on Monday, but …" is a clause.)
  const fronted = time < i && time - j < 5 && /,/.test(gapBefore(t, time + 1)) && (t.tokens[time].lower === 'ago' || (time > j && DATE_WORDS.has(t.tokens[time].lower))) && !t.tokens.slice(j, time + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (tok.pos === 'ADP' || tok.pos === 'SCONJ' || tok.pos === 'ADV' || (tok.pos === 'VERB' && /(?:ing|ed)$/.test(tok.lower)) || fronted) {
    while (j < i && !/,/.test(gapBefore(t, j + 1))) j++;
    j++;
  }
  if (j >= i) return undefined;
  const x = t.tokens[j];
  if (PRONOUNS.has(x.lower)) return { start: x.start, end: x.end, text: x.text };
  // "I'll be meeting …": the pronoun of a contraction.
  const contracted = contractedPronoun(x);
  if (contracted) return contracted;
  const np = nounPhraseRight(t, j);
  // The phrase must be followed by its verb (or a parenthesis / appositive), not be an object or a date.
  if (!np || DATE_WORDS.has(np.text.toLowerCase())) return undefined;
  return np;
}
