/**
 * Event grouping against BASIL-layout corpora: every `triplet-uuid` is one gold event covered by several outlets.
 * Reads only `title`, `date`, `source`, `triplet-uuid` and `body-paragraphs` of `<folder>/articles/<year>/*.json`,
 * so any corpus in that layout runs unchanged. Every such folder under --data is one dataset, named by its path
 * (today `basil` and `allsides/basil`).
 *
 * Figures: B-cubed precision/recall/F1 and pairwise F1, on the articles as given ("articles") and with their
 * dates withheld ("articles-undated", text similarity alone, which shows how much the date window does); and for
 * the stories: `story_count`, `largest_story_share` (events in the largest story / all events, n = events) and
 * `story_title_is_place` (stories titled by one place name alone, such as "U.S.").
 *
 * `npx tsx scripts/eval/event-grouping.ts --tune [--data DIR]` reruns the threshold search documented in
 * lib/events/README.md: grid on even years, check on odd years.
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, groupArticles, type GroupedStory, type GroupingInput, type GroupingOptions } from '@/lib/events/group';
import { bcubed, pairwise } from '@/lib/events/metrics';
import { isLonePlaceTitle } from '@/lib/events/places';
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
  const { events, stories } = groupArticles(articles, undefined, options);
  const eventOf = new Map<string, string>();
  for (const e of events) for (const id of e.articleIds) eventOf.set(id, e.key);
  const predicted = items.map((x) => eventOf.get(x.article.id)!);
  const gold = items.map((x) => x.gold);
  return { b3: bcubed(predicted, gold), pairs: pairwise(predicted, gold), events: events.length, stories: storyFigures(stories, events.length) };
}

/** Story figures: how many, the largest one's share of all events, and how many are titled by a lone place name. */
export function storyFigures(stories: GroupedStory[], eventCount: number) {
  const largest = stories.reduce((m, s) => Math.max(m, s.eventKeys.length), 0);
  return {
    count: stories.length,
    largestShare: eventCount === 0 ? 0 : largest / eventCount,
    placeTitles: stories.filter((s) => isLonePlaceTitle(s.title)).length,
  };
}

/**
 * Every folder under `root` (three levels deep at most) holding `articles/<year>/` subfolders: the datasets in
 * BASIL's layout, as paths relative to root, sorted.
 */
export function findBasilLayouts(root: string, depth = 3): string[] {
  const out: string[] = [];
  const walk = (dir: string, level: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const articles = entries.find((e) => e.isDirectory() && e.name === 'articles');
    if (articles) {
      const years = readdirSync(path.join(dir, 'articles'), { withFileTypes: true });
      if (years.some((y) => y.isDirectory() && /^\d{4}$/.test(y.name))) out.push(path.relative(root, dir) || '.');
    }
    if (level >= depth) return;
    for (const e of entries) if (e.isDirectory() && e.name !== 'articles' && !e.name.startsWith('.')) walk(path.join(dir, e.name), level + 1);
  };
  walk(root, 0);
  return out.sort();
}

const task: EvalTask = {
  task: TASK,
  async run(dataDir: string): Promise<EvalResult> {
    const datasets = findBasilLayouts(dataDir);
    if (datasets.length === 0) return { records: [], skipped: [{ task: TASK, dataset: 'basil', file: 'articles', reason: `no <folder>/articles/<year>/ under ${dataDir}` }] };
    const records: EvalRecord[] = [];
    for (const dataset of datasets) {
      const items = (await readTriplets(path.join(dataDir, dataset)))!;
      for (const [file, undated] of [['articles', false], ['articles-undated', true]] as const) {
        const { b3, pairs, events, stories } = score(items, {}, undated);
        const add = (metric: string, value: number, n = items.length) => records.push({ task: TASK, dataset, file, metric, value, n });
        add('bcubed_precision', b3.precision);
        add('bcubed_recall', b3.recall);
        add('bcubed_f1', b3.f1);
        add('pairwise_f1', pairs.f1);
        add('event_count', events);
        add('story_count', stories.count, events);
        add('largest_story_share', stories.largestShare, events);
        add('story_title_is_place', stories.placeTitles, stories.count);
      }
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
