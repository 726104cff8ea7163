import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';

const serverAvailable = await requireServer();

async function counts(db: Db) {
  return { articles: await db.article.count(), sentences: await db.sentence.count(), outlets: await db.outlet.count(), aliases: await db.actorAlias.count() };
}

describe.runIf(serverAvailable)('parallax ingest, as a user runs it', () => {
  let database: TestDatabase;
  let db: Db;
  let env: Record<string, string>;
  const work = tempDir('parallax-ingest-');

  beforeAll(async () => {
    database = await createServerDatabase();
    env = { DATABASE_URL: database.url };
    db = createClient(database.url, 2);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
    work.remove();
  });

  it('--dry-run --json reports kept and removed lines per seed and writes nothing', async () => {
    const run = await runCli(['ingest', DEMO_DIR, '--dry-run', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const reports = JSON.parse(run.stdout) as Array<{ file: string; outlet: string; keptLines: number[]; removedLines: { line: number; reason: string }[] }>;
    expect(reports.map((r) => r.outlet)).toEqual(['Unattributed wire rewrite', 'RT', 'Unattributed op-ed report', 'The Week', 'Liberation News']);
    const rt = reports.find((r) => r.outlet === 'RT')!;
    // The icon strip (line 1) and the podcast timestamps are cut; the first paragraph is kept.
    expect(rt.removedLines.map((r) => r.line)).toContain(1);
    expect(rt.keptLines[0]).toBe(8);
    expect(Object.keys(rt.removedLines[0]).sort()).toEqual(['line', 'reason']);
    // A dry run creates no schema, let alone rows.
    const tables = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`;
    expect(Number(tables[0].n)).toBe(0);
  });

  it('fails on a file without an outlet, naming it, and stores nothing', async () => {
    const dir = path.join(work.dir, 'no-outlet');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'A plain report.\n\nThe minister said the talks went well and would resume next week in Geneva.\n');
    const run = await runCli(['ingest', dir], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('a.txt');
    expect(run.stderr).toMatch(/no outlet/);
    expect(run.stderr).toContain('nothing was stored');
    const tables = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`;
    expect(Number(tables[0].n)).toBe(0);
  });

  it('ingests the demo with its cuts, then skips every duplicate on a second run', async () => {
    const first = await runCli(['ingest', DEMO_DIR], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/stored: 5 new articles/);
    expect(first.stdout).toMatch(/The Week\s+1\s+30/);
    const article = await db.article.findFirstOrThrow({ where: { outlet: { name: 'The Week' } } });
    const removed = article.removedLines as Array<{ line: number; text: string; reason: string }>;
    expect(removed.find((r) => r.text.startsWith('Sign up for The Week'))?.reason).toMatch(/newsletter/);
    expect(article.body).not.toContain('Sign up');

    const before = await counts(db);
    const second = await runCli(['ingest', DEMO_DIR], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/stored: 0 new articles.*5 already stored/);
    expect(second.stderr).toMatch(/001_f4fae667b6a03989\.txt: same text as 001_f4fae667b6a03989\.txt, already stored; skipped/);
    expect(await counts(db)).toEqual(before);

    const strict = await runCli(['ingest', DEMO_DIR, '--strict'], env);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: .*nothing was stored/);
    expect(await counts(db)).toEqual(before);
  });

  it('stores a new version when a known URL comes with new text, keeping the old one', async () => {
    const file = path.join(work.dir, 'feed.jsonl');
    const url = 'https://www.reuters.com/world/talks-2021-03-23/';
    const record = (text: string) => JSON.stringify({ title: 'Talks resume', url, date: '2021-03-23', text });
    writeFileSync(file, record('Diplomats met in Guilin on Tuesday and said the talks were useful.') + '\n');
    expect((await runCli(['ingest', file], env)).code).toBe(0);
    writeFileSync(file, record('Diplomats met in Guilin on Tuesday and said the talks were useful and would continue.') + '\n');
    const run = await runCli(['ingest', file], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/new version of https:\/\/www\.reuters\.com/);
    const versions = await db.article.findMany({ where: { url }, orderBy: { id: 'asc' } });
    expect(versions).toHaveLength(2);
    expect(versions[0].outletId).toBe(versions[1].outletId);
    expect(versions[1].supersedesId).toBe(versions[0].id);
  });

  it('reports a malformed JSON line as file:line and, with --strict, stores nothing', async () => {
    const file = path.join(work.dir, 'broken.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ outlet: 'TASS', title: 'Lavrov speaks', text: 'Sergey Lavrov said relations with China were at their best in history.' }),
        '{"outlet": "TASS", "title": "cut off',
      ].join('\n') + '\n',
    );
    const before = await counts(db);
    const strict = await runCli(['ingest', file, '--strict'], env);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('broken.jsonl:2');
    expect(await counts(db)).toEqual(before);
    const lenient = await runCli(['ingest', file], env);
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stdout).toMatch(/skipped while reading: 1/);
    expect((await counts(db)).articles).toBe(before.articles + 1);
  });

  it('never duplicates an article when two ingests run at once', async () => {
    const dir = path.join(work.dir, 'concurrent');
    mkdirSync(dir);
    for (let i = 0; i < 6; i++) {
      writeFileSync(
        path.join(dir, `${i}.txt`),
        `---\noutlet: Xinhua\ntitle: Report ${i}\n---\nOfficials in Beijing said on day ${i} that cooperation with Moscow would deepen further this year.\n`,
      );
    }
    const before = (await counts(db)).articles;
    const [a, b] = await Promise.all([runCli(['ingest', dir], env), runCli(['ingest', dir], env)]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect((await counts(db)).articles).toBe(before + 6);
  });

  it('stores actor aliases from a manifest and config file, and scoring resolves them', async () => {
    const dir = path.join(work.dir, 'aliases');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ aliases: [{ actor: 'china', alias: 'the Middle Kingdom' }], files: { 'a.txt': { outlet: 'Global Times', title: 'Ties deepen' } } }),
    );
    writeFileSync(path.join(dir, 'a.txt'), 'Ties deepen\n\nThe Middle Kingdom and the Bear will deepen their ties, officials said on Monday.\n');
    writeFileSync(path.join(work.dir, 'parallax.config.json'), JSON.stringify({ aliases: [{ actor: 'russia', alias: 'the Bear' }] }));
    expect((await runCli(['ingest', dir], env)).code).toBe(0);
    const scored = await runCli(['score', '--config', path.join(work.dir, 'parallax.config.json')], env);
    expect(scored.code, scored.stderr).toBe(0);
    const article = await db.article.findFirstOrThrow({ where: { title: 'Ties deepen' } });
    const mentions = await db.actorMention.findMany({ where: { articleId: article.id }, include: { actor: true } });
    expect(mentions.map((m) => [m.actor.key, m.text])).toEqual(
      expect.arrayContaining([
        // A mention's span leaves out a leading article (hand-label guidelines, issue 17): "the Bear" is found as "Bear".
        ['china', 'Middle Kingdom'],
        ['russia', 'Bear'],
      ]),
    );
    const sources = await db.actorAlias.findMany({ where: { source: { not: 'gazetteer' } }, select: { alias: true, source: true } });
    expect(sources).toEqual(expect.arrayContaining([{ alias: 'the Middle Kingdom', source: 'manifest' }, { alias: 'the Bear', source: 'config' }]));
  });
});
