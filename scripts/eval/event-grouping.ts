/**
 * Event grouping against BASIL: every `triplet-uuid` is one gold event covered by three outlets.
 * Reads only `title`, `date`, `source`, `triplet-uuid` and `body-paragraphs` of `<data>/basil/articles/<year>/*.json`,
 * so any corpus in that layout runs unchanged.
 *
 * Figures: B-cubed precision/recall/F1 and pairwise F1, on the articles as given ("articles") and with their
 * dates withheld ("articles-undated", text similarity alone, which shows how much the date window does).
 *
 * `npx tsx scripts/eval/event-grouping.ts --tune [--data DIR]` reruns the threshold search documented in
 * lib/events/README.md: grid on even years, check on odd years.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, groupArticles, type GroupingInput, type GroupingOptions } from '@/lib/events/group';
import { bcubed, pairwise } from '@/lib/events/metrics';
import type { EvalRecord, EvalResult, EvalTask } from './_types';

const TASK = 'event-grouping';

export interface LabelledArticle {
  article: GroupingInput;
  gold: string;
  year: string;
}

/** Reads `<root>/articles/<year>/*.json`, sorted by path; undefined when the folder is absent. */
export async function readTriplets(root: string): Promise<LabelledArticle[] | undefined> {
  const dir = path.join(root, 'articles');
  if (!existsSync(dir)) return undefined;
  const out: LabelledArticle[] = [];
  for (const year of (await readdir(dir)).sort()) {
    const yearDir = path.join(dir, year);
    let files: string[];
    try {
      files = (await readdir(yearDir)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      continue; // a stray file next to the year folders
    }
    for (const file of files) {
      const raw = JSON.parse(await readFile(path.join(yearDir, file), 'utf8')) as Record<string, unknown>;
      const paragraphs = Array.isArray(raw['body-paragraphs']) ? (raw['body-paragraphs'] as unknown[]) : [];
      const body = paragraphs.map((p) => (Array.isArray(p) ? p.join(' ') : String(p))).join('\n\n');
      const date = typeof raw.date === 'string' ? new Date(`${raw.date}T00:00:00Z`) : undefined;
      out.push({
        article: {
          id: `${year}/${file}`,
          title: String(raw.title ?? ''),
          body,
          outlet: String(raw.source ?? '').toLowerCase(),
          ...(date && !Number.isNaN(date.getTime()) ? { publishedAt: date } : {}),
        },
        gold: String(raw['triplet-uuid'] ?? `${year}/${file}`),
        year,
      });
    }
  }
  return out;
}

/** Groups the articles and scores the events against the gold labels. */
export function score(items: LabelledArticle[], options: Partial<GroupingOptions> = {}, undated = false) {
  const articles = items.map((x) => (undated ? { ...x.article, publishedAt: undefined } : x.article));
  const { events } = groupArticles(articles, undefined, options);
  const eventOf = new Map<string, string>();
  for (const e of events) for (const id of e.articleIds) eventOf.set(id, e.key);
  const predicted = items.map((x) => eventOf.get(x.article.id)!);
  const gold = items.map((x) => x.gold);
  return { b3: bcubed(predicted, gold), pairs: pairwise(predicted, gold), events: events.length };
}

const task: EvalTask = {
  task: TASK,
  async run(dataDir: string): Promise<EvalResult> {
    const items = await readTriplets(path.join(dataDir, 'basil'));
    if (!items) return { records: [], skipped: [{ task: TASK, dataset: 'basil', file: 'articles', reason: `no ${path.join(dataDir, 'basil/articles')}` }] };
    const records: EvalRecord[] = [];
    for (const [file, undated] of [['articles', false], ['articles-undated', true]] as const) {
      const { b3, pairs } = score(items, {}, undated);
      const add = (metric: string, value: number) => records.push({ task: TASK, dataset: 'basil', file, metric, value, n: items.length });
      add('bcubed_precision', b3.precision);
      add('bcubed_recall', b3.recall);
      add('bcubed_f1', b3.f1);
      add('pairwise_f1', pairs.f1);
    }
    return { records, skipped: [] };
  },
};
export default task;

/**
 * The threshold search: every grid point is scored on the even years by the mean of its B³-F1 with dates and
 * without (so text similarity must work on its own, not only inside the date window); the odd years are only
 * reported, never used to choose.
 */
async function tune(dataDir: string) {
  const items = await readTriplets(path.join(dataDir, 'basil'));
  if (!items) throw new Error(`no BASIL articles under ${dataDir}`);
  const tuneSet = items.filter((x) => Number(x.year) % 2 === 0);
  const checkSet = items.filter((x) => Number(x.year) % 2 === 1);
  const objective = (o: Partial<GroupingOptions>) => {
    const td = score(tuneSet, o).b3.f1;
    const tu = score(tuneSet, o, true).b3.f1;
    return { t: (td + tu) / 2, td, tu };
  };
  const rows: Array<{ o: Partial<GroupingOptions>; t: number }> = [];
  for (const eventThreshold of [0.075, 0.1, 0.125, 0.15, 0.2, 0.3])
    for (const titleWeight of [0, 0.2, 0.4])
      for (const datePenalty of [0, 0.3, 0.6])
        for (const nameBoost of [1, 1.5])
          for (const eventWindowDays of [2, 4, 7]) {
            const o = { eventThreshold, titleWeight, datePenalty, nameBoost, eventWindowDays };
            rows.push({ o, t: objective(o).t });
          }
  rows.sort((a, b) => b.t - a.t);
  const show = (o: Partial<GroupingOptions>) => {
    const f = (s: LabelledArticle[], u: boolean) => {
      const r = score(s, o, u).b3;
      return `${r.f1.toFixed(3)} (P ${r.precision.toFixed(2)})`;
    };
    return `tune: dated ${f(tuneSet, false)} undated ${f(tuneSet, true)} | check: dated ${f(checkSet, false)} undated ${f(checkSet, true)}`;
  };
  console.log(`${tuneSet.length} tuning articles (even years), ${checkSet.length} check articles (odd years)`);
  console.log('top grid points by tuning objective (mean B³-F1 dated/undated):');
  for (const r of rows.slice(0, 12)) console.log(' ', JSON.stringify(r.o), r.t.toFixed(4));
  console.log('threshold sweep at the default other settings:');
  for (const eventThreshold of [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3]) {
    console.log(`  eventThreshold ${eventThreshold}: ${show({ eventThreshold })}`);
  }
  console.log('defaults', JSON.stringify(DEFAULT_OPTIONS));
  console.log(' ', show({}));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { tune: { type: 'boolean', default: false }, data: { type: 'string', default: path.resolve(import.meta.dirname, '../../../shared/data') } },
  });
  if (values.tune) await tune(values.data!);
  else console.log(JSON.stringify((await task.run(values.data!)).records, null, 2));
}
