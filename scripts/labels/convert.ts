/**
 * Working-file entries (spans given as their words) → offset-only labels. Pure: the caller supplies the texts.
 * Every problem is collected with the sentence id and the words, so an annotator fixes a whole file in one go.
 */
import {
  ATTRS,
  KINDS,
  type Instance,
  type LabelledSentence,
  type Mention,
  type Quotation,
  type WorkMarker,
  type WorkSentence,
  type WorkSpan,
} from './schema';

/** Canonical id from a canonical name: ASCII, lower case, words joined by hyphens (the rule of lib/actors/gazetteer.ts slugify, kept here so labels never move with the product). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // single hyphens only after the line above
}

export interface ActorInfo {
  id: string;
  name: string;
  type: Mention['type'];
}

/** The file's actor table: canonical name → type, looked up by name or id. */
export function actorRegistry(table: Record<string, Mention['type']> | null | undefined, problems: string[], where: string): Map<string, ActorInfo> {
  const map = new Map<string, ActorInfo>();
  for (const [name, type] of Object.entries(table ?? {})) {
    const id = slugify(name);
    if (!id) problems.push(`${where}: actor "${name}" has no usable canonical id`);
    const prev = map.get(id);
    if (prev && prev.name !== name) problems.push(`${where}: actors "${prev.name}" and "${name}" share the id ${id}`);
    const info = { id, name, type };
    map.set(id, info);
    map.set(name, info);
  }
  return map;
}

const WORD = /[\p{L}\p{N}]/u;
const QUOTE_OPEN = /^["“‘'«„‚]/;
const QUOTE_CLOSE = /["”’'»]$/;

function isBoundary(text: string, at: number): boolean {
  // A span may start/end at a non-word character, or between a word character and a non-word character.
  if (at <= 0 || at >= text.length) return true;
  return !(WORD.test(text[at - 1]) && WORD.test(text[at]));
}

/** One character for one character, so offsets survive: curly quotes, dashes and odd spaces made plain. */
function plain(s: string): string {
  return s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―]/g, '-').replace(/\s/g, ' ');
}

/** Every occurrence of `words` in `text` that starts and ends on a word boundary: exact first, then with quotes, dashes and spaces made plain. */
export function occurrences(text: string, words: string): number[] {
  const found = (hay: string, needle: string) => {
    const out: number[] = [];
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      if (isBoundary(text, i) && isBoundary(text, i + needle.length)) out.push(i);
    }
    return out;
  };
  const exact = found(text, words);
  return exact.length ? exact : found(plain(text), plain(words));
}

export interface SentenceContext {
  id: string;
  record: string;
  /** The whole record text. */
  text: string;
  start: number;
  end: number;
  sha: string;
}

function describe(w: string, n?: number): string {
  return `"${w}"${n ? ` (occurrence ${n})` : ''}`;
}

/** [start, end) in record offsets of the n-th occurrence of `w` in the sentence, or a problem. */
export function locate(ctx: SentenceContext, w: string, n: number | undefined, problems: string[], what: string): [number, number] | undefined {
  const sentence = ctx.text.slice(ctx.start, ctx.end);
  const hits = occurrences(sentence, w);
  if (!hits.length) {
    problems.push(`${ctx.id}: ${what} ${describe(w)} is not in the sentence (copy the words exactly, whole words)`);
    return undefined;
  }
  if (n === undefined && hits.length > 1) {
    problems.push(`${ctx.id}: ${what} ${describe(w)} occurs ${hits.length} times in the sentence: add n: 1…${hits.length}`);
    return undefined;
  }
  const i = (n ?? 1) - 1;
  if (i >= hits.length) {
    problems.push(`${ctx.id}: ${what} ${describe(w, n)}: the sentence has only ${hits.length}`);
    return undefined;
  }
  return [ctx.start + hits[i], ctx.start + hits[i] + w.length];
}

/** A speaker: words in the sentence, or with before: true the n-th nearest occurrence earlier in the article. */
function locateSpeaker(ctx: SentenceContext, s: WorkSpan, problems: string[], what: string): { start: number; end: number } | undefined {
  const w = typeof s === 'string' ? s : s.w;
  const n = typeof s === 'string' ? undefined : s.n;
  if (typeof s !== 'string' && s.before) {
    const hits = occurrences(ctx.text.slice(0, ctx.start), w).reverse();
    const at = hits[(n ?? 1) - 1];
    if (at === undefined) {
      problems.push(`${ctx.id}: ${what} ${describe(w, n)} does not occur earlier in the article`);
      return undefined;
    }
    return { start: at, end: at + w.length };
  }
  const span = locate(ctx, w, n, problems, what);
  return span && { start: span[0], end: span[1] };
}

function needsSpeaker(m: { f: string; k: string }): boolean {
  return m.f === 'report-verb' || (m.f === 'quote' && (m.k === 'direct' || m.k === 'partial'));
}

