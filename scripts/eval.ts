/**
 * `npm run eval -- [--data DIR] [--out FILE] [--task NAME]`
 * Runs every task module in scripts/eval/ (files not starting with "_") against the labelled data in DIR,
 * prints one table and writes the records as JSON to FILE.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { EvalRecord, EvalSkip, EvalTask } from './eval/_types';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
    out: { type: 'string' },
    task: { type: 'string' },
  },
});

const dir = path.join(import.meta.dirname, 'eval');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).sort();
const records: EvalRecord[] = [];
const skipped: EvalSkip[] = [];
for (const file of files) {
  const task: EvalTask = (await import(pathToFileURL(path.join(dir, file)).href)).default;
  if (values.task && task.task !== values.task) continue;
  const started = Date.now();
  const result = await task.run(path.resolve(values.data!));
  records.push(...result.records);
  skipped.push(...result.skipped);
  console.error(`${task.task}: ${result.records.length} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

console.log(['task', 'dataset', 'file', 'metric', 'value', 'n'].join('\t'));
for (const r of records) console.log([r.task, r.dataset, r.file, r.metric, r.value.toFixed(4), r.n].join('\t'));
for (const s of skipped) console.log(`skipped\t${s.task}\t${s.dataset}/${s.file}\t${s.reason}`);
if (values.out) {
  writeFileSync(values.out, JSON.stringify(records, null, 2) + '\n');
  console.error(`wrote ${records.length} records to ${values.out}`);
}
