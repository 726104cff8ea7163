/**
 * `exports`: the complete downloads (/api/v1/export/<view>) over the shared --size-article corpus, served by the
 * built app: bytes, rows and seconds per view and format, read to the end as a client would. The app is built
 * first when needed (as `pages` does). Run alone: `npm run bench -- --only exports [--size N]`.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startNext } from '../next-server';
import { scoredCorpusDatabase } from './_corpus';
import type { BenchMetric, BenchTask } from './_types';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CASES: Array<[string, string]> = [
  ['articles', 'csv'],
  ['articles', 'jsonl'],
  ['markers', 'csv'],
  ['markers', 'jsonl'],
  ['events', 'csv'],
  ['outlets', 'csv'],
  ['compare', 'json'],
];

const task: BenchTask = {
  name: 'exports',
  async run({ size }) {
    const corpus = await scoredCorpusDatabase(size);
    if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('next build failed');
    }
    const app = await startNext({ DATABASE_URL: corpus.url }, '/methodology');
    const out: BenchMetric[] = [];
    try {
      for (const [view, format] of CASES) {
        const t = performance.now();
        const res = await fetch(`${app.url}/api/v1/export/${view}?format=${format}`);
        if (res.status !== 200) throw new Error(`${view}.${format}: HTTP ${res.status} ${await res.text()}`);
        const reader = res.body!.getReader();
        let bytes = 0;
        let lines = 0;
        let firstByte = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!firstByte) firstByte = performance.now() - t;
          bytes += value.byteLength;
          for (const b of value) if (b === 10) lines++;
        }
        const seconds = (performance.now() - t) / 1000;
        console.error(`exports: ${view}.${format} ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB, ${seconds.toFixed(1)} s (first byte ${firstByte.toFixed(0)} ms)`);
        out.push({ metric: `exports.${view}_${format}_seconds`, value: seconds, unit: 's' });
        out.push({ metric: `exports.${view}_${format}_mb`, value: bytes / 1e6, unit: 'MB' });
        out.push({ metric: `exports.${view}_${format}_lines`, value: lines, unit: 'lines' });
        out.push({ metric: `exports.${view}_${format}_first_byte_ms`, value: firstByte, unit: 'ms' });
      }
    } finally {
      await app.stop();
    }
    return out;
  },
};

export default task;
