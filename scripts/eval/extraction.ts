/**
 * Task `extraction`: the HTML ingest path (lib/ingest: Readability, page metadata, the line cleaner) on the
 * article-extraction benchmark's pages in <data>/article-extraction, scored with the benchmark's own shingle
 * matching (./_shingles.ts, a port of its evaluate.py). Each page goes through readContent, exactly as
 * `parallax ingest page.html` and `parallax fetch` read it; a page ingest would skip counts as an empty body.
 * When python3 is on the PATH, the benchmark's evaluate.py is also run on the same predictions and any
 * disagreement with the port is reported as a skip, so the port can never drift unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readContent } from '@/lib/ingest/corpus';
import { benchmarkFigures, type BenchmarkFigures } from './_shingles';
import type { EvalRecord, EvalSkip, EvalTask } from './_types';

const DATASET = 'article-extraction';

/** The body ingest would store for one page ('' when it would skip the page). */
export function extractBody(id: string, html: Uint8Array): string {
  const read = readContent(`${id}.html`, html, 'html', { outlet: 'benchmark' });
  return read.articles[0]?.body ?? '';
}

/** The benchmark's evaluate.py on the same predictions, or why it could not run. */
function pythonFigures(dir: string, predictions: Record<string, { articleBody: string }>): BenchmarkFigures | string {
  const work = mkdtempSync(path.join(tmpdir(), 'parallax-extraction-'));
  try {
    symlinkSync(path.join(dir, 'ground-truth.json'), path.join(work, 'ground-truth.json'));
    mkdirSync(path.join(work, 'output'));
    writeFileSync(path.join(work, 'output/parallax.json'), JSON.stringify(predictions));
    const run = spawnSync('python3', [path.join(dir, 'evaluate.py'), '--n-bootstrap', '1', '--output', 'result.json'], { cwd: work, encoding: 'utf8' });
    if (run.error || run.status !== 0) return `evaluate.py did not run (${run.error?.message ?? run.stderr.trim().split('\n').pop()})`;
    const got = JSON.parse(readFileSync(path.join(work, 'result.json'), 'utf8')).parallax;
    return { f1: got.f1, precision: got.precision, recall: got.recall, accuracy: got.accuracy };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const task: EvalTask = {
  task: 'extraction',
  async run(dataDir) {
    const dir = path.join(dataDir, DATASET);
    const truthFile = path.join(dir, 'ground-truth.json');
    if (!existsSync(truthFile)) return { records: [], skipped: [{ task: 'extraction', dataset: DATASET, file: 'ground-truth.json', reason: 'file not found' }] };
    const truth: Record<string, { articleBody: string }> = JSON.parse(readFileSync(truthFile, 'utf8'));
    const skipped: EvalSkip[] = [];
    const pages: Array<[string, string]> = [];
    const predictions: Record<string, { articleBody: string }> = {};
    for (const id of Object.keys(truth)) {
      const file = path.join(dir, 'html', `${id}.html.gz`);
      // A missing page would change what the figures are over: report it and score it as extracted empty.
      let body = '';
      if (existsSync(file)) body = extractBody(id, gunzipSync(readFileSync(file)));
      else skipped.push({ task: 'extraction', dataset: DATASET, file: `html/${id}.html.gz`, reason: 'page missing; scored as an empty extraction' });
      predictions[id] = { articleBody: body };
      pages.push([truth[id].articleBody ?? '', body]);
    }
    const figures = benchmarkFigures(pages);
    const records: EvalRecord[] = (['f1', 'precision', 'recall', 'accuracy'] as const).map((metric) => ({
      task: 'extraction',
      dataset: DATASET,
      file: 'all',
      metric,
      value: figures[metric],
      n: pages.length,
    }));
    const py = pythonFigures(dir, predictions);
    if (typeof py === 'string') skipped.push({ task: 'extraction', dataset: DATASET, file: 'evaluate.py', reason: `${py}; figures from the port only` });
    else {
      const off = (['f1', 'precision', 'recall', 'accuracy'] as const).filter((m) => Math.abs(py[m] - figures[m]) > 1e-9);
      if (off.length) skipped.push({ task: 'extraction', dataset: DATASET, file: 'evaluate.py', reason: `evaluate.py disagrees with the port on ${off.map((m) => `${m} ${py[m].toFixed(4)}`).join(', ')}` });
    }
    return { records, skipped };
  },
};

export default task;
