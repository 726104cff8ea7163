/**
 * findActors: every actor mention in an article, resolved to a canonical actor, with its labels, whether it is
 * the speaker of a quotation, and the sentence's sentiment toward it. Pure: one parse per article (lib/nlp, or the caller's), plus ./text.ts's
 * word tags for the labels.
 *
 * Mentions are drafted from the linguistic layer's parse (./mentions.ts: name runs, titles, the gazetteer, head
 * words, surnames, nicknames, acronyms, "X administration"); then:
 * 5. Titles, appositives, modifiers, possessives and later descriptions ("the militant group") as labels; a demonym inside a person's title ("Chinese
 *    President Xi Jinping") is both a mention of the country and part of the title label.
 * 6. "X's <role>" / "X <role>" ("Beijing’s top diplomat", "Russian diplomats") adds a role mention
 *    '<actor>/<role>' (form 'role') besides the label on X.
 */
import { trimEndWhere } from '@/lib/text/trim';
import type { SentenceSpan } from '@/lib/analysis/types';
import { indexFor, slugify, type ActorIndex } from './gazetteer';
import { findAppositives, findDescriptions, findModifiers, findPossessive, findTitle } from './labels';
import { hasQuotation, isSpeaker, quotedMask } from './quotes';
import { prepareSentence, scoreTarget } from './target-sentiment';
import { parseText, type Parse, type ParsedToken } from '@/lib/nlp';
import { draftMentions, type Draft as MentionDraft } from './mentions';
import { termsFromParse } from './terms';
import type { ActorLabel, ActorMention, ActorSentimentEvidence, ExtraAlias } from './types';

export interface FindActorsOptions {
  /** User aliases from the manifest/config, e.g. { actor: 'china', alias: 'the Middle Kingdom' }. */
  aliases?: ExtraAlias[];
  /** The article's parse (lib/nlp), when the caller already made it for the marker families. */
  parse?: Parse;
}

/** A mention drafted from the parse (lib/actors/mentions.ts) with the labels attached to it. */
interface Draft extends MentionDraft {
  labels: ActorLabel[];
}

export function findActors(body: string, sentences: SentenceSpan[], options: FindActorsOptions = {}): ActorMention[] {
  const index = indexFor(options.aliases);
  const parse = options.parse ?? parseText(body);
  const parsed = { terms: termsFromParse(body, parse) };
  // The drafts are this call's own objects: give each its labels in place rather than copy it.
  const drafts = draftMentions(body, parse, index) as Draft[];
  for (const d of drafts) d.labels = [];

  drafts.sort((a, b) => a.start - b.start);

  // 5. Labels. A name inside a person's title stays a mention of its own ("Russian" in "Russian ambassador to the
  // US Anatoly Antonov" is Russia: GUIDELINES.md §11.4), and the title keeps its words.
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
    }
  }
  const kept = drafts;
  const roles: Draft[] = [];
  const overlapsKept = overlapQuery(kept);
  const othersOf = (d: Draft) => (s: number, e: number) => overlapsKept(s, e, d);
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
  for (const { mention, label } of findDescriptions(body, kept)) mention.labels.push(label);
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
    // The article's parse, cut to this sentence (offsets made relative): one parse per article, not one per sentence.
    const prepared = prepareSentence(text, undefined, sentenceTokens(parse, sent.start, sent.end), sent.start);
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
          evidence: toBody(s.evidence, sent.start),
        },
        quoted,
        ...(d.parent ? { parent: d.parent } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** scoreTarget's evidence (this call's own objects, keys in this order) shifted in place from sentence to body offsets. */
function toBody(evidence: ActorSentimentEvidence[], offset: number): ActorSentimentEvidence[] {
  for (const e of evidence) {
    e.start += offset;
    e.end += offset;
  }
  return evidence;
}

/**
 * Whether [s, e) overlaps an item other than `skip`, for items sorted by start: a binary search and a running
 * maximum of ends replace a scan of every mention per query (the label rules ask several times per mention).
 */
function overlapQuery<T extends { start: number; end: number }>(items: T[]): (s: number, e: number, skip?: T) => boolean {
  const maxEnd: number[] = [];
  for (let i = 0; i < items.length; i++) maxEnd.push(Math.max(items[i].end, i ? maxEnd[i - 1] : -Infinity));
  return (s, e, skip) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].start < e) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0 && maxEnd[j] > s; j--) if (items[j] !== skip && items[j].end > s) return true;
    return false;
  };
}

/** The parse's tokens inside [start, end), offsets still the article's (binary search: sentences come in order). */
function sentenceTokens(parse: Parse, start: number, end: number): ParsedToken[] {
  const tokens = parse.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < tokens.length && tokens[stop].end <= end) stop++;
  return tokens.slice(lo, stop);
}
