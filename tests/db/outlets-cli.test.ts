import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';

const serverAvailable = await requireServer();

const article = (outlet: string, n: number) => ({
  outlet,
  title: `Council votes on the harbour plan, report ${n}`,
  body: `The city council voted on the harbour plan on Tuesday, report number ${n} from ${outlet}. Members said the vote would be reviewed next month.`,
  sourceFile: `${outlet}-${n}.txt`,
});

describe.runIf(serverAvailable)('parallax outlets import, as a user runs it', () => {
  let database: TestDatabase;
  let db: Db;
  let env: Record<string, string>;
  const work = tempDir('parallax-outlets-');
  const file = (name: string, content: string) => {
    const p = path.join(work.dir, name);
    writeFileSync(p, content);
    return p;
  };
  const meta = () => db.outlet.findMany({ orderBy: { name: 'asc' }, select: { name: true, lean: true, country: true, owner: true, type: true, homepage: true, tags: true } });

  beforeAll(async () => {
    database = await createServerDatabase();
    env = { DATABASE_URL: database.url };
    await migrate(database.url);
    db = createClient(database.url, 2);
    await ingestArticles(database, [article('Harbour Herald', 1), article('The Quay Times', 2), article('Dockside Daily', 3)]);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
    work.remove();
  });

  it('sets lean, country, owner, type, homepage and tags from a CSV, and reports outlets it does not know', async () => {
    const csv = file(
      'outlets.csv',
      'Outlet,Lean,Country,Owner,Type,Homepage,AllSides confidence\n' +
        'Harbour Herald,Lean Left,GB,Herald Group,news,https://herald.example,High\n' +
        'the quay times,right,GB,,opinion,,\n' +
        'Moon Gazette,center,,,,,\n',
    );
    const run = await runCli(['outlets', 'import', csv], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 updated, 1 unknown');
    expect(run.stderr).toMatch(/line 4: no outlet "Moon Gazette"/);
    expect(await meta()).toEqual([
      { name: 'Dockside Daily', lean: null, country: null, owner: null, type: null, homepage: null, tags: {} },
      { name: 'Harbour Herald', lean: 'lean-left', country: 'GB', owner: 'Herald Group', type: 'news', homepage: 'https://herald.example', tags: { 'allsides confidence': 'High' } },
      { name: 'The Quay Times', lean: 'right', country: 'GB', owner: null, type: 'opinion', homepage: null, tags: {} },
    ]);
    // An unknown outlet is reported, never created.
    expect(await db.outlet.count()).toBe(3);
    // The per-event coverage by lean is recounted in the same import.
    const [live] = await db.$queryRaw<Array<{ leanLeft: number; right: number; unrated: number }>>`
      SELECT count(DISTINCT (a."eventId", a."outletId")) FILTER (WHERE o.lean = 'lean-left')::int AS "leanLeft",
             count(DISTINCT (a."eventId", a."outletId")) FILTER (WHERE o.lean = 'right')::int AS "right",
             count(DISTINCT (a."eventId", a."outletId")) FILTER (WHERE o.lean IS NULL)::int AS unrated
      FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId" WHERE a."eventId" IS NOT NULL`;
    const [summary] = await db.$queryRaw<Array<{ leanLeft: number; right: number; unrated: number }>>`
      SELECT sum("leanLeft")::int AS "leanLeft", sum("right")::int AS "right", sum(unrated)::int AS unrated FROM "EventSummary"`;
    expect(live.leanLeft + live.right).toBe(2);
    expect(summary).toEqual(live);
  });

  it('reads JSON too, and replaces what an earlier import set', async () => {
    const json = file('outlets.json', JSON.stringify({ outlets: [{ outlet: 'Dockside Daily', lean: 'center', tier: 2 }, { outlet: 'Harbour Herald', lean: 'left' }] }));
    const run = await runCli(['outlets', 'import', json], env);
    expect(run.code, run.stderr).toBe(0);
    const rows = await meta();
    expect(rows.map((r) => [r.name, r.lean, r.tags])).toEqual([
      ['Dockside Daily', 'center', { tier: '2' }],
      ['Harbour Herald', 'left', {}],
      ['The Quay Times', 'right', {}],
    ]);
  });

  it('refuses a file with a bad row, naming the file, the line and the problem, and writes nothing', async () => {
    const before = await meta();
    const bad = file('bad.csv', 'outlet,lean\nDockside Daily,far-left\nThe Quay Times,left\n');
    const run = await runCli(['outlets', 'import', bad], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toMatch(/line 2: has lean "far-left": use one of left, lean-left, center, lean-right, right/);
    expect(run.stderr).toContain('nothing was imported');
    // The good row after the bad one was not applied either.
    expect(await meta()).toEqual(before);

    const noOutlet = file('no-outlet.csv', 'name,lean\nDockside Daily,left\n');
    const run2 = await runCli(['outlets', 'import', noOutlet], env);
    expect(run2.code).toBe(1);
    expect(run2.stderr).toMatch(/no-outlet\.csv: .*has no "outlet" column \(found: name, lean\)/s);

    const broken = file('broken.json', '[{"outlet": "Dockside Daily",');
    const run3 = await runCli(['outlets', 'import', broken], env);
    expect(run3.code).toBe(1);
    expect(run3.stderr).toMatch(/broken\.json: .*is not valid JSON/s);
    expect(await meta()).toEqual(before);
  });

  it('checks the named sets of --config: members it does not know are reported, a bad set name stops before any write', async () => {
    const csv = file('leans.csv', 'outlet,lean\nDockside Daily,center\n');
    const config = file('sets.config.json', JSON.stringify({ groups: { wires: ['Dockside Daily', 'the-quay-times', 'Moon Gazette'] } }));
    const run = await runCli(['outlets', 'import', csv, '--config', config], env);
    expect(run.code, run.stderr).toBe(0);
    // Members by name as ingested or by slug are known; the one the database lacks is named.
    expect(run.stderr).toContain('groups.wires: Moon Gazette: no such outlet in the database');
    expect(run.stderr).not.toContain('Dockside Daily: no such');
    expect(run.stderr).not.toContain('the-quay-times: no such');

    const before = await meta();
    const bad = file('bad-sets.config.json', JSON.stringify({ groups: { 'wire services': ['Dockside Daily'] } }));
    const run2 = await runCli(['outlets', 'import', file('right.csv', 'outlet,lean\nDockside Daily,right\n'), '--config', bad], env);
    expect(run2.code).toBe(1);
    expect(run2.stderr).toMatch(/bad-sets\.config\.json: groups\.wire services: a set name is/);
    expect(await meta()).toEqual(before);
  });
});
