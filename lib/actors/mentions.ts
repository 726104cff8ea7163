/**
 * Actor mentions drafted from the linguistic layer's parse (lib/nlp): runs of capitalised proper nouns, cut at
 * titles, named by the gazetteer where it knows them and by their head word where it does not, then resolved
 * within the article (surnames, nicknames, acronyms, "X administration"). Pure; detect.ts adds labels and sentiment.
 *
 * Rules (GUIDELINES.md §11 of the hand labels):
 * - A name run is consecutive capitalised tokens (PROPN, or NOUN/ADJ inside a run holding a PROPN) on one line,
 *   bridged by "of", "for", "on", "the", "and" between capitals when the run ends in an institution's head word
 *   ("Food and Drug Administration", "Department of Justice"). Titles (Sen., Rep., Gov., Justice, Speaker,
 *   Secretary of State…) are never part of a name: they cut the run, and what stands before them is a name of its
 *   own ("House Speaker Nancy Pelosi" → House, Nancy Pelosi).
 * - A run the gazetteer names whole is that actor. A run ending in a head word (Court, Committee, Department,
 *   Party, Navy…) is one institution even if the gazetteer knows a part ("Russian Navy", "House Intelligence
 *   Committee"). A person-shaped run (given name first) is one person even if a word is also a place ("Jim
 *   Jordan"). Otherwise the gazetteer's names inside the run are taken and the rest is classified on its own.
 * - Not actors: months, weekdays, diseases, holidays, programmes and laws ("Medicare", "Voting Rights Act"),
 *   titles alone, single unknown words (unless a person's surname or an acronym).
 * - Demonyms count only before a noun of the state ("Russian officials", not "Russian oligarchs").
 * - Seats of government (the White House, the Kremlin) are their own actors; capitals (Washington, Beijing) stand
 *   for the country unless used as a place.
 */
import type { Parse, ParsedToken } from '@/lib/nlp';
import { slugify, type ActorIndex } from './gazetteer';
import { lexiconKind } from './text';
import type { ActorKind, MentionForm } from './types';

export interface Draft {
  actor: string;
  name: string;
  kind: ActorKind;
  form: MentionForm;
  start: number;
  end: number;
  weak?: boolean;
  /** What a found actor is part of (a state's chamber → the state), for actors the gazetteer lacks. */
  parent?: string;
}

