/**
 * Voice stored and counted: an outlet that only quotes loaded words scores none in its own voice and some in the
 * quoted voice; an outlet that uses the same words itself scores them in its own voice. Markers carry their voice
 * and speaker. On the Postgres server, in a fresh database, with texts written for this test.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVoice } from '@/lib/analysis/voice';
import { hasVoice } from '@/lib/analysis/voice-metrics';
import { createClient, type Db } from '@/lib/db/client';
import { migrate, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { attachRunTables, createRunTables } from '@/lib/db/write/partitions';
import { scoreArticles } from '@/lib/db/operations/score';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { cleanText } from '@/lib/ingest/clean';
import type { ArticleInput } from '@/lib/ingest/types';
import { requireServer, serverScenario } from '../helpers/database';

const QUOTES = [
  '“The protesters are vicious thugs and radical extremists,” said Putin on Tuesday. The ministry published the transcript later that day.',
  'Officials met in Geneva on Monday. “These vicious thugs want chaos,” Lavrov told reporters. The talks continue next week.',
];
const OWN = [
  'The protesters are vicious thugs and radical extremists. The ministry published the transcript later that day.',
  'Officials met in Geneva on Monday. These vicious thugs want chaos. The talks continue next week.',
];

function article(outlet: string, body: string, i: number): ArticleInput {
  return { outlet, title: `${outlet} ${i}`, body: cleanText(body).body, sourceFile: `${outlet}-${i}.txt`, publishedAt: new Date(Date.UTC(2024, 0, 10 + i)) };
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('voice on the Postgres server', () => {
  let db: Db;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const target = await serverScenario();
    cleanup = target.cleanup;
    expect((await migrate(target.url)).applied).toContain('0007_marker_voice');
    db = createClient(target.url, target.poolMax);
    await ingestArticles(target, [...QUOTES.map((b, i) => article('Quoting Post', b, i)), ...OWN.map((b, i) => article('Own Words Daily', b, i))]);
    await scoreArticles(target, { workers: 0 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await cleanup?.();
  });

  const outletId = async (name: string) => (await db.outlet.findFirstOrThrow({ where: { name } })).id;

  it('stores each marker’s voice and the quoted speaker', async () => {
    const quoting = await db.marker.findMany({ where: { outletId: await outletId('Quoting Post'), family: 'loaded', label: 'word' } });
    expect(quoting.length).toBeGreaterThan(0);
    expect(quoting.every((m) => m.voice === 'quoted')).toBe(true);
    expect(new Set(quoting.map((m) => m.speaker))).toEqual(new Set(['Putin', 'Lavrov']));
    const own = await db.marker.findMany({ where: { outletId: await outletId('Own Words Daily'), family: 'loaded', label: 'word' } });
    // Not always as many as quoted: the loaded-word model reads how near a word stands to a name, and the quoted
    // texts name their speaker.
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((m) => m.voice === 'writer' && m.speaker === null)).toBe(true);
    // The attribution around a quote is the writer's own.
    const verbs = await db.marker.findMany({ where: { outletId: await outletId('Quoting Post'), family: { in: ['report-verb', 'source', 'quote'] } } });
    expect(verbs.length).toBeGreaterThan(0);
    expect(verbs.every((m) => m.voice === 'writer')).toBe(true);
  });

  it('scores an outlet that only quotes loaded words 0 in its own voice and above 0 in the quoted voice, per article and per outlet', async () => {
    const quoting = await outletId('Quoting Post');
    const own = await outletId('Own Words Daily');
    const scores = await db.outletScore.findMany({ where: { metric: { in: ['loaded.word', 'loaded.word@quoted', 'loaded', 'loaded@quoted', 'sentiment.negative', 'sentiment.negative@quoted'] } } });
    const figure = (outlet: number, metric: string) => scores.find((s) => s.outletId === outlet && s.metric === metric)!;
    expect(figure(quoting, 'loaded.word').count).toBe(0);
    expect(figure(quoting, 'loaded.word').value).toBe(0);
    expect(figure(quoting, 'loaded.word@quoted').count).toBeGreaterThan(0);
    expect(figure(quoting, 'loaded.word@quoted').value).toBeGreaterThan(0);
    expect(figure(quoting, 'loaded').count).toBe(0);
    expect(figure(quoting, 'loaded@quoted').count).toBe(2);
    expect(figure(quoting, 'sentiment.negative').count).toBe(0);
    expect(figure(quoting, 'sentiment.negative@quoted').count).toBeGreaterThan(0);
    expect(figure(own, 'loaded.word').count).toBeGreaterThan(0);
    expect(figure(own, 'loaded.word@quoted').count).toBe(0);
    // Article scores store no zero quoted figure (most are zero): the outlet's own-words articles have none for loaded words.
    for (const a of await db.article.findMany({ where: { outletId: own } })) {
      expect(await db.articleScore.count({ where: { articleId: a.id, metric: 'loaded.word@quoted' } })).toBe(0);
      expect(await db.articleScore.count({ where: { articleId: a.id, metric: 'loaded.word' } })).toBe(1);
    }

    for (const a of await db.article.findMany({ where: { outletId: quoting } })) {
      const rows = await db.articleScore.findMany({ where: { articleId: a.id, metric: { in: ['loaded.word', 'loaded.word@quoted'] } } });
      expect(rows.find((r) => r.metric === 'loaded.word')!.count).toBe(0);
      expect(rows.find((r) => r.metric === 'loaded.word@quoted')!.count).toBeGreaterThan(0);
    }
    // Seen in each voice, as the dashboard folds them: writer 0, quoted and all the same positive rate.
    const rows = scores.filter((s) => s.outletId === quoting);
    const fold = (voice: 'writer' | 'quoted' | 'all') =>
      foldVoice(rows, voice, (r) => r.outletId, hasVoice, (w, q, v) => ({ ...w, value: (v === 'all' ? w.value : 0) + (q?.value ?? 0) })).find((r) => r.metric === 'loaded.word')!;
    expect(fold('writer').value).toBe(0);
    expect(fold('quoted').value).toBeGreaterThan(0);
    expect(fold('all').value).toBeCloseTo(fold('quoted').value, 10);
  });

  it('keeps the quoted sentiment score apart from the writer’s', async () => {
    const quoting = await outletId('Quoting Post');
    const rows = await db.outletScore.findMany({ where: { outletId: quoting, metric: { in: ['sentiment.score', 'sentiment.score@quoted'] } } });
    expect(rows.find((r) => r.metric === 'sentiment.score')!.value).toBe(0);
    expect(rows.find((r) => r.metric === 'sentiment.score@quoted')!.value).toBeLessThan(0);
  });
});

describe.runIf(serverAvailable)('migration 0007 on a database scored before it', () => {
  it('adds voice to the stored markers of every run (the writer’s until rescored), and the next run stores real voices', async () => {
    const target = await serverScenario();
    const before = mkdtempSync(path.join(os.tmpdir(), 'parallax-migrations-'));
    const client = new pg.Client({ connectionString: target.url });
    let db: Db | undefined;
    try {
      for (const name of readdirSync(MIGRATIONS_DIR)) if (name < '0007') cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
      expect((await migrate(target.url, before)).applied.at(-1)).toBe('0006_analysis_limit');
      // A run stored by the schema before voice: one marker in its own partition.
      await client.connect();
      const outlet = await client.query(`INSERT INTO "Outlet" (slug, name) VALUES ('quoting-post', 'Quoting Post') RETURNING id`);
      const body = QUOTES[0];
      const article = await client.query(
        `INSERT INTO "Article" ("outletId", title, body, words, "contentHash", "sourceFile") VALUES ($1, 't', $2, 20, 'h', 'f.txt') RETURNING id`,
        [outlet.rows[0].id, body],
      );
      const run = await client.query(`INSERT INTO "ScoringRun" (version, config, status) VALUES ('parallax-analysis/4', '{}', 'complete') RETURNING id`);
      await client.query('BEGIN');
      await createRunTables(client, run.rows[0].id);
      await client.query(
        `INSERT INTO "Marker_run_${run.rows[0].id}" ("runId", "articleId", n, "outletId", "sentenceIndex", family, label, start, "end", text, rule, weight)
         VALUES ($1, $2, 0, $3, 0, 'loaded', 'word', 22, 27, 'thugs', 'old', 1)`,
        [run.rows[0].id, article.rows[0].id, outlet.rows[0].id],
      );
      await attachRunTables(client, run.rows[0].id);
      await client.query('COMMIT');

      // 0007 and every migration after it.
      expect((await migrate(target.url)).applied[0]).toBe('0007_marker_voice');
      const old = await client.query(`SELECT voice, speaker FROM "Marker"`);
      expect(old.rows).toEqual([{ voice: 'writer', speaker: null }]);
      await client.query(`INSERT INTO "Sentence" ("articleId", index, start, "end", text) VALUES ($1, 0, 0, $2, $3)`, [article.rows[0].id, body.length, body]);
      db = createClient(target.url, target.poolMax);
      await scoreArticles(target, { workers: 0 });
      const vicious = await db.marker.findFirstOrThrow({ where: { text: 'vicious', family: 'loaded' } });
      expect(vicious).toMatchObject({ voice: 'quoted', speaker: 'Putin' });
      expect(await db.scoringRun.count()).toBe(1);
    } finally {
      await client.end().catch(() => {});
      await db?.$disconnect();
      rmSync(before, { recursive: true, force: true });
      await target.cleanup();
    }
  });
});
