/**
 * Issue 26: ingest reads what it was given and nothing else. A corpus folder (as unpacked from an untrusted
 * archive) with links to files and folders outside it, and a pipe, through the real CLI: nothing outside is
 * stored or printed unless --follow-symlinks is given.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/cli';
import { isInside } from '@/lib/ingest/inside';

const SECRET = 'hunter2-correct-horse';
const article = (title: string, topic: string) =>
  `${title}\n\nThe city council voted on ${topic} on Tuesday after a long debate that ran late into the evening.\n\nThe mayor said the decision on ${topic} was a good result for the city and its residents.\n`;

const work = tempDir('parallax-inside-');
const outside = path.join(work.dir, 'home');
const corpus = path.join(work.dir, 'corpus');

beforeAll(() => {
  mkdirSync(path.join(outside, 'private'), { recursive: true });
  writeFileSync(path.join(outside, 'notes.md'), article('My private notes', `the password ${SECRET}`));
  writeFileSync(path.join(outside, 'private', 'diary.txt'), article('Diary', `the diary ${SECRET}`));
  // Not JSON: were it read as a manifest, the parse error would quote its first words.
  mkdirSync(path.join(corpus, 'sub'), { recursive: true });
  writeFileSync(path.join(corpus, 'budget.txt'), article('Council approves the budget', 'the budget'));
  symlinkSync(path.join(outside, 'notes.md'), path.join(corpus, 'leak.txt'));
  symlinkSync('/etc/passwd', path.join(corpus, 'passwd.txt'));
  symlinkSync(path.join(outside, 'private'), path.join(corpus, 'elsewhere'));
  symlinkSync(path.join(outside, 'notes.md'), path.join(corpus, 'sub', 'manifest.json'));
  writeFileSync(path.join(corpus, 'sub', 'roads.txt'), article('Roads get more money', 'road repairs'));
  // A link inside the folder is fine (and the same file is read once).
  symlinkSync(path.join(corpus, 'budget.txt'), path.join(corpus, 'same-budget.txt'));
  execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]);
});
afterAll(() => work.remove());

const leaked = (text: string) => text.includes(SECRET) || text.includes('My private') || text.includes('root:') || text.includes(outside) || text.includes('/etc/passwd');

describe('ingest stays inside the folder it was given', () => {
  it('isInside compares whole path components', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c/d.txt')).toBe(true);
    expect(isInside('/a/b', '/a/b/..notes.txt')).toBe(true);
    expect(isInside('/a/b', '/a/bc/d.txt')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/etc/passwd')).toBe(false);
  });

  it('--dry-run reads neither the links to outside nor the pipe, names each, and prints nothing from outside', async () => {
    const run = await runCli(['ingest', corpus, '--outlet', 'Test', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(leaked(run.stdout + run.stderr)).toBe(false);
    for (const name of ['leak.txt', 'passwd.txt', 'elsewhere', 'sub/manifest.json']) {
      expect(run.stderr).toMatch(new RegExp(`notice: ${name.replace('.', '\\.')}: skipped: a symbolic link to a place outside`));
    }
    expect(run.stderr).toContain('pipe.txt: skipped: not a regular file');
    expect(run.stdout).toMatch(/^budget\.txt: Test · /m);
    expect(run.stdout).toMatch(/^sub\/roads\.txt: Test · /m);
    expect(run.stdout).not.toContain('same-budget.txt');
  });

  it('--dry-run --json holds only the files inside', async () => {
    const run = await runCli(['ingest', corpus, '--outlet', 'Test', '--dry-run', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file).sort()).toEqual(['budget.txt', 'sub/roads.txt']);
    expect(leaked(run.stdout + run.stderr)).toBe(false);
  });

  it('a link named on its own (as a shell glob names it) is skipped too', async () => {
    const run = await runCli(['ingest', path.join(corpus, 'leak.txt'), path.join(corpus, 'budget.txt'), '--outlet', 'Test', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('leak.txt: skipped: a symbolic link to a place outside');
    expect(leaked(run.stdout + run.stderr)).toBe(false);
  });

  it('--follow-symlinks reads them, as asked', async () => {
    const folder = await runCli(['ingest', corpus, '--outlet', 'Test', '--dry-run', '--follow-symlinks']);
    expect(folder.stderr).toContain('sub/manifest.json: not valid JSON');
    const files = await runCli(['ingest', path.join(corpus, 'leak.txt'), path.join(corpus, 'budget.txt'), '--outlet', 'Test', '--dry-run', '--json', '--follow-symlinks']);
    expect(files.code, files.stderr).toBe(0);
    expect((JSON.parse(files.stdout) as Array<{ file: string }>).map((r) => path.basename(r.file)).sort()).toEqual(['budget.txt', 'leak.txt']);
  });
});

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('ingest into a database', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createServerDatabase();
    db = createClient(database.url, 2);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('stores the two articles inside and nothing from outside', async () => {
    const run = await runCli(['ingest', corpus, '--outlet', 'Test'], { DATABASE_URL: database.url });
    expect(run.code, run.stderr).toBe(0);
    expect(leaked(run.stdout + run.stderr)).toBe(false);
    const stored = await db.article.findMany({ select: { title: true, body: true, sourceFile: true } });
    expect(stored.map((a) => a.sourceFile).sort()).toEqual(['budget.txt', 'sub/roads.txt']);
    expect(stored.some((a) => a.body.includes(SECRET))).toBe(false);
  });
});
