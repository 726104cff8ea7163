/**
 * Migration 0010's run history: each completed scoring run is remembered with the outlet figures it left, also
 * after a full rescore deletes the run, so a share link made on it can say which run it showed and what changed.
 * On the Postgres server and on the embedded database (PGlite runs the same trigger).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import { embeddedScenario, requireServer, serverScenario, type ScenarioDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';

const serverAvailable = await requireServer();
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const scenarios: Array<[string, () => Promise<ScenarioDatabase>, boolean]> = [
  ['server', serverScenario, serverAvailable],
  ['embedded', () => embeddedScenario('parallax-runhistory-'), true],
];

describe.each(scenarios)('run history on the %s database', (_name, make, available) => {
  it.runIf(available)('remembers each run and its outlet figures after a full rescore replaced it', async () => {
    const scenario = await make();
    cleanups.push(scenario.cleanup);
    await migrate(scenario.url);
    const db = createClient(scenario.url, scenario.poolMax);
    try {
      const demo = (await readCorpus([DEMO_DIR])).articles;
      await ingestArticles(scenario, demo);
      const first = await scoreArticles(scenario);
      const before = await db.outletScore.findMany({ orderBy: [{ outletId: 'asc' }, { metric: 'asc' }] });
      expect(before.length).toBeGreaterThan(0);
      await ingestArticles(scenario, [{ ...demo[0], url: undefined, title: 'A hedged follow-up', body: 'It might perhaps possibly change. Perhaps it may arguably be delayed.' }]);
      const second = await scoreArticles(scenario, { full: true });
      expect(second.replaced).toBeGreaterThan(0);
      expect(await db.scoringRun.count({ where: { id: first.runId! } })).toBe(0);
      const runs = await db.runHistory.findMany({ orderBy: { runId: 'asc' } });
      expect(runs.map((r) => r.runId)).toEqual([first.runId, second.runId]);
      expect(runs.every((r) => r.finishedAt !== null && r.articles > 0)).toBe(true);
      // The first run's figures as they were, not the rescore's.
      const kept = await db.runHistoryFigure.findMany({ where: { runId: first.runId! }, orderBy: [{ outletId: 'asc' }, { metric: 'asc' }] });
      expect(kept.map((f) => [f.outletId, f.metric, f.value, f.low, f.high, f.n])).toEqual(before.map((f) => [f.outletId, f.metric, f.value, f.low, f.high, f.n]));
      const now = await db.outletScore.findMany({ where: { metric: 'hedge', outletId: before[0].outletId } });
      const latest = await db.runHistoryFigure.findMany({ where: { runId: second.runId!, metric: 'hedge', outletId: before[0].outletId } });
      expect(latest.map((f) => f.value)).toEqual(now.map((f) => f.value));
    } finally {
      await db.$disconnect();
    }
  });
});