/** Quotations (direct and partial quotes) and, for every instance, its voice and speaker (see FORMAT.md). */
export function deriveVoice(instances: Instance[]): { instances: Instance[]; quotations: Quotation[] } {
  const quotations: Quotation[] = instances
    .filter((i) => i.family === 'quote' && (i.kind === 'direct' || i.kind === 'partial'))
    .map((i) => ({ start: i.start, end: i.end, kind: i.kind as Quotation['kind'], speaker: i.speaker ?? null }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = instances.map((i) => {
    const around = quotations.filter((q) => q.start <= i.start && i.end <= q.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const inner = around[0];
    const own = needsSpeaker({ f: i.family, k: i.kind });
    const next: Instance = { family: i.family, kind: i.kind, start: i.start, end: i.end, voice: inner ? 'quoted' : 'writer' };
    if (own) next.speaker = i.speaker ?? null;
    else if (inner) next.speaker = inner.speaker;
    if (i.attrs && Object.keys(i.attrs).length) next.attrs = i.attrs;
    return next;
  });
  return { instances: out, quotations };
}

/** Converts one marker; undefined (with a problem recorded) when it cannot be placed. */
export function convertMarker(ctx: SentenceContext, m: WorkMarker, problems: string[]): Instance | undefined {
  const kinds = KINDS[m.f] as readonly string[];
  const what = `${m.f}/${m.k}`;
  if (!kinds.includes(m.k)) {
    problems.push(`${ctx.id}: kind "${m.k}" is not a kind of ${m.f} (${kinds.join(', ')})`);
    return undefined;
  }
  let span: [number, number] | undefined;
  if (m.f === 'loaded' && m.k === 'sentence') {
    if (m.w !== undefined) problems.push(`${ctx.id}: loaded/sentence spans the whole sentence: leave out w`);
    span = [ctx.start, ctx.end];
  } else if (m.w === undefined) {
    problems.push(`${ctx.id}: ${what} without w (the words)`);
    return undefined;
  } else span = locate(ctx, m.w, m.n, problems, what);
  if (!span) return undefined;

  const inst: Instance = { family: m.f, kind: m.k, start: span[0], end: span[1] };
  if (needsSpeaker(m)) {
    if (m.speaker === undefined) problems.push(`${ctx.id}: ${what} ${describe(m.w ?? '')} needs speaker: (the words of who speaks, or null)`);
    else inst.speaker = m.speaker === null ? null : (locateSpeaker(ctx, m.speaker, problems, `speaker of ${what} ${describe(m.w ?? '')}`) ?? null);
  } else if (m.speaker !== undefined && m.speaker !== null) {
    problems.push(`${ctx.id}: ${what} ${describe(m.w ?? '')} takes no speaker (only report-verb and direct/partial quotes do; voice is derived)`);
  }
  if (m.attrs) {
    const allowed = ATTRS[m.f] ?? [];
    for (const key of Object.keys(m.attrs)) if (!allowed.includes(key)) problems.push(`${ctx.id}: ${what} ${describe(m.w ?? '')}: attribute "${key}" is not one of ${m.f}'s (${allowed.join(', ') || 'none'})`);
    inst.attrs = m.attrs;
  }
  if (m.f === 'quote') {
    const t = ctx.text.slice(span[0], span[1]);
    if (!(QUOTE_OPEN.test(t) || span[0] === ctx.start)) problems.push(`${ctx.id}: quote ${describe(m.w ?? '')} must start with its opening quote mark (or at the sentence start when the quotation began earlier)`);
    if (!(QUOTE_CLOSE.test(t) || span[1] === ctx.end)) problems.push(`${ctx.id}: quote ${describe(m.w ?? '')} must end with its closing quote mark (or at the sentence end when the quotation goes on)`);
  }
  return inst;
}

/** Converts one working-file sentence into its stored form (offsets only). */
export function convertSentence(ctx: SentenceContext, entry: WorkSentence, actors: Map<string, ActorInfo>, problems: string[]): LabelledSentence {
  const raw: Instance[] = [];
  for (const m of entry.markers ?? []) {
    const inst = convertMarker(ctx, m, problems);
    if (!inst) continue;
    const same = raw.find((x) => x.family === inst.family && x.start === inst.start && x.end === inst.end);
    if (same) problems.push(`${ctx.id}: ${inst.family} twice on "${ctx.text.slice(inst.start, inst.end)}"${same.kind !== inst.kind ? ` (${same.kind} and ${inst.kind}: choose one kind)` : ''}`);
    else raw.push(inst);
  }
  const mentions: Mention[] = [];
  for (const a of entry.actors ?? []) {
    const info = actors.get(a.actor) ?? actors.get(slugify(a.actor));
    if (!info) {
      problems.push(`${ctx.id}: actor "${a.actor}" is not in the file's actors table (add "Canonical Name: type")`);
      continue;
    }
    const span = locate(ctx, a.w, a.n, problems, 'mention');
    if (!span) continue;
    const clash = mentions.find((x) => x.start < span[1] && span[0] < x.end);
    if (clash) {
      problems.push(`${ctx.id}: mentions "${ctx.text.slice(clash.start, clash.end)}" and "${a.w}" overlap (mentions never nest: keep the longest name)`);
      continue;
    }
    mentions.push({ start: span[0], end: span[1], actor: info.id, name: info.name, type: info.type });
  }
  const frames = entry.frames ?? [];
  if (new Set(frames).size !== frames.length) problems.push(`${ctx.id}: a frame is listed twice`);
  const { instances, quotations } = deriveVoice(raw.sort((a, b) => a.start - b.start || a.end - b.end || a.family.localeCompare(b.family)));
  return {
    id: ctx.id,
    record: ctx.record,
    start: ctx.start,
    end: ctx.end,
    sha: ctx.sha,
    frames,
    quotations,
    instances,
    actors: mentions.sort((a, b) => a.start - b.start),
  };
}
