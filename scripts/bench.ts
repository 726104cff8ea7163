/**
 * `npm run bench -- [--size N] [--quick] [--out FILE] [--only NAME]`
 * Runs every benchmark module in scripts/bench/ (files not starting with "_"), prints one table of
 * figures and writes them as JSON to FILE.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { BenchMetric, BenchTask } from './bench/_types';
import { dropCorpusDatabases } from './bench/_corpus';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const size = values.size ? Number(values.size) : quick ? 400 : 100_000;
if (!Number.isInteger(size) || size <= 0) throw new Error(`--size must be a positive integer, got ${values.size}`);

const dir = path.join(import.meta.dirname, 'bench');
// `score` before `pages`: the pages are served from the corpus the score benchmark has just scored (_corpus.ts).
const ORDER = ['analysis', 'ingest', 'store', 'grouping', 'score', 'pages'];
const rank = (f: string) => {
  const i = ORDER.indexOf(f.replace(/\.ts$/, ''));
  return i < 0 ? ORDER.length : i;
};
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const metrics: BenchMetric[] = [];
const started = performance.now();
try {
  for (const file of files) {
    const task: BenchTask = (await import(pathToFileURL(path.join(dir, file)).href)).default;
    if (values.only && task.name !== values.only) continue;
    console.error(`running ${task.name} (size ${size}${quick ? ', quick' : ''})`);
    const t = performance.now();
    metrics.push(...(await task.run({ size, quick })));
    metrics.push({ metric: `bench.${task.name}_seconds`, value: (performance.now() - t) / 1000, unit: 's' });
  }
} finally {
  await dropCorpusDatabases();
}
metrics.push({ metric: 'bench.total_seconds', value: (performance.now() - started) / 1000, unit: 's' });

const width = Math.max(6, ...metrics.map((m) => m.metric.length));
console.log(`${'metric'.padEnd(width)}  ${'value'.padStart(12)}  unit`);
for (const m of metrics) console.log(`${m.metric.padEnd(width)}  ${m.value.toFixed(3).padStart(12)}  ${m.unit}`);
if (values.out) {
  writeFileSync(values.out, JSON.stringify(metrics, null, 2) + '\n');
  console.error(`wrote ${metrics.length} figures to ${values.out}`);
}
