/**
 * Prints the sample's sentences with their ids, read from ../shared/data (for annotators; nothing is written
 * into the repo).
 *
 *   npx tsx scripts/labels/show.ts [--part tune|test] [--ids s001-s020,s031] [--context N|all]
 *   npx tsx scripts/labels/show.ts --skeleton [--ids …] > /work/wt/labels-work/A.yaml   # a working file to fill
 *   npx tsx scripts/labels/show.ts --labels A.json [--ids …]   # a label file's instances with their words, to review
 *
 * --context: how many earlier sentences of the same article to print before each sample sentence (default 2;
 * "all" prints the article from its start), so speakers and surnames named earlier can be resolved.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA, type SourceRecord } from './records';
import { readLabels } from './agreement';
import { readSample, sentenceSpans } from './sample';
import type { LabelFile, SampleSentence } from './schema';

/** "s001-s020,s031" → the set of ids; undefined selects all. */
export function parseIds(spec: string | undefined): Set<string> | undefined {
  if (!spec) return undefined;
  const out = new Set<string>();
  for (const part of spec.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^s(\d{3})(?:-s?(\d{3}))?$/.exec(part);
    if (!m) throw new Error(`--ids: "${part}" is not an id (s001) or a range (s001-s020)`);
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    for (let i = a; i <= b; i++) out.add(`s${String(i).padStart(3, '0')}`);
  }
  return out;
}

function earlierSentences(r: SourceRecord, start: number, n: number | 'all'): string {
  if (n === 'all') return r.text.slice(0, start).trimEnd();
  const before = sentenceSpans(r).filter(([, e]) => e <= start).slice(-n);
  return before.length ? r.text.slice(before[0][0], start).trimEnd() : '';
}

export function selectSentences(sentences: SampleSentence[], part?: string, ids?: Set<string>): SampleSentence[] {
  return sentences.filter((s) => (!part || s.part === part) && (!ids || ids.has(s.id)));
}

/** A label file's sentences with every instance, quotation, mention and frame spelled out from the texts. */
export function describeLabels(labels: LabelFile, texts: Map<string, string>, ids?: Set<string>): string {
  const out: string[] = [];
  for (const s of labels.sentences) {
    if (ids && !ids.has(s.id)) continue;
    const text = texts.get(s.record);
    if (text === undefined) throw new Error(`${s.id}: record ${s.record} is not in ../shared/data`);
    const w = (x: { start: number; end: number }) => JSON.stringify(text.slice(x.start, x.end));
    out.push('', `${s.id}  ${s.record}  [${s.start}, ${s.end})`, `>> ${text.slice(s.start, s.end)}`, `   frames: [${s.frames.join(', ')}]`);
    for (const q of s.quotations) out.push(`   quotation ${q.kind} ${w(q)}  speaker ${q.speaker ? w(q.speaker) : 'none'}`);
    for (const i of s.instances) {
      const sp = i.speaker === undefined ? '' : `  speaker ${i.speaker ? w(i.speaker) : 'none'}`;
      const attrs = i.attrs ? `  ${JSON.stringify(i.attrs)}` : '';
      out.push(`   ${`${i.family}/${i.kind}`.padEnd(22)} ${w(i)}  ${i.voice ?? ''}${sp}${attrs}`);
    }
    for (const m of s.actors) out.push(`   ${'actor'.padEnd(22)} ${w(m)}  → ${m.actor} (${m.type})`);
  }
  return out.join('\n') + '\n';
}

/** One write; a closed pipe (`| head`) ends quietly. */
function write(text: string): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  process.stdout.write(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      part: { type: 'string' },
      ids: { type: 'string' },
      context: { type: 'string', default: '2' },
      skeleton: { type: 'boolean' },
      labels: { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (values.part && !['tune', 'test'].includes(values.part)) throw new Error('--part: tune or test');
  const context = values.context === 'all' ? 'all' : Number(values.context);
  if (context !== 'all' && !(Number.isInteger(context) && context >= 0)) throw new Error('--context: a number or "all"');
  const { sample, records } = readSample(path.resolve(values.data ?? DEFAULT_DATA));
  const chosen = selectSentences(sample.sentences, values.part, parseIds(values.ids));
  const outletOf = new Map(sample.articles.map((a) => [a.record, a.outlet]));

  if (values.labels) {
    write(describeLabels(readLabels(values.labels), new Map([...records].map(([id, r]) => [id, r.text])), parseIds(values.ids)));
  } else if (values.skeleton) {
    // A YAML working file: the sentence and its context as comments, an empty entry to fill per sentence.
    const out = ['annotator: CHANGE-ME', 'guidelines: "1"', 'actors:', '  # Canonical Name: type   (GUIDELINES.md §11.3 and Appendix A; one line per actor you mention)', 'sentences:'];
    for (const s of chosen) {
      const r = records.get(s.record)!;
      const ctx = earlierSentences(r, s.start, context);
      out.push('', `  # ${s.id} ${s.part} ${outletOf.get(s.record)} ${s.record}`);
      if (ctx) for (const line of ctx.split('\n').filter(Boolean)) out.push(`  #   (before) ${line}`);
      for (const line of r.text.slice(s.start, s.end).split('\n')) out.push(`  # >> ${line}`);
      out.push(`  ${s.id}:`, '    frames:', '    markers:', '    actors:');
    }
    write(out.join('\n') + '\n');
  } else {
    const out: string[] = [];
    for (const s of chosen) {
      const r = records.get(s.record)!;
      const ctx = earlierSentences(r, s.start, context);
      out.push('', `${s.id}  ${s.part}  ${r.source}  ${outletOf.get(s.record)}  ${s.record}  [${s.start}, ${s.end})`);
      if (ctx) out.push(...ctx.split('\n').filter(Boolean).map((l) => `   … ${l}`));
      out.push(`>> ${r.text.slice(s.start, s.end)}`);
    }
    write(out.join('\n') + '\n');
  }
}
