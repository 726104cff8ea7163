/**
 * findActors: every actor mention in an article, resolved to a canonical actor, with its labels, whether it is
 * the speaker of a quotation, and the sentence's sentiment toward it. Pure: one tagging pass per call (./text.ts).
 *
 * Resolution rules, in order (earlier matches win on overlap):
 * 1. Gazetteer aliases (exact, case-sensitive, longest first): "U.S.", "the United States (US)", "the Kremlin",
 *    "The Washington Post" (an organisation, so never the United States). Weak aliases ("Wang", "Yi") count
 *    only if the actor is named in full somewhere in the same article.
 * 2. Seats of government (Beijing, Moscow, the Kremlin, Washington, Brussels…) stand for their country or body
 *    (form 'metonym') unless used as a location: right after a locative preposition ("in Beijing", "at the
 *    Kremlin", "visited Moscow") or followed by another capitalised word ("Beijing Olympics"), where they are
 *    the place itself (kind 'place').
 * 3. Tagged people, organisations and places (./text.ts) not covered by the gazetteer become actors whose id is the
 *    slug of their name; people need at least two words (single words are too often wrong).
 * 4. A bare last name (or a first name compromise's lexicon does not know as a given name, e.g. Chinese family names) of
 *    a person named in full in the same article resolves to that person ("Antonov" → Anatoly Antonov).
 * 5. Demonyms inside a person's title ("Chinese President Xi Jinping") are part of the label, not mentions.
 * 6. "X's <role>" / "X <role>" ("Beijing’s top diplomat", "Russian diplomats") adds a role mention
 *    '<actor>/<role>' (form 'role') besides the label on X.
 */
import { trimEndWhere } from '@/lib/text/trim';
import type { SentenceSpan } from '@/lib/analysis/types';
import { indexFor, slugify, type ActorIndex } from './gazetteer';
import { findAppositives, findModifiers, findPossessive, findTitle } from './labels';
import { hasQuotation, isSpeaker, quotedMask } from './quotes';
import { prepareSentence, scoreTarget } from './target-sentiment';
import { parseBody, termsIn, type Entity, type Term } from './text';
import type { ActorKind, ActorLabel, ActorMention, ExtraAlias, MentionForm } from './types';

export interface FindActorsOptions {
  /** User aliases from the manifest/config, e.g. { actor: 'china', alias: 'the Middle Kingdom' }. */
  aliases?: ExtraAlias[];
}

interface Draft {
  actor: string;
  name: string;
  kind: ActorKind;
  form: MentionForm;
  start: number;
  end: number;
  weak?: boolean;
  labels: ActorLabel[];
}

const LOCATIVE = /(?:^|[^\p{L}])(?:in|at|near|outside|inside|around|across|into|throughout|within|visit|visits|visited|visiting|arrived in|based in)\s+(?:the\s+)?$/iu;
const TITLE_LEADS = new Set(['president', 'prime', 'minister', 'foreign', 'premier', 'chancellor', 'ambassador', 'secretary', 'general', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'governor', 'king', 'queen', 'prince', 'chairman', 'leader', 'spokesman', 'spokeswoman', 'envoy', 'director', 'chief', 'deputy', 'vice', 'state', 'councilor']);
const ENTITY_STOP = /^(?:icon|share|like|related|back|podcasts|photo|credit|sign|speed|read|the explainer|under the radar)\b/i;

