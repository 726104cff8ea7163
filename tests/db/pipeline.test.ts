import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { readCorpus } from '@/lib/ingest/corpus';
import { embeddedScenario, requireServer, serverScenario, type ScenarioDatabase } from '../helpers/database';
import { DEMO_DIR } from '../helpers/seeds';

const OUTLETS = ['Liberation News', 'RT', 'The Week', 'Unattributed op-ed report', 'Unattributed wire rewrite'];
const demo = async () => (await readCorpus([DEMO_DIR])).articles;

/** Counts of every table, to prove a second run writes nothing. */
async function snapshot(db: Db) {
  return {
    outlets: await db.outlet.count(),
    articles: await db.article.count(),
    sentences: await db.sentence.count(),
    runs: await db.scoringRun.count(),
    scores: await db.articleScore.count(),
    markers: await db.marker.count(),
    outletScores: await db.outletScore.count(),
    mentions: await db.actorMention.count(),
    actors: await db.actor.count(),
  };
}

/** The same scenario on the server and on the embedded database: same schema, same queries. */
function pipelineScenario(open: () => Promise<ScenarioDatabase>) {
  let db: Db;
  let target: ScenarioDatabase;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    target = await open();
    cleanup = target.cleanup;
    const first = await migrate(target.url);
    expect(first.applied[0]).toBe('0001_init');
    expect((await migrate(target.url)).applied).toEqual([]);
    db = createClient(target.url, target.poolMax);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await cleanup?.();
  });

  it('ingests and scores the demo corpus, and reads it back with exact offsets', async () => {
    const ingest = await ingestArticles(target, await demo());
    expect(ingest.inserted).toBe(5);
    const score = await scoreArticles(target);
    expect(score.scored).toBe(5);

    const outlets = await db.outlet.findMany({ orderBy: { name: 'asc' }, include: { articles: true } });
    expect(outlets.map((o) => o.name)).toEqual(OUTLETS);
    const rt = outlets.find((o) => o.name === 'RT')!.articles[0];
    expect(rt.publishedAt?.toISOString()).toBe('2021-03-09T11:05:00.000Z');
    expect(rt.title).toMatch(/^Russia & China must work together to fight ‘political virus’/);

    for (const article of outlets.flatMap((o) => o.articles)) {
      const sentences = await db.sentence.findMany({ where: { articleId: article.id }, orderBy: { index: 'asc' } });
      expect(sentences.length).toBeGreaterThan(10);
      for (const s of sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);

      const markers = await db.marker.findMany({ where: { articleId: article.id } });
      for (const m of markers) expect(article.body.slice(m.start, m.end)).toBe(m.text);
      // The stored article score is exactly the sum of its evidence, in each voice (lib/analysis/voice.ts).
      for (const [metric, voice] of [['sentiment.score', 'writer'], ['sentiment.score@quoted', 'quoted']]) {
        // A zero quoted figure is not stored.
        const total = await db.articleScore.findFirst({ where: { articleId: article.id, metric } });
        const sentiment = markers.filter((m) => m.family === 'sentiment' && m.voice === voice).reduce((sum, m) => sum + m.weight, 0);
        expect(total?.value ?? 0, metric).toBeCloseTo(sentiment, 6);
        if (voice === 'quoted') expect(total === null, metric).toBe(sentiment === 0);
      }
    }

    // Known evidence: the wire rewrite calls sanctions "unacceptable". ("criticized" no longer scores since
    // analysis/5: BABE annotators rarely mark it as biased, so it is a news topic verb, lexicons/news-neutral.json.)
    const wire = outlets.find((o) => o.name === 'Unattributed wire rewrite')!.articles[0];
    const unacceptable = await db.marker.findFirst({ where: { articleId: wire.id, family: 'sentiment', text: 'unacceptable' } });
    expect(unacceptable?.weight).toBeLessThan(0);
  });

  it('stores every marker family with evidence, the per-outlet intervals and the actors', async () => {
    const families = (await db.marker.groupBy({ by: ['family'], _count: true })).map((f) => f.family).sort();
    expect(families).toEqual(['certainty', 'frame', 'hedge', 'loaded', 'quote', 'report-verb', 'scare-quote', 'sentiment', 'source']);

    // RT's scare quotes, exactly as printed (inside Wang Yi's quoted words).
    const rt = await db.article.findFirstOrThrow({ where: { outlet: { name: 'RT' } } });
    const scare = (await db.marker.findMany({ where: { articleId: rt.id, family: 'scare-quote' } })).map((m) => m.text);
    expect(scare).toEqual(expect.arrayContaining([expect.stringContaining('political virus'), expect.stringContaining('color revolutions')]));
    // The RT analysts paragraph hedges.
    const hedges = await db.marker.findMany({ where: { articleId: rt.id, family: 'hedge' }, select: { text: true } });
    expect(hedges.map((h) => h.text.toLowerCase())).toEqual(expect.arrayContaining(['reportedly']));

    // One row per outlet and rate metric with its interval: one article each, so a wide one (lib/analysis/stats.ts).
    const outletScores = await db.outletScore.findMany({ where: { metric: 'hedge' } });
    expect(outletScores).toHaveLength(5);
    for (const o of outletScores) {
      expect(o.low).toBeGreaterThanOrEqual(0);
      expect(o.high).toBeGreaterThan(o.low!);
      expect(Number.isFinite(o.high)).toBe(true);
      expect(o).toMatchObject({ unit: 'articles', n: 1 });
      const article = await db.articleScore.findFirstOrThrow({ where: { article: { outletId: o.outletId }, metric: 'hedge' } });
      expect(o.value).toBeCloseTo(article.value, 6);
    }

    // The actors the dashboard compares, found with their aliases.
    const mentions = await db.actorMention.findMany({ select: { text: true, actor: { select: { key: true } } } });
    const textsOf = (key: string) => new Set(mentions.filter((m) => m.actor.key === key).map((m) => m.text));
    for (const key of ['russia', 'china', 'united-states', 'european-union', 'nato', 'xi-jinping', 'vladimir-putin', 'wang-yi', 'sergey-lavrov']) {
      expect(textsOf(key).size, key).toBeGreaterThan(0);
    }
    expect(textsOf('china')).toContain('Beijing');
    expect(textsOf('russia')).toContain('Moscow');
    expect(textsOf('united-states')).toContain('Washington');
    expect(textsOf('wang-yi')).toEqual(new Set(['Wang Yi', 'Wang', 'Yi']));
    // Institutions are stored with their kind and the country they roll up into (migration 0012).
    const kremlin = await db.actor.findUniqueOrThrow({ where: { key: 'kremlin' } });
    expect([kremlin.kind, kremlin.parentKey]).toEqual(['institution', 'russia']);
    expect((await db.actor.findUniqueOrThrow({ where: { key: 'republican-party' } })).kind).toBe('party');
    for (const m of await db.actorMention.findMany({ include: { article: { select: { body: true } } } })) {
      expect(m.article.body.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('changes nothing when the demo is ingested and scored again', async () => {
    const before = await snapshot(db);
    const again = await ingestArticles(target, await demo());
    expect(again.inserted).toBe(0);
    expect(again.duplicates).toHaveLength(5);
    const rescore = await scoreArticles(target);
    expect(rescore.runId).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the stored corpus as it was when an ingest fails half-way', async () => {
    const before = await snapshot(db);
    const articles = (await demo()).map((a) => ({ ...a, body: `${a.body}\n\nA new closing line.` }));
    // The fourth article cannot be stored (its title is missing, violating NOT NULL): the whole ingest rolls back.
    articles[3] = { ...articles[3], title: null as unknown as string };
    await expect(ingestArticles(target, articles)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('pipeline on the Postgres server (DATABASE_URL), in a fresh database', () => {
  pipelineScenario(serverScenario);
});

describe('pipeline on the embedded database (PGlite, no DATABASE_URL)', () => {
  pipelineScenario(async () => {
    const database = await embeddedScenario();
    expect(database.kind).toBe('embedded');
    return database;
  });
});
