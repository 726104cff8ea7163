/**
 * Adjudication of two annotators' label files.
 *
 * 1. Merge: agreed labels kept, every disagreement listed for a third pass.
 *      npx tsx scripts/labels/merge.ts A.json B.json --out merged.json --disagreements disagreements.json [--quiet]
 *    An instance is agreed when both files have it with the same family, kind, start, end (and, for report verbs
 *    and direct/partial quotes, the same speaker span; and the same attrs); a mention when both have the same
 *    span, canonical id and type; frames when both give the same set with the same first frame. The rest is
 *    grouped into items (overlapping spans of one family, or one sentence's frames), printed with the sentence
 *    text read from ../shared (on screen only) and written to the disagreements file as ids and offsets.
 *
 * 2. Resolve: the adjudicator writes a decisions file (YAML, outside the repo if it quotes words) with one
 *    decision per item and applies it:
 *      npx tsx scripts/labels/merge.ts --resolve merged.json disagreements.json decisions.yaml --out labels.json
 *    Decisions: a | b | both | none | [a1, b2] (options by label) | { add: [...] } (working-file markers, mentions
 *    or a frame list: the adjudicator's own reading). Every item needs a decision.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readLabels } from './agreement';
import { commonSentences, mentionKey, overlaps, ownKey, type Span } from './compare';
import { actorRegistry, convertMarker, deriveVoice, locate, slugify, type ActorInfo, type SentenceContext } from './convert';
import { readYaml } from './offsets';
import { DEFAULT_DATA } from './records';
import { readSample } from './sample';
import {
  DecisionFileSchema,
  DisagreementFileSchema,
  LabelFileSchema,
  WorkMarkerSchema,
  WorkMentionSchema,
  formatJson,
  parseOrThrow,
  type Disagreement,
  type Instance,
  type LabelFile,
  type LabelledSentence,
  type Mention,
} from './schema';

/** Groups of spans linked by overlap across both sides. */
export function components<T extends Span>(a: T[], b: T[]): Array<{ a: T[]; b: T[] }> {
  const all = [...a.map((x) => ({ x, side: 'a' as const })), ...b.map((x) => ({ x, side: 'b' as const }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlaps(all[i].x, all[j].x)) parent[find(i)] = find(j);
  const groups = new Map<number, { a: T[]; b: T[] }>();
  all.forEach((e, i) => {
    const g = groups.get(find(i)) ?? { a: [], b: [] };
    g[e.side].push(e.x);
    groups.set(find(i), g);
  });
  return [...groups.values()].sort((p, q) => Math.min(...[...p.a, ...p.b].map((s) => s.start)) - Math.min(...[...q.a, ...q.b].map((s) => s.start)));
}

function sameFrames(x: string[], y: string[]): boolean {
  return x.length === y.length && x.every((f) => y.includes(f)) && x[0] === y[0];
}

/** Agreed labels per sentence, and the disagreement items. */
export function merge(A: LabelFile, B: LabelFile): { merged: LabelFile; items: Disagreement[] } {
  const items: Disagreement[] = [];
  const next = () => `d${String(items.length + 1).padStart(4, '0')}`;
  const sentences: LabelledSentence[] = [];
  for (const [x, y] of commonSentences(A, B)) {
    const frames = sameFrames(x.frames, y.frames) ? x.frames : [];
    if (!sameFrames(x.frames, y.frames)) items.push({ item: next(), sentence: x.id, what: 'frames', a: x.frames, b: y.frames });

    const yKeys = new Set(y.instances.map(ownKey));
    const xKeys = new Set(x.instances.map(ownKey));
    const agreed = x.instances.filter((i) => yKeys.has(ownKey(i)));
    const restA = x.instances.filter((i) => !yKeys.has(ownKey(i)));
    const restB = y.instances.filter((i) => !xKeys.has(ownKey(i)));
    const families = [...new Set([...restA, ...restB].map((i) => i.family))].sort();
    for (const fam of families) {
      for (const g of components(restA.filter((i) => i.family === fam), restB.filter((i) => i.family === fam))) {
        items.push({ item: next(), sentence: x.id, what: 'instance', family: fam, a: g.a, b: g.b });
      }
    }

    const yM = new Set(y.actors.map(mentionKey));
    const xM = new Set(x.actors.map(mentionKey));
    const agreedM = x.actors.filter((m) => yM.has(mentionKey(m)));
    for (const g of components(x.actors.filter((m) => !yM.has(mentionKey(m))), y.actors.filter((m) => !xM.has(mentionKey(m))))) {
      items.push({ item: next(), sentence: x.id, what: 'actor', a: g.a, b: g.b });
    }
    const { instances, quotations } = deriveVoice(agreed);
    sentences.push({ ...x, frames, instances, quotations, actors: agreedM });
  }
  const merged: LabelFile = { format: 'parallax-hand-labels/1', annotator: `merged:${A.annotator}+${B.annotator}`, guidelines: A.guidelines, sentences };
  return { merged: parseOrThrow(LabelFileSchema, merged, 'merged labels'), items };
}

function showOption(text: string, o: unknown): string {
  if (typeof o === 'string') return o;
  const s = o as Instance & Partial<Mention>;
  const words = JSON.stringify(text.slice(s.start, s.end));
  if (s.actor) return `${words} [${s.start},${s.end}) → ${s.actor} (${s.type})`;
  const sp = s.speaker === undefined ? '' : s.speaker === null ? ' speaker: none' : ` speaker: ${JSON.stringify(text.slice(s.speaker.start, s.speaker.end))} [${s.speaker.start},${s.speaker.end})`;
  const attrs = s.attrs ? ` ${JSON.stringify(s.attrs)}` : '';
  return `${s.family}/${s.kind} ${words} [${s.start},${s.end})${sp}${attrs}`;
}

/** The disagreement list for the screen, with the words from ../shared. */
export function describeItems(items: Disagreement[], sentences: Map<string, LabelledSentence>, texts: Map<string, string>): string {
  const out: string[] = [];
  let last = '';
  for (const it of items) {
    const s = sentences.get(it.sentence)!;
    const text = texts.get(s.record)!;
    if (it.sentence !== last) out.push('', `== ${s.id} ${s.record} [${s.start},${s.end})`, `   ${text.slice(s.start, s.end)}`);
    last = it.sentence;
    out.push(`  ${it.item} ${it.what}${it.family ? ` ${it.family}` : ''}`);
    if (it.what === 'frames') {
      out.push(`     a: [${(it.a as string[]).join(', ')}]`, `     b: [${(it.b as string[]).join(', ')}]`);
      continue;
    }
    it.a.forEach((o, i) => out.push(`     a${i + 1}: ${showOption(text, o)}`));
    if (!it.a.length) out.push('     a: (nothing)');
    it.b.forEach((o, i) => out.push(`     b${i + 1}: ${showOption(text, o)}`));
    if (!it.b.length) out.push('     b: (nothing)');
  }
  return out.join('\n');
}

/** Applies the adjudicator's decisions to the merged file. */
export function resolve(merged: LabelFile, items: Disagreement[], decisionsFile: string, texts: Map<string, string>): LabelFile {
  const dec = parseOrThrow(DecisionFileSchema, readYaml(decisionsFile), decisionsFile);
  const problems: string[] = [];
  const registry: Map<string, ActorInfo> = actorRegistry(dec.actors, problems, decisionsFile);
  const byId = new Map(merged.sentences.map((s) => [s.id, { ...s, instances: [...s.instances], actors: [...s.actors] }]));
  for (const it of items) {
    const s = byId.get(it.sentence);
    if (!s) {
      problems.push(`${it.item}: sentence ${it.sentence} is not in the merged file`);
      continue;
    }
    const d = dec.decisions[it.item];
    if (d === undefined) {
      problems.push(`${it.item} (${it.sentence} ${it.what}): no decision`);
      continue;
    }
    const ctx: SentenceContext = { id: `${it.item}/${s.id}`, record: s.record, text: texts.get(s.record)!, start: s.start, end: s.end, sha: s.sha };
    let chosen: unknown[] = [];
    if (d === 'a') chosen = it.a;
    else if (d === 'b') chosen = it.b;
    else if (d === 'none') chosen = [];
    else if (d === 'both') chosen = it.what === 'frames' ? [...new Set([...(it.a as string[]), ...(it.b as string[])])] : [...it.a, ...it.b];
    else if (Array.isArray(d)) {
      if (it.what === 'frames') problems.push(`${it.item}: frames take a, b, both, none or { add: [frames] }`);
      for (const label of d) {
        const list = label[0] === 'a' ? it.a : it.b;
        const o = list[Number(label.slice(1)) - 1];
        if (o === undefined) problems.push(`${it.item}: no option ${label}`);
        else chosen.push(o);
      }
    } else if (it.what === 'frames') {
      chosen = d.add as string[];
    } else if (it.what === 'instance') {
      for (const raw of d.add) {
        const m = WorkMarkerSchema.safeParse(raw);
        if (!m.success) problems.push(`${it.item}: add expects markers { f, k, w, … }`);
        else {
          const inst = convertMarker(ctx, m.data, problems);
          if (inst) chosen.push(inst);
        }
      }
    } else {
      for (const raw of d.add) {
        const m = WorkMentionSchema.safeParse(raw);
        if (!m.success) {
          problems.push(`${it.item}: add expects mentions { w, actor }`);
          continue;
        }
        const info = registry.get(m.data.actor) ?? registry.get(slugify(m.data.actor));
        if (!info) {
          problems.push(`${it.item}: actor "${m.data.actor}" is not in the decisions file's actors table`);
          continue;
        }
        const span = locate(ctx, m.data.w, m.data.n, problems, 'mention');
        if (span) chosen.push({ start: span[0], end: span[1], actor: info.id, name: info.name, type: info.type });
      }
    }
    if (it.what === 'frames') s.frames = chosen as string[];
    else if (it.what === 'instance') {
      const have = new Set(s.instances.map(ownKey));
      for (const i of chosen as Instance[]) if (!have.has(ownKey(i))) (have.add(ownKey(i)), s.instances.push(i));
    } else {
      for (const m of chosen as Mention[]) {
        if (s.actors.some((x) => mentionKey(x) === mentionKey(m))) continue;
        if (s.actors.some((x) => overlaps(x, m))) problems.push(`${it.item}: the chosen mention [${m.start},${m.end}) overlaps another mention of ${s.id}`);
        else s.actors.push(m);
      }
    }
  }
  const extra = Object.keys(dec.decisions).filter((k) => !items.some((i) => i.item === k));
  if (extra.length) problems.push(`decisions for items that do not exist: ${extra.join(', ')}`);
  if (problems.length) throw new Error(`${decisionsFile}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  const sentences = [...byId.values()].map((s) => {
    const { instances, quotations } = deriveVoice(s.instances.sort((a, b) => a.start - b.start || a.end - b.end || a.family.localeCompare(b.family)));
    return { ...s, instances, quotations, actors: s.actors.sort((a, b) => a.start - b.start) };
  });
  return parseOrThrow(LabelFileSchema, { ...merged, annotator: `adjudicated:${dec.adjudicator}`, sentences }, 'adjudicated labels');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, disagreements: { type: 'string' }, resolve: { type: 'boolean' }, quiet: { type: 'boolean' }, data: { type: 'string' } },
  });
  try {
    const { records } = readSample(path.resolve(values.data ?? DEFAULT_DATA));
    const texts = new Map([...records].map(([id, r]) => [id, r.text]));
    if (values.resolve) {
      if (positionals.length !== 3 || !values.out) throw new Error('usage: npx tsx scripts/labels/merge.ts --resolve merged.json disagreements.json decisions.yaml --out labels.json');
      const merged = readLabels(positionals[0]);
      const dis = parseOrThrow(DisagreementFileSchema, JSON.parse(readFileSync(positionals[1], 'utf8')), positionals[1]);
      const final = resolve(merged, dis.items, positionals[2], texts);
      writeFileSync(values.out, formatJson(final) + '\n');
      console.log(`wrote ${values.out}: ${final.sentences.length} sentences, ${dis.items.length} items resolved`);
    } else {
      if (positionals.length !== 2 || !values.out || !values.disagreements) throw new Error('usage: npx tsx scripts/labels/merge.ts A.json B.json --out merged.json --disagreements disagreements.json');
      const [A, B] = positionals.map(readLabels);
      const { merged, items } = merge(A, B);
      writeFileSync(values.out, formatJson(merged) + '\n');
      writeFileSync(values.disagreements, formatJson({ format: 'parallax-hand-labels-disagreements/1', a: positionals[0], b: positionals[1], items }) + '\n');
      if (!values.quiet) console.log(describeItems(items, new Map(merged.sentences.map((s) => [s.id, s])), texts));
      const n = merged.sentences.reduce((a, s) => a + s.instances.length + s.actors.length, 0);
      console.log(`\n${merged.sentences.length} sentences: ${n} agreed instances and mentions kept in ${values.out}; ${items.length} disagreements in ${values.disagreements}`);
    }
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