/** A whole word of letters starting with a capital: not preceded by a letter, digit or hyphen, nor followed by a letter or digit. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}+(?![\p{L}\p{N}])/gu;

export function findActors(body: string, sentences: SentenceSpan[], options: FindActorsOptions = {}): ActorMention[] {
  const index = indexFor(options.aliases);
  const parsed = parseBody(body);
  const drafts: Draft[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const take = (d: Draft) => {
    drafts.push(d);
    taken.push([d.start, d.end]);
  };

  // 1–2. Gazetteer.
  for (const m of body.matchAll(index.pattern)) {
    const surface = index.surfaces.get(m[0]);
    if (!surface) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const info = index.actors.get(surface.actor)!;
    let d: Draft = { actor: info.id, name: info.name, kind: info.kind, form: surface.form, start, end, weak: surface.weak, labels: [] };
    if (info.metonymOf) {
      const asPlace = LOCATIVE.test(body.slice(Math.max(0, start - 24), start)) || /^\s+\p{Lu}/u.test(body.slice(end, end + 3));
      const target = index.actors.get(info.metonymOf);
      if (!asPlace && target) d = { ...d, actor: target.id, name: target.name, kind: target.kind, form: 'metonym' };
    }
    take(d);
  }
  const strong = new Set(drafts.filter((d) => !d.weak).map((d) => d.actor));
  for (let i = drafts.length - 1; i >= 0; i--) {
    if (drafts[i].weak && !strong.has(drafts[i].actor)) {
      drafts.splice(i, 1);
      taken.splice(i, 1);
    }
  }

  // 3. Tagged names the gazetteer does not know.
  const fullNames: Draft[] = drafts.filter((d) => d.kind === 'person' && /\s/.test(body.slice(d.start, d.end)));
  const addEntities = (list: Entity[], kind: ActorKind) => {
    for (const ent of list) {
      const span = trimEntity(body, ent, kind);
      if (!span || overlaps(span.start, span.end)) continue;
      const text = body.slice(span.start, span.end);
      if (kind === 'person' && !/\s/.test(text)) continue;
      const id = slugify(text);
      if (!id) continue;
      const info = index.actors.get(id);
      const d: Draft = { actor: id, name: info?.name ?? text, kind: info?.kind ?? kind, form: 'name', start: span.start, end: span.end, labels: [] };
      take(d);
      if (d.kind === 'person') fullNames.push(d);
    }
  };
  addEntities(parsed.people, 'person');
  addEntities(parsed.organizations, 'organization');
  addEntities(parsed.places, 'place');

  // 4. Bare family or given names of people named in full.
  const shortNames = new Map<string, Draft>();
  for (const d of fullNames) {
    const words = termsIn(parsed.terms, d.start, d.end);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    const lastName = last.text.replace(/['’]s$/, '');
    if (!shortNames.has(lastName)) shortNames.set(lastName, d);
    if (!words[0].tags.has('FirstName') && !shortNames.has(words[0].text)) shortNames.set(words[0].text, d);
  }
  if (shortNames.size) {
    // Every capitalised whole word, looked up: one compiled pattern instead of one alternation per article.
    for (const m of body.matchAll(CAPITALISED_WORD)) {
      const full = shortNames.get(m[0]);
      if (!full) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      take({ actor: full.actor, name: full.name, kind: 'person', form: 'surname', start, end, labels: [] });
    }
  }

  drafts.sort((a, b) => a.start - b.start);
  const spans = drafts.map((d): [number, number] => [d.start, d.end]);
  const isMention = (s: number, e: number) => spans.some(([a, b]) => s < b && e > a);

  // 5. Labels; demonyms and names swallowed by a person's title are dropped.
  const consumed: Array<[number, number]> = [];
  const nonPerson = drafts.filter((d) => d.kind !== 'person');
  const masked = (from: number, to: number) => {
    let text = body.slice(from, to);
    for (const o of nonPerson) {
      if (o.end <= from || o.start >= to) continue;
      const a = Math.max(o.start, from) - from;
      const b = Math.min(o.end, to) - from;
      text = text.slice(0, a) + '§'.repeat(b - a) + text.slice(b);
    }
    return text;
  };
  for (const d of drafts) {
    if (d.kind !== 'person') continue;
    const title = findTitle(body, d.start, masked);
    if (title) {
      d.labels.push(title);
      consumed.push([title.start, title.end]);
    }
  }
  const kept = drafts.filter((d) => !consumed.some(([a, b]) => d.start >= a && d.end <= b));
  const roles: Draft[] = [];
  const othersOf = (d: Draft) => (s: number, e: number) => kept.some((o) => o !== d && s < o.end && e > o.start);
  for (const d of kept) if (d.form !== 'demonym') d.labels.push(...findAppositives(body, d.start, d.end, parsed.terms, othersOf(d)));
  for (const d of kept) {
    const others = othersOf(d);
    const poss = findPossessive(body, d.start, d.end, parsed.terms, others, d.kind === 'person');
    if (poss) {
      d.labels.push(poss.label);
      // A role that is the appositive of a named person ("his Russian counterpart, Vladimir Putin,") is that person.
      const named = kept.some((o) => o.labels.some((l) => l.kind === 'appositive' && l.start <= poss.spanStart && l.end >= poss.label.end));
      if (poss.role && d.kind !== 'person' && !named) {
        const roleId = `${d.actor}/${slugify(poss.role.name)}`;
        roles.push({
          actor: roleId,
          name: `${d.name}: ${poss.role.name}`,
          kind: poss.role.plural ? 'group' : 'person',
          form: 'role',
          start: d.start,
          end: poss.label.end,
          labels: [],
        });
      }
    }
    // A demonym is itself an adjective: a word before it describes the noun after it, not the actor.
    d.labels.push(...findModifiers(body, d.start, d.end, parsed.terms, others, d.form === 'demonym' || (!!poss && !poss.possessive)));
    d.labels.sort((a, b) => a.start - b.start);
  }
  const all = [...kept, ...roles].sort((a, b) => a.start - b.start || b.end - a.end);

  // 6. Sentence, quotation and target sentiment.
  const out: ActorMention[] = [];
  let si = 0;
  const bySentence = new Map<number, Draft[]>();
  const sentenceOf = new Map<Draft, number>();
  for (const d of all) {
    while (si < sentences.length && sentences[si].end <= d.start) si++;
    if (si >= sentences.length) break;
    const sent = sentences[si];
    if (d.start < sent.start || d.end > sent.end) continue;
    sentenceOf.set(d, si);
    if (!bySentence.has(si)) bySentence.set(si, []);
    bySentence.get(si)!.push(d);
  }
  for (const [sIdx, list] of bySentence) {
    const sent = sentences[sIdx];
    const text = body.slice(sent.start, sent.end);
    // Only a sentence with a quotation has speakers: skip the masking elsewhere (most sentences).
    const inQuote = hasQuotation(text) ? quotedMask(text) : null;
    const prepared = prepareSentence(text);
    for (const d of list) {
      const rel = (x: number) => x - sent.start;
      let quoted = false;
      if (inQuote) {
        let masked = text;
        for (const o of list) {
          if (o === d || (o.start < d.end && o.end > d.start)) continue;
          masked = masked.slice(0, rel(o.start)) + '§'.repeat(o.end - o.start) + masked.slice(rel(o.end));
        }
        const title = d.labels.find((l) => l.kind === 'title');
        quoted = isSpeaker(masked, rel(d.start), rel(d.end), rel(title?.start ?? d.start), inQuote);
      }
      const same = list.filter((o) => o !== d && o.actor === d.actor).map((o): [number, number] => [rel(o.start), rel(o.end)]);
      const others = list
        .filter((o) => o.actor !== d.actor && !(o.start < d.end && o.end > d.start))
        .map((o): [number, number] => [rel(o.start), rel(o.end)]);
      const s = scoreTarget(text, [[rel(d.start), rel(d.end)], ...same], others, undefined, prepared);
      out.push({
        actor: d.actor,
        name: d.name,
        kind: d.kind,
        form: d.form,
        sentenceIndex: sent.index,
        start: d.start,
        end: d.end,
        text: body.slice(d.start, d.end),
        labels: d.labels,
        sentiment: {
          score: s.score,
          polarity: s.polarity,
          evidence: s.evidence.map((e) => ({ start: e.start + sent.start, end: e.end + sent.start, text: e.text, weight: e.weight })),
        },
        quoted,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Tagged name runs trimmed to the name: no leading title or article, no trailing punctuation or "'s". */
function trimEntity(body: string, ent: Entity, kind: ActorKind): { start: number; end: number } | null {
  let terms: Term[] = ent.terms;
  while (terms.length && (/^(?:the|a|an)$/i.test(terms[0].text) || (kind === 'person' && TITLE_LEADS.has(terms[0].text.toLowerCase().replace(/\.$/, ''))))) terms = terms.slice(1);
  if (!terms.length) return null;
  const start = terms[0].start;
  let end = terms[terms.length - 1].end;
  let text = body.slice(start, end);
  const poss = /['’]s?$/.exec(text);
  if (poss) end -= poss[0].length;
  text = trimEndWhere(body.slice(start, end), /[\s.,;:!?…)"'’”]/u);
  end = start + text.length;
  if (!text || !/^\p{Lu}/u.test(text) || ENTITY_STOP.test(text) || /[&|]/.test(text) || text.length < 2) return null;
  // Every word of a name is capitalised (or a short connector such as "of", "de").
  if (text.split(/\s+/).some((w) => !/^[\p{Lu}\d]/u.test(w) && !/^(?:of|de|da|del|der|van|von|bin|al|and|for|the|la|le)$/.test(w))) return null;
  return { start, end };
}