/** Words that title a person and are never part of a name. */
const TITLES = new Set(
  (
    'sen sens senator senators rep reps representative representatives gov governor governors president presidents vice ' +
    'justice justices judge speaker mr mrs ms dr prof professor secretary minister ministers prime chancellor leader ' +
    'majority minority whip chief attorney general gen lt col sgt adm cmdr capt maj pope king queen prince princess ' +
    'sheikh ayatollah chairman chairwoman chair chairperson ambassador commissioner mayor sheriff deputy press spokesman ' +
    'spokeswoman spokesperson former del delegate director surgeon premier lord lady sir dame rev reverend father sister ' +
    'officer councilman councilwoman lawmaker lawmakers candidate nominee founder ceo lieutenant commander assemblyman ' +
    'assemblywoman congressman congresswoman state-sen fm pm'
  ).split(' '),
);
/** Portfolio words: part of a title only beside a title word ("Secretary of State", "Defense Secretary"). */
const PORTFOLIOS = new Set('state defense defence treasury energy health homeland security interior transportation commerce labor education agriculture finance foreign home justice war navy army housing veterans affairs national'.split(' '));
/** Head words of institutions and organisations. */
const HEADS = new Set(
  (
    'court courts senate house committee subcommittee department administration agency party ministry council army navy ' +
    'corps force forces guard police commission bureau office service services institute university college school ' +
    'association foundation corporation company co inc corp group network times post journal news tribune herald ' +
    'authority board caucus center centre centers organization organisation union fund bank reserve cabinet parliament ' +
    'assembly congress legislature command coalition alliance movement front federation league society church hospital ' +
    'project trust council institution academy laboratory laboratories lab labs agency department review magazine ' +
    'press radio television tv channel airlines airways motors technologies industries holdings partners brigade ' +
    'brigades militia battalion regiment division directorate secretariat tribunal prosecutor commission conference'
  ).split(' '),
);
/** Heads of a state's public bodies (an institution), and of parties. */
const STATE_HEADS = new Set('court courts senate house committee subcommittee department administration agency ministry council army navy corps force forces guard police commission bureau office service authority board cabinet parliament assembly congress legislature command tribunal directorate secretariat prosecutor reserve'.split(' '));
function kindOfHead(head: string): ActorKind {
  if (head === 'party') return 'party';
  if (head === 'caucus' || head === 'movement' || head === 'militia' || head === 'brigade' || head === 'brigades' || head === 'front') return 'group';
  return STATE_HEADS.has(head) ? 'institution' : 'organization';
}
/** Heads before "of" in a name ("Republic of Georgia", "Secretary of State" is a title). */
const OF_HEADS = new Set('republic kingdom state states province city county district bank university college institute school museum church emirate duchy secretary minister'.split(' '));
/** Heads of names that are no actor: laws, programmes, works, events, wars, diseases. */
const NON_ACTOR_HEADS = new Set('depression recession pandemic epidemic act acts bill plan amendment amendments doctrine war wars agreement accord accords deal treaty day rule order award prize games olympics cup index average variant syndrome virus disease crisis protocol initiative program programme scheme law code constitution declaration summit'.split(' '));
/** Words that are never actors (capitalised or not): months, weekdays, diseases, holidays, programmes, markets. */
const NEVER = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday covid covid-19 coronavirus ' +
    'sars-cov-2 omicron delta ebola zika aids hiv christmas thanksgiving easter juneteenth ramadan hanukkah halloween ' +
    'medicare medicaid obamacare god jesus christ allah internet web dow nasdaq s&p gdp ceo cfo tv ok pm am dna rna ' +
    'ppe ai ev evs nft usd eua est edt pst pdt cst cdt et pt gmt utc aca cpi ppp ira usmca jcpoa ndaa mardi gras ii iii iv jr sr inc fbi-style i the a an this that these those he she it we they you his her ' +
    'their our my its mr mrs ms dr st covid19 id ap-norc english spanish french islam christianity catholic muslims ' +
    'muslim christian christians jewish jews black white latino latinos hispanic asian mexican-american'
  ).split(' '),
);
const LINKS = new Set(['of', 'for', 'on', 'the', 'and', '&', 'de', 'del', 'da', 'von', 'van', 'der', 'al', 'bin', 'la', 'le']);
/** Nouns of a state: a demonym before one stands for the country ("Chinese officials"), elsewhere it is nationality. */
const STATE_NOUNS = new Set(
  (
    'premier chancellor king queen foreign-minister government governments official officials authorities authority military forces force troops army navy air ' +
    'president prime minister ministers ministry foreign defense defence diplomat diplomats diplomacy embassy ' +
    'ambassador envoy intelligence policy policies interests interest economy leader leaders leadership regime ' +
    'administration sanctions strike strikes airstrike airstrikes missile missiles warship warships jets soldiers ' +
    'counterpart counterparts spokesman spokeswoman delegation state-run state-owned state media aggression ' +
    'officers negotiators side response security nuclear invasion occupation power influence territory control ' +
    'law courts court parliament legislature lawmakers senators congress election elections vote statement ' +
    'forces operation operations drones drone bombers agents cyberattack strength threat threats officialdom'
  ).split(' '),
);
/** Formal given names of nicknames: "Chuck Schumer" and "Charles Schumer" are one person. */
const NICKNAMES: Record<string, string> = {
  chuck: 'charles', charlie: 'charles', bob: 'robert', bobby: 'robert', rob: 'robert', bernie: 'bernard', bill: 'william',
  billy: 'william', will: 'william', mike: 'michael', mick: 'michael', jim: 'james', jimmy: 'james', jamie: 'james',
  joe: 'joseph', joey: 'joseph', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard', rich: 'richard',
  ted: 'edward', ed: 'edward', eddie: 'edward', ben: 'benjamin', liz: 'elizabeth', beth: 'elizabeth', betsy: 'elizabeth',
  kate: 'katherine', kathy: 'kathleen', katie: 'katherine', dan: 'daniel', danny: 'daniel', dave: 'david', steve: 'steven',
  stephen: 'steven', tony: 'anthony', andy: 'andrew', chris: 'christopher', matt: 'matthew', nick: 'nicholas', pat: 'patrick',
  pete: 'peter', sam: 'samuel', tim: 'timothy', greg: 'gregory', jeff: 'jeffrey', jon: 'jonathan', josh: 'joshua',
  ron: 'ronald', don: 'donald', doug: 'douglas', fred: 'frederick', hank: 'henry', harry: 'henry', jerry: 'gerald',
  larry: 'lawrence', len: 'leonard', mitch: 'mitchell', newt: 'newton', nancy: 'nancy', sue: 'susan', al: 'albert',
  alex: 'alexander', abe: 'abraham', gabe: 'gabriel', jack: 'john', johnny: 'john', ken: 'kenneth', kenny: 'kenneth',
  ray: 'raymond', russ: 'russell', sandy: 'sandra', terry: 'terrence', vic: 'victor', walt: 'walter', zach: 'zachary',
};

