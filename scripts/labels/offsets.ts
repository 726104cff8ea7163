/**
 * Converts an annotator's working file (spans as their words, kept OUTSIDE the repo) into the offset-only label
 * file that may be committed. Fails, listing every problem, on a span that is not found or is ambiguous.
 *
 *   npx tsx scripts/labels/offsets.ts /work/wt/labels-work/A.yaml --out data/eval/hand-labels/annotator-A.json [--require all|tune|test]
 *
 * Sentences whose `frames:` is still empty (null) count as not labelled yet and are left out (with a notice);
 * --require fails if any sentence of that part of the sample is not labelled.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { actorRegistry, convertSentence } from './convert';
import { DEFAULT_DATA } from './records';
import { readSample } from './sample';
import { LabelFileSchema, WorkFileSchema, formatJson, parseOrThrow, type LabelFile, type LabelledSentence } from './schema';

const REPO = path.resolve(import.meta.dirname, '../..');

/** Working files quote the corpus: they must never sit inside the repository. */
export function assertOutsideRepo(file: string): void {
  const real = realpathSync(file);
  const repo = realpathSync(REPO);
  if (real === repo || real.startsWith(repo + path.sep)) {
    throw new Error(`${file}: working files contain corpus text and must stay outside the repo (e.g. /work/wt/labels-work/)`);
  }
}

export function readYaml(file: string): unknown {
  if (!existsSync(file)) throw new Error(`${file}: not found`);
  try {
    return YAML.parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (e) {
    throw new Error(`${file}: not valid YAML/JSON: ${(e as Error).message}`);
  }
}

export function convertFile(file: string, dataDir = DEFAULT_DATA, require?: 'all' | 'tune' | 'test'): { labels: LabelFile; skipped: string[] } {
  const work = parseOrThrow(WorkFileSchema, readYaml(file), file);
  const { sample, records } = readSample(dataDir);
  const byId = new Map(sample.sentences.map((s) => [s.id, s]));
  const problems: string[] = [];
  const actors = actorRegistry(work.actors, problems, file);
  const out: LabelledSentence[] = [];
  const labelled = new Set<string>();
  for (const [id, entry] of Object.entries(work.sentences)) {
    const s = byId.get(id);
    if (!s) {
      problems.push(`${id}: not a sentence of the sample`);
      continue;
    }
    if (!entry || entry.frames === null) continue;
    labelled.add(id);
    const ctx = { id, record: s.record, text: records.get(s.record)!.text, start: s.start, end: s.end, sha: s.sha };
    out.push(convertSentence(ctx, entry, actors, problems));
  }
  const skipped = sample.sentences.filter((s) => !labelled.has(s.id) && (!require || require === 'all' || s.part === require)).map((s) => s.id);
  if (require && skipped.length) problems.push(`--require ${require}: ${skipped.length} sentences not labelled (frames still empty): ${skipped.slice(0, 20).join(', ')}${skipped.length > 20 ? ' …' : ''}`);
  if (problems.length) throw new Error(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  out.sort((a, b) => a.id.localeCompare(b.id));
  const labels = parseOrThrow(LabelFileSchema, { format: 'parallax-hand-labels/1', annotator: work.annotator, guidelines: work.guidelines, sentences: out }, 'converted labels');
  return { labels, skipped: sample.sentences.filter((s) => !labelled.has(s.id)).map((s) => s.id) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, require: { type: 'string' }, data: { type: 'string' } } });
  try {
    if (positionals.length !== 1 || !values.out) throw new Error('usage: npx tsx scripts/labels/offsets.ts WORKFILE.yaml --out LABELS.json [--require all|tune|test]');
    if (values.require && !['all', 'tune', 'test'].includes(values.require)) throw new Error('--require: all, tune or test');
    assertOutsideRepo(positionals[0]);
    const { labels, skipped } = convertFile(positionals[0], path.resolve(values.data ?? DEFAULT_DATA), values.require as 'all' | 'tune' | 'test' | undefined);
    writeFileSync(values.out, formatJson(labels) + '\n');
    const n = labels.sentences.reduce((a, s) => a + s.instances.length, 0);
    const m = labels.sentences.reduce((a, s) => a + s.actors.length, 0);
    console.log(`wrote ${values.out}: ${labels.sentences.length} sentences, ${n} instances, ${m} actor mentions${skipped.length ? `; ${skipped.length} sample sentences not labelled yet` : ''}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