/**
 * "New York" is the state unless the context is the city's (GUIDELINES §11.3 keeps them apart): words right beside the
 * name decide first ("New York Gov.", "mayor of New York"), then cue words in its sentence, then in the article.
 */
const NY_STATE_BESIDE = /(?:\b(?:[Gg]ov\.|[Gg]overnor|[Uu]pstate|[Ss]tate of)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:of\s+)?$)/u;
const NY_STATE_AFTER = /^(?:['’]s)?\s+(?:[Gg]ov\.|[Gg]overnor|[Ss]tate\b|[Ll]egislature|[Aa]ttorney [Gg]eneral|gubernatorial)/u;
const NY_CITY_BESIDE = /\b(?:[Mm]ayor|NYPD)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:of\s+)?$/u;
const NY_CITY_AFTER = /^(?:['’]s)?\s+(?:[Mm]ayor|[Pp]olice|City Council|[Ss]ubway|[Bb]orough)/u;
const NY_STATE_CUES = /\b(?:Gov\.|[Gg]overnor|gubernatorial|[Ll]egislature|Albany|[Uu]pstate|statewide|[Ss]tate Senate|[Ss]tate Assembly|Hochul|Cuomo)\b/gu;
const NY_CITY_CUES = /\b(?:[Mm]ayor|mayoral|NYPD|[Bb]oroughs?|Manhattan|Brooklyn|Queens|Bronx|Staten Island|City Council|City Hall|subway|de Blasio)\b/gu;

/** Which New York a mention of "New York" is: 'city' or 'state' (the default, as the gazetteer's "New York"). */
export function newYorkSense(body: string, start: number, end: number, sentence: { start: number; end: number }): 'city' | 'state' {
  const before = body.slice(Math.max(0, start - 60), start);
  const after = body.slice(end, end + 40);
  if (NY_STATE_BESIDE.test(before) || NY_STATE_AFTER.test(after)) return 'state';
  if (NY_CITY_BESIDE.test(before) || NY_CITY_AFTER.test(after)) return 'city';
  const count = (re: RegExp, text: string) => [...text.matchAll(re)].length;
  const text = body.slice(sentence.start, sentence.end);
  const [state, city] = [count(NY_STATE_CUES, text), count(NY_CITY_CUES, text)];
  if (state !== city && (state === 0 || city === 0)) return city ? 'city' : 'state';
  const [allState, allCity] = [count(NY_STATE_CUES, body), count(NY_CITY_CUES, body)];
  return allCity > 0 && allState === 0 ? 'city' : 'state';
}

/**
 * Institution words that, capitalised after "the", name one institution of the article ("the Court", "the Army"):
 * the one actor named before whose name holds the word; for the armed forces, else the one of the article's one
 * country. Anything less sure is no mention.
 */
const REFERENCE_HEADS = new Set('court army navy committee department agency bureau commission ministry council'.split(' '));
const OWN_FORCES = new Set(['army', 'navy']);
/**
 * Federal bodies by the names a state's own bodies share ("the state Senate", "the Texas House", "the state House of
 * Representatives"); the first is the one a state's body is called by ("Arizona House").
 */
const FEDERAL_SHORT = new Map([
  ['united-states-senate', ['Senate']],
  ['united-states-house-of-representatives', ['House', 'House of Representatives']],
  ['supreme-court-of-the-united-states', ['Supreme Court']],
]);
const FEDERAL_AFTER = /^\s+(?:race|races|seat|seats|candidate|candidates|delegation|primary|primaries|contest|nominee|nomination|campaign|hopeful|bid|election|elections|runoff|runoffs)\b/;
const nameHolds = (name: string, head: string) => name.toLowerCase().split(/[\s-]+/).includes(head);

const TOKEN_NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X', 'VERB']);

/** Lower case without full stops and apostrophes ("U.S." → "us"); most words have neither, so no regex runs for them. */
function bare(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('.') || lower.includes("'") || lower.includes('’') ? lower.replace(/[.’']/g, '') : lower;
}
/** A token that starts with a capital letter, or with a digit and holds a capital ("3M"); ASCII decided without a regex. */
function isCapital(text: string, t: ParsedToken): boolean {
  const c = text.charCodeAt(t.start);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && /\p{Lu}/u.test(text.slice(t.start, t.end)));
  return /^[\p{Lu}]/u.test(text[t.start]);
}
const isAcronym = (w: string) => /^(?:\p{Lu}\.){2,6}$|^\p{Lu}[\p{Lu}&]{1,6}\+?$/u.test(w);

/** Token runs of capitalised words, cut at titles, on one line. */
function nameRuns(text: string, tokens: ParsedToken[]): ParsedToken[][] {
  const runs: ParsedToken[][] = [];
  const gapOk = (a: ParsedToken, b: ParsedToken) => b.start - a.end <= 1 && !/\n/.test(text.slice(a.end, b.start)) && (b.start > a.end || text[a.end - 1] !== '-');
  const word = (t: ParsedToken) => text.slice(t.start, t.end);
  const capTok = (t: ParsedToken) => isCapital(text, t) && TOKEN_NAME_POS.has(t.pos) && !/^[\p{Lu}]['’]?$/u.test(word(t)) || (isCapital(text, t) && t.pos === 'PROPN');
  // Whether each token can be part of a name, decided once per token (the loops below ask again and again).
  const cap = tokens.map(capTok);
  let i = 0;
  while (i < tokens.length) {
    if (!cap[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (next && cap[j + 1] && gapOk(tokens[j], next)) {
        j++;
        continue;
      }
      // Link words between capitals: "Department of Justice", "Food and Drug Administration".
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && LINKS.has(word(tokens[k])) && gapOk(tokens[k - 1], tokens[k])) k++;
      if (k > j + 1 && tokens[k] && cap[k] && gapOk(tokens[k - 1], tokens[k])) {
        // Extend to the end of the next run, then keep the bridge only if it names an institution.
        let m = k;
        while (tokens[m + 1] && cap[m + 1] && gapOk(tokens[m], tokens[m + 1])) m++;
        const link = word(tokens[j + 1]).toLowerCase();
        const head = HEADS.has(bare(word(tokens[m]))) || HEADS.has(bare(word(tokens[j])));
        const leftHead = HEADS.has(bare(word(tokens[j]))) || OF_HEADS.has(bare(word(tokens[j])));
        const nameLink = link === 'de' || link === 'al' || link === 'bin';
        if (!NEVER.has(bare(word(tokens[k]))) && (head || ((leftHead || nameLink) && link !== 'and' && link !== '&' && !/\d/.test(word(tokens[k]))))) {
          j = m;
          continue;
        }
      }
      break;
    }
    runs.push(tokens.slice(i, j + 1));
    i = j + 1;
  }
  // Cut at titles; what stands before a title is a name of its own.
  const out: ParsedToken[][] = [];
  for (const run of runs) {
    // Each word's bare form once per run (the loop below reads each word and its neighbours in several passes).
    const bares = run.map((t) => bare(word(t)));
    const isTitle = bares.map((w) => TITLES.has(w));
    for (let changed = true; changed; ) {
      changed = false;
      run.forEach((t, n) => {
        if (isTitle[n]) return;
        const w = bares[n];
        const near = (isTitle[n - 1] || isTitle[n + 1]) || (w !== 'of' && isTitle[n - 2] && bares[n - 1] === 'of');
        if ((PORTFOLIOS.has(w) && near) || ((w === 'of' || w === 'the') && isTitle[n - 1] && PORTFOLIOS.has(bares[n + 1] ?? w))) {
          isTitle[n] = true;
          changed = true;
        }
      });
    }
    let piece: ParsedToken[] = [];
    run.forEach((t, n) => {
      if (isTitle[n]) {
        if (piece.length) out.push(piece);
        piece = [];
      } else piece.push(t);
    });
    if (piece.length) out.push(piece);
  }
  // No leading article or link, no trailing link; no leading common word ("Analyst Jane Doerfler") unless the run
  // names an institution by its head ("Supreme Court").
  return out
    .map((r) => {
      let a = 0;
      let b = r.length;
      const head = HEADS.has(bare(word(r[r.length - 1])));
      while (a < b && (LINKS.has(word(r[a]).toLowerCase()) || (!head && r[a].pos !== 'PROPN' && r.slice(a + 1).some((t) => t.pos === 'PROPN')))) a++;
      while (b > a && LINKS.has(word(r[b - 1]).toLowerCase())) b--;
      return r.slice(a, b);
    })
    .filter((r) => r.length);
}

interface GazMatch {
  start: number;
  end: number;
  actor: string;
  form: MentionForm;
  weak: boolean;
}

function gazetteerMatches(body: string, index: ActorIndex): GazMatch[] {
  const out: GazMatch[] = [];
  for (const m of index.scan(body)) {
    const surface = index.surfaces.get(m.surface);
    if (!surface) continue;
    out.push({ start: m.start, end: m.end, actor: surface.actor, form: surface.form, weak: surface.weak });
  }
  return out;
}

const LOCATIVE = /(?:^|[^\p{L}])(?:in|at|near|outside|inside|around|across|into|throughout|within|from|to|visit|visits|visited|visiting|arrived in|based in)\s+(?:the\s+)?$/iu;

/** Formal key of a person's name for the id: nickname to formal given name, no middle initials or suffixes. */
export function personKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(?:\p{Lu}\.)+$|^\p{Lu}$|^(?:Jr|Sr|II|III|IV)\.?,?$/u.test(w));
  if (words.length >= 2) words[0] = NICKNAMES[words[0].toLowerCase()] ?? words[0];
  return slugify(words.join(' '));
}

/** Every actor mention the names of the article give, before labels and sentiment. */
export function draftMentions(body: string, parse: Parse, index: ActorIndex): Draft[] {
  const word = (t: ParsedToken) => body.slice(t.start, t.end);
  const gaz = gazetteerMatches(body, index);
  const runs = nameRuns(body, parse.tokens);
  const drafts: Draft[] = [];
  const info = (id: string) => index.actors.get(id)!;
  const fromGaz = (g: GazMatch): Draft => {
    const a = info(g.actor);
    return { actor: a.id, name: a.name, kind: a.kind, form: g.form, start: g.start, end: g.end, weak: g.weak };
  };
  const sentenceStarts = new Set(parse.sentences.map((s) => s.start));
  const claimed: Array<[number, number]> = [];
  const free = (s: number, e: number) => !claimed.some(([a, b]) => s < b && e > a);
  /** Gives a dropped draft's span back. */
  const release = (d: Draft) => {
    const c = claimed.findIndex(([a, b]) => a === d.start && b === d.end);
    if (c >= 0) claimed.splice(c, 1);
  };

  const classify = (r: ParsedToken[]): Draft | null => {
    const words = r.map(word);
    const text = body.slice(r[0].start, r[r.length - 1].end);
    const last = bare(words[words.length - 1]);
    if (words.every((w) => NEVER.has(bare(w)) || LINKS.has(w.toLowerCase()))) return null;
    if (NON_ACTOR_HEADS.has(last)) return null;
    if (!r.some((t) => t.pos === 'PROPN') && !HEADS.has(last)) return null;
    if (r.length === 1) {
      if (isAcronym(words[0]) && !NEVER.has(bare(words[0]))) return { actor: slugify(words[0]), name: words[0], kind: 'organization', form: 'name', start: r[0].start, end: r[0].end };
      return null;
    }
    if (NEVER.has(bare(words[0])) || NEVER.has(last)) return null;
    const id = slugify(text);
    if (!id) return null;
    if (HEADS.has(last) || (words.some((w) => w === 'of' || w === 'for' || w === 'on') && words.some((w) => HEADS.has(bare(w))))) return { actor: id, name: text, kind: kindOfHead(HEADS.has(last) ? last : (words.map(bare).find((w) => HEADS.has(w)) ?? last)), form: 'name', start: r[0].start, end: r[r.length - 1].end };
    const first = lexiconKind(words[0]);
    const places = words.filter((w) => lexiconKind(w) === 'place').length;
    const common = words.some((w) => lexiconKind(w) === 'org' || lexiconKind(w) === 'common');
    // Peoples and members: "New Yorkers", "Pacific Islanders" (not "Champlain Towers").
    const plural = /(?:ans|ers|ites|ists|ians)$/.test(words[words.length - 1]) && lexiconKind(words[0]) !== 'given';
    const acronym = words.some((w) => isAcronym(w));
    const kind: ActorKind = plural ? 'group' : !acronym && (first === 'given' || (r.length <= 3 && !places && !common)) ? 'person' : places ? 'place' : 'organization';
    if (kind === 'person' && (r.length > 4 || words.some((w) => /\d/.test(w)))) return null;
    return { actor: kind === 'person' ? personKey(text) : id, name: text, kind, form: 'name', start: r[0].start, end: r[r.length - 1].end };
  };

  // 1. Name runs, with the gazetteer's names inside them.
  const leftovers: ParsedToken[][] = [];
  for (const r of runs) {
    const start = r[0].start;
    const end = r[r.length - 1].end;
    const inside = gaz.filter((g) => g.start < end && g.end > start);
    const whole = inside.find((g) => g.start <= start && g.end >= end);
    if (whole) continue; // taken with the gazetteer below
    const words = r.map(word);
    const last = bare(words[words.length - 1]);
    const within = inside.filter((g) => g.start >= start && g.end <= end);
    // Names of laws, programmes, works, wars hold no mention ("U.S. Innovation and Competition Act"), nor does
    // their acronym in brackets right after them.
    if (r.length > 1 && NON_ACTOR_HEADS.has(last)) {
      const acr = /^\s*\(([\p{Lu}\d&.-]{2,10})\)/u.exec(body.slice(end, end + 16));
      // The name may begin before an "and" the run stopped at ("U.S. Innovation and Competition Act").
      const lead = /(?<![\p{L}\p{N}.])(?:\p{Lu}[\p{L}.’'-]*\s){1,3}and\s$/u.exec(body.slice(Math.max(0, start - 48), start));
      claimed.push([lead ? start - lead[0].length : start, acr ? end + acr[0].length : end]);
      continue;
    }
    if (r.length > 1 && HEADS.has(last) && !NON_ACTOR_HEADS.has(last) && !within.some((g) => g.end === end)) {
      const d = classify(r);
      if (d) {
        drafts.push(d);
        claimed.push([d.start, d.end]);
      }
      continue;
    }
    // A person-shaped run: a given name first and a gazetteer word that is no person ("Jim Jordan", "Paul Georgia").
    if (r.length >= 2 && r.length <= 4 && lexiconKind(words[0]) === 'given' && !within.some((g) => info(g.actor).kind === 'person' || g.start === start)) {
      const d = classify(r);
      if (d) {
        d.kind = 'person';
        d.actor = personKey(d.name);
        drafts.push(d);
        claimed.push([d.start, d.end]);
        continue;
      }
    }
    // The rest of the run outside the gazetteer's names.
    let piece: ParsedToken[] = [];
    for (const t of r) {
      if (within.some((g) => t.start < g.end && t.end > g.start)) {
        if (piece.length) leftovers.push(piece);
        piece = [];
      } else piece.push(t);
    }
    if (piece.length) leftovers.push(piece);
  }

  // 2. The gazetteer's names.
  const usStates = gaz.filter((g) => !g.weak && info(g.actor).kind === 'place' && info(g.actor).parent === 'united-states' && /^\p{Lu}/u.test(body.slice(g.start, g.end)));
  // "Georgia (U.S. state)" → "Georgia".
  const stateName = (id: string) => {
    const name = info(id).name;
    const bracket = name.indexOf(' (');
    return bracket > 0 ? name.slice(0, bracket) : name;
  };
  const articleStates = new Set(usStates.map((g) => g.actor));
  /**
   * Whose chamber a short federal name right here is: a state's (its id) named before it ("Texas House", "Texas House
   * and Senate"), after "state" the article's one state ('' when it has none or several), or undefined (the federal one).
   */
  const stateBefore = (at: number, end: number): string | undefined => {
    const named = usStates.find((g) => (g.end === at - 1 || /^\s+(?:(?:House|Senate)\s+and|[Ss]tate)\s+$/.test(body.slice(g.end, at))) && /^\s+/.test(body.slice(g.end, at)));
    // "the Ohio Senate race", "the Texas House delegation": the state's seats in Congress.
    if (named && !FEDERAL_AFTER.test(body.slice(end, end + 24))) return named.actor;
    if (/(?:^|[^\p{L}])[Ss]tate\s$/u.test(body.slice(Math.max(0, at - 7), at))) return articleStates.size === 1 ? [...articleStates][0] : '';
    return undefined;
  };
  for (const g of gaz) {
    if (!free(g.start, g.end)) continue;
    // Party and state codes in brackets are no mentions: "(R-Utah)", "(D-W.Va.)".
    if (/\([RDI]-[^()]{0,12}$/.test(body.slice(Math.max(0, g.start - 14), g.start)) && /^[^()]{0,12}\)/.test(body.slice(g.end, g.end + 13))) continue;
    // No leading article in a span ("The New York Times" → "New York Times").
    const article = /^the\s+/i.exec(body.slice(g.start, g.end));
    if (article && g.end - g.start > article[0].length) g.start += article[0].length;
    const a = info(g.actor);
    let d = fromGaz(g);
    // "Central Americans", "Native Americans": a people of its own, not the Americans (GUIDELINES §11.4).
    const region = g.actor === 'americans' ? /(?:Central|Latin|South|North|Native|African|Asian)[\s-]$/u.exec(body.slice(Math.max(0, g.start - 8), g.start)) : null;
    if (region) {
      const s = g.start - region[0].length;
      const name = body.slice(s, g.end);
      drafts.push({ actor: slugify(name), name, kind: 'group', form: 'name', start: s, end: g.end });
      claimed.push([s, g.end]);
      continue;
    }
    // A state's chamber or court ("the Texas House and Senate", "the state Senate") is not Congress's: it is that
    // state's, named by the state before it or, after "state", the article's one state; otherwise no mention.
    const shared = FEDERAL_SHORT.get(g.actor);
    if (shared?.includes(body.slice(g.start, g.end))) {
      const state = stateBefore(g.start, g.end);
      if (state !== undefined) {
        if (state) {
          const name = `${stateName(state)} ${shared[0]}`;
          // "Texas Senate" is the chamber's full name: one mention, not the state and then its chamber (GUIDELINES
          // §11.2: mentions never nest), or a rolled-up table counts Texas twice for it.
          // "the Texas Senate", "the New York State Senate": the state's name and the chamber's are one mention.
          const joined = drafts.findIndex((x) => x.actor === state && /^ (?:[Ss]tate )?$/.test(body.slice(x.end, g.start)));
          const start = joined >= 0 ? drafts[joined].start : g.start;
          if (joined >= 0) {
            release(drafts.splice(joined, 1)[0]);
          }
          drafts.push({ actor: slugify(name), name, kind: 'institution', form: 'name', start, end: g.end, parent: state });
          claimed.push([start, g.end]);
        }
        continue;
      }
    }
    // A state's capitol ("the State Capitol", "the Texas Capitol") is not the United States Capitol.
    if (g.actor === 'united-states-capitol' && body.slice(g.start, g.end) === 'Capitol') {
      const before = /(?:^|[^\p{L}])([Ss]tate|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s$/u.exec(body.slice(Math.max(0, g.start - 24), g.start));
      const place = before ? index.surfaces.get(before[1]) : undefined;
      if (before && (/^[Ss]tate$/.test(before[1]) || (place && info(place.actor).kind === 'place'))) continue;
    }
    if (g.form === 'demonym') {
      // A demonym stands for the state only before a noun of the state ("Russian officials", "Chinese-backed").
      const after = body.slice(g.end, g.end + 40);
      const m = /^(?:-(\p{L}+)|\s+(\p{L}+(?:-\p{L}+)?)(?:\s+(\p{L}+))?)/u.exec(after);
      const noun = (i: number) => STATE_NOUNS.has(m?.[i]?.toLowerCase() ?? '');
      // "Iranian-backed", "Russian-led" (the state acts); not "American-made", "Chinese-born" (origin).
      const hyphen = !!m?.[1] && /^(?:backed|led|funded|sponsored|supported|allied|controlled|armed|brokered|imposed|run)$/.test(m[1]);
      // "African American soldiers": a people, not the state.
      const people = /(?:African|Asian|Native|Latin|Central|South|North|Arab|Mexican|Irish|Italian|Cuban|Korean|Japanese|Chinese|Indian|Filipino)[\s-]$/.test(body.slice(Math.max(0, g.start - 10), g.start));
      if (people || (!hyphen && !noun(2) && !(noun(3) && /^\p{Ll}/u.test(m?.[2] ?? '')))) continue;
    }
    if (a.metonymOf && !/[,.]/.test(body.slice(g.start, g.end))) {
      const asPlace = LOCATIVE.test(body.slice(Math.max(0, g.start - 24), g.start)) || /^\s+\p{Lu}/u.test(body.slice(g.end, g.end + 3)) || /^,\s+D\.C\./.test(body.slice(g.end, g.end + 6));
      const target = index.actors.get(a.metonymOf);
      if (!asPlace && target) d = { ...d, actor: target.id, name: target.name, kind: target.kind, form: 'metonym' };
    }
    // A capitalised gazetteer word opening a sentence that the tagger did not read as a name ("Will", "Chad").
    if (sentenceStarts.has(g.start) && !/\s/.test(body.slice(g.start, g.end))) {
      const tok = parse.tokens.find((t) => t.start === g.start);
      if (tok && tok.pos !== 'PROPN' && a.kind !== 'person' && g.form !== 'demonym' && !isAcronym(body.slice(g.start, g.end))) continue;
    }
    if (a.id === 'new-york' && body.slice(g.start, g.end) === 'New York' && index.actors.has('new-york-city')) {
      const sentence = parse.sentences.find((x) => x.start <= g.start && x.end >= g.end) ?? { start: g.start, end: g.end };
      if (newYorkSense(body, g.start, g.end, sentence) === 'city') {
        const city = info('new-york-city');
        d = { ...d, actor: city.id, name: city.name, kind: city.kind };
      }
    }
    drafts.push(d);
    claimed.push([d.start, d.end]);
  }
  // Weak aliases only with a full name of the same actor in the article.
  const strong = new Set(drafts.filter((d) => !d.weak).map((d) => d.actor));
  for (let i = drafts.length - 1; i >= 0; i--) {
    if (drafts[i].weak && !strong.has(drafts[i].actor)) {
      release(drafts.splice(i, 1)[0]);
    }
  }

  // 3. Leftover pieces of runs, classified on their own; single words wait for the surname pass.
  const singles: ParsedToken[] = [];
  for (const r of leftovers) {
    if (!free(r[0].start, r[r.length - 1].end)) continue;
    if (r.length === 1 && !isAcronym(word(r[0]))) {
      singles.push(r[0]);
      continue;
    }
    const d = classify(r);
    if (d) {
      drafts.push(d);
      claimed.push([d.start, d.end]);
    }
  }

  // 4. Surnames (and given names unknown to the lexicon, e.g. Chinese family names) of people named in full.
  const people = drafts.filter((d) => d.kind === 'person' && /\s/.test(body.slice(d.start, d.end)));
  const short = new Map<string, Draft>();
  for (const d of people) {
    const ws = body.slice(d.start, d.end).split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
    const last = ws[ws.length - 1];
    if (!short.has(last)) short.set(last, d);
    if (lexiconKind(ws[0]) !== 'given' && !short.has(ws[0])) short.set(ws[0], d);
  }
  const asPerson = (d: Draft, start: number, end: number): Draft => ({ actor: d.actor, name: d.name, kind: 'person', form: 'surname', start, end });
  // A one-word gazetteer match of something else that is a surname here ("Jordan" after "Rep. Jim Jordan").
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind === 'person' || d.form === 'demonym') continue;
    const full = short.get(body.slice(d.start, d.end));
    if (full && full !== d) drafts[i] = asPerson(full, d.start, d.end);
  }
  for (const t of singles) {
    const w = word(t);
    const full = short.get(w);
    if (full) {
      drafts.push(asPerson(full, t.start, t.end));
      claimed.push([t.start, t.end]);
    }
  }
  // Any other capitalised token equal to a known surname (the tagger may not read it as a proper noun).
  for (const t of short.size ? parse.tokens : []) {
    // (Capital first: a character test before a lookup by a new string.)
    if (!isCapital(body, t)) continue;
    const full = short.get(word(t));
    if (full && free(t.start, t.end) && !/[-–]$/.test(body.slice(t.start - 1, t.start))) {
      drafts.push(asPerson(full, t.start, t.end));
      claimed.push([t.start, t.end]);
    }
  }

  // 5. Acronyms tied to a long form in the same text ("Energy Information Administration (EIA)" … "EIA").
  const longForms = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.kind === 'person') continue;
    const ws = body.slice(d.start, d.end).split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (ws.length >= 2) longForms.set(ws.map((w) => w[0]).join(''), d);
  }
  for (const d of drafts) {
    const w = body.slice(d.start, d.end).replace(/\./g, '');
    const long = longForms.get(w);
    if (long && long !== d && d.form === 'name' && !index.actors.has(d.actor)) {
      d.actor = long.actor;
      d.name = long.name;
      d.kind = long.kind;
      d.form = 'alias';
    }
  }

  // 6. "X administration" is the administration, not the person.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind !== 'person') continue;
    const m = /^\s+[Aa]dministration\b/.exec(body.slice(d.end, d.end + 20));
    if (!m) continue;
    const surname = d.name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w)).pop()!;
    drafts[i] = { actor: `${slugify(surname)}-administration`, name: `${surname} administration`, kind: 'institution', form: 'name', start: d.start, end: d.end + m[0].length };
  }

  // 7. "the Court", "the Army": one institution of the article (REFERENCE_HEADS), else none.
  const ancestorsOf = (id: string) => {
    const out: string[] = [];
    for (let p = index.actors.get(id)?.parent; p && !out.includes(p); p = index.actors.get(p)?.parent) out.push(p);
    return out;
  };
  // The article's countries: those it names, and those its institutions and places belong to (CIA, California → US).
  const countries = new Set(drafts.flatMap((d) => (d.kind === 'country' ? [d.actor] : ancestorsOf(d.actor).filter((p) => index.actors.get(p)?.kind === 'country'))));
  for (const t of singles) {
    const head = bare(word(t));
    if (!REFERENCE_HEADS.has(head) || !free(t.start, t.end) || !/(?:^|[^\p{L}])[Tt]he\s$/u.test(body.slice(Math.max(0, t.start - 5), t.start))) continue;
    const named = new Map(drafts.filter((d) => d.start < t.start && d.kind !== 'person' && d.kind !== 'place' && d.kind !== 'country' && nameHolds(d.name, head)).map((d) => [d.actor, d]));
    let target: { actor: string; name: string; kind: ActorKind } | undefined;
    if (named.size === 1) target = [...named.values()][0];
    else if (named.size === 0 && OWN_FORCES.has(head) && countries.size === 1) {
      const [country] = countries;
      const own = [...index.actors.values()].filter((a) => a.kind === 'institution' && nameHolds(a.name, head) && ancestorsOf(a.id).includes(country));
      if (own.length === 1) target = { actor: own[0].id, name: own[0].name, kind: own[0].kind };
    }
    if (!target) continue;
    drafts.push({ actor: target.actor, name: target.name, kind: target.kind, form: 'reference', start: t.start, end: t.end });
    claimed.push([t.start, t.end]);
  }
  return drafts.sort((a, b) => a.start - b.start);
}
