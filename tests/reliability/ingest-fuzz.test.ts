/**
 * Hostile and broken inputs through the real CLI: every one ends in a clear error or a clean skip that names the
 * file, never a crash or a stack trace, and a failed run leaves the database exactly as it was.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, requireServer, tempDir, type TestDatabase } from '../helpers/database';
import { runCli, type CliResult } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { ROOT, databaseChecksum, expectNoStackTrace, randomBytes, rng } from './shared';

const serverAvailable = await requireServer();
const EXTENSIONS = ['.txt', '.json', '.jsonl', '.csv', '.html'];
/** Text without any outlet name, so nothing in these inputs can be stored. */
const PLAIN = 'The committee met on Tuesday and said the talks were useful, and that they would resume next week. ';
let tried = 0;

describe.runIf(serverAvailable)('ingest of hostile inputs (real CLI, server database)', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let baseline: Record<string, string>;
  const work = tempDir('parallax-fuzz-');

  beforeAll(async () => {
    database = await createServerDatabase();
    env = { DATABASE_URL: database.url };
    // A database with data in it, so "unchanged" means something.
    const demo = await runCli(['ingest', DEMO_DIR], env);
    expect(demo.code, demo.stderr).toBe(0);
    baseline = await databaseChecksum(database.url);
    expect(Number(baseline.Article.split(':')[0])).toBe(5);
  });
  afterAll(async () => {
    await database?.drop();
    work.remove();
    console.log(`ingest fuzz: ${tried} bad inputs tried, none stored, none crashed`);
  });

  /** A folder of bad inputs must fail as a whole: exit 1, each file named, no stack trace, nothing written. */
  async function expectRejected(dir: string, files: string[], extra: string[] = [], cli: typeof runCli = runCli) {
    tried += files.length;
    const run = await cli(['ingest', dir, ...extra], env);
    const output = run.stdout + run.stderr;
    expect(run.code, output.slice(-2000)).toBe(1);
    // The last word is the CLI's own one-line verdict.
    expect(run.stderr.slice(-4000)).toMatch(/^parallax: (no articles found|\d+ error\(s\) in)/m);
    expectNoStackTrace(run.stdout, run.stderr);
    for (const f of files) expect(output, `${f} is not named`).toContain(f);
    expect(await databaseChecksum(database.url)).toEqual(baseline);
    return run;
  }

  function folder(name: string): string {
    const dir = path.join(work.dir, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  it('random bytes in every supported format', async () => {
    const dir = folder('random');
    const random = rng(20240611);
    const files: string[] = [];
    for (let i = 0; i < 60; i++) {
      const name = `r${i}${EXTENSIONS[i % EXTENSIONS.length]}`;
      const bytes = randomBytes(random, 1 + Math.floor(random() * 20_000));
      // Half without control bytes, so they get past the binary sniff and into decoding and the readers.
      if (i % 2) for (let k = 0; k < bytes.length; k++) if (bytes[k] < 0x20) bytes[k] += 0x20;
      writeFileSync(path.join(dir, name), bytes);
      files.push(name);
    }
    await expectRejected(dir, files);
  });

  it('seeded mutations of valid records (flipped, cut and inserted bytes)', async () => {
    const dir = folder('mutated');
    const random = rng(77);
    const record = (i: number) => JSON.stringify({ title: `Talks ${i}`, date: '2021-03-10', text: PLAIN.repeat(3) });
    const sources: Record<string, string> = {
      '.json': `[${record(0)},${record(1)}]`,
      '.jsonl': `${record(2)}\n${record(3)}\n`,
      '.csv': `title,date,text\n"Talks 4",2021-03-10,"${PLAIN}"\n`,
      '.html': `<html><head><title>Talks</title></head><body><article><p>${PLAIN.repeat(4)}</p></article></body></html>`,
      '.txt': `---\ntitle: Talks\n---\n${PLAIN.repeat(4)}`,
    };
    const files: string[] = [];
    for (let i = 0; i < 50; i++) {
      const ext = EXTENSIONS[i % EXTENSIONS.length];
      const bytes = [...Buffer.from(sources[ext])];
      for (let m = 0; m < 1 + Math.floor(random() * 8); m++) {
        const at = Math.floor(random() * bytes.length);
        const op = random();
        if (op < 0.4) bytes[at] = Math.floor(random() * 256);
        else if (op < 0.7) bytes.splice(at, 1 + Math.floor(random() * 20));
        else bytes.splice(at, 0, ...randomBytes(random, 1 + Math.floor(random() * 8)));
      }
      const name = `m${i}${ext}`;
      writeFileSync(path.join(dir, name), Buffer.from(bytes));
      files.push(name);
    }
    await expectRejected(dir, files);
  });

  it('truncated and invalid UTF-8', async () => {
    const dir = folder('utf8');
    const text = Buffer.from(`${PLAIN}Beijing is 北京 and the talks 😀 went on.`);
    const cut = text.indexOf(Buffer.from('京')) + 1; // inside a three-byte character
    const files = ['cut.txt', 'cut.json', 'cut.jsonl', 'cut.csv', 'cut.html', 'overlong.txt', 'lone-continuation.txt', 'surrogate.txt'];
    writeFileSync(path.join(dir, 'cut.txt'), text.subarray(0, cut));
    writeFileSync(path.join(dir, 'cut.json'), Buffer.concat([Buffer.from('[{"title":"T","text":"'), text.subarray(0, cut)]));
    writeFileSync(path.join(dir, 'cut.jsonl'), Buffer.concat([Buffer.from('{"title":"T","text":"'), text.subarray(0, cut), Buffer.from('"}\n')]));
    writeFileSync(path.join(dir, 'cut.csv'), Buffer.concat([Buffer.from('title,text\nT,"'), text.subarray(0, cut)]));
    writeFileSync(path.join(dir, 'cut.html'), Buffer.concat([Buffer.from('<p>'), text.subarray(0, cut)]));
    writeFileSync(path.join(dir, 'overlong.txt'), Buffer.concat([Buffer.from(PLAIN), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf])]));
    writeFileSync(path.join(dir, 'lone-continuation.txt'), Buffer.concat([Buffer.from(PLAIN), Buffer.from([0x80, 0xbf, 0x80])]));
    writeFileSync(path.join(dir, 'surrogate.txt'), Buffer.concat([Buffer.from(PLAIN), Buffer.from([0xed, 0xa0, 0x80])]));
    await expectRejected(dir, files);
  });

  it('huge single lines (6 MB), over the limit and, with --max-bytes raised, read in full', async () => {
    const dir = folder('huge');
    const line = PLAIN.replace(/\. $/, ', ').repeat(Math.ceil((6 * 1024 * 1024) / PLAIN.length)) + 'and that was all.';
    writeFileSync(path.join(dir, 'line.txt'), line);
    writeFileSync(path.join(dir, 'line.jsonl'), JSON.stringify({ title: 'Long', text: line }) + '\n');
    writeFileSync(path.join(dir, 'line.csv'), `title,text\nLong,"${line}"\n`);
    writeFileSync(path.join(dir, 'line.html'), `<p>${line}</p>`);
    writeFileSync(path.join(dir, 'word.txt'), 'x'.repeat(6 * 1024 * 1024));
    const files = ['line.txt', 'line.jsonl', 'line.csv', 'line.html', 'word.txt'];
    const run = await expectRejected(dir, files);
    expect(run.stderr).toMatch(/line\.txt: skipped: 6\.0 MB is over the 5\.0 MB limit/);
    // Raised limit: the 6 MB line goes through decoding, cleaning and validation, and fails only for want of an outlet.
    const raised = await expectRejected(path.join(dir, 'line.txt'), ['line.txt'], ['--max-bytes', String(8 * 1024 * 1024)]);
    expect(raised.stderr).toMatch(/line\.txt: no outlet/);
  });

  it('deep nesting: 100,000 levels of JSON, YAML front matter, CSV and HTML', async () => {
    const dir = folder('deep');
    const n = 100_000;
    writeFileSync(path.join(dir, 'open.json'), '['.repeat(n));
    writeFileSync(path.join(dir, 'balanced.json'), '['.repeat(n) + ']'.repeat(n));
    writeFileSync(path.join(dir, 'objects.json'), '{"articles":'.repeat(n) + '[]' + '}'.repeat(n));
    writeFileSync(path.join(dir, 'objects.jsonl'), '{"text":'.repeat(n) + '"x"' + '}'.repeat(n) + '\n');
    writeFileSync(path.join(dir, 'front-matter.txt'), `---\ntitle: ${'['.repeat(n)}\n---\n${PLAIN}`);
    writeFileSync(path.join(dir, 'cell.csv'), `title,text\nT,"${'['.repeat(n)}"\n`);
    writeFileSync(path.join(dir, 'divs.html'), '<div>'.repeat(n) + PLAIN + '</div>'.repeat(n));
    writeFileSync(path.join(dir, 'manifest.json'), '{"files":'.repeat(n) + '{}' + '}'.repeat(n));
    const run = await expectRejected(dir, ['open.json', 'balanced.json', 'objects.json', 'objects.jsonl', 'front-matter.txt', 'cell.csv', 'divs.html', 'manifest.json']);
    expect(run.stderr).toMatch(/divs\.html: skipped: its markup is nested more than \d+ elements deep/);
  });

  it('10,000 tiny files in one folder', async () => {
    const dir = folder('many');
    const random = rng(10_000);
    const files: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const name = `t${String(i).padStart(5, '0')}${EXTENSIONS[i % EXTENSIONS.length]}`;
      writeFileSync(path.join(dir, name), randomBytes(random, 1 + Math.floor(random() * 24)));
      files.push(name);
    }
    // Read through a reader that stalls, as `| less` or a busy CI log does: no message may be lost on exit.
    const run = await expectRejected(dir, [files[0], files[4_999], files[9_999]], [], slowReader);
    tried += files.length - 3;
    // Every file gets its own message.
    expect(run.stderr.split('\n').filter((l) => /^(skip|error): t\d{5}\./.test(l)).length).toBeGreaterThanOrEqual(10_000);
  });

  it('zero-byte, whitespace-only and BOM-only files', async () => {
    const dir = folder('empty');
    const files: string[] = [];
    for (const ext of EXTENSIONS) {
      for (const [kind, bytes] of [
        ['zero', Buffer.alloc(0)],
        ['blank', Buffer.from(' \n\t\n\r\n')],
        ['bom', Buffer.from([0xef, 0xbb, 0xbf])],
        ['bom16', Buffer.from([0xff, 0xfe])],
      ] as const) {
        writeFileSync(path.join(dir, `${kind}${ext}`), bytes);
        files.push(`${kind}${ext}`);
      }
    }
    await expectRejected(dir, files);
  });

  it('symbolic link loops, dangling links, a FIFO and a link to /dev/zero', async () => {
    const dir = folder('links');
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('.', path.join(dir, 'sub', 'here'));
    symlinkSync('self.txt', path.join(dir, 'self.txt'));
    symlinkSync('b.txt', path.join(dir, 'a.txt'));
    symlinkSync('a.txt', path.join(dir, 'b.txt'));
    symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    mkfifoSync(path.join(dir, 'pipe.txt'));
    writeFileSync(path.join(dir, 'sub', 'real.txt'), PLAIN);
    const run = await expectRejected(dir, ['sub/here', 'self.txt', 'a.txt', 'b.txt', 'dangling.txt', 'sub/real.txt']);
    expect(run.stderr).toMatch(/already read \(a symbolic link points back to it\)/);
    // Named on their own, a FIFO and a device are refused instead of blocking or reading forever.
    for (const special of ['pipe.txt', 'zero.txt']) {
      tried++;
      const named = await runCli(['ingest', path.join(dir, special)], env);
      expect(named.code).toBe(1);
      expect(named.stderr).toContain(`${special}: skipped: not a regular file`);
      expectNoStackTrace(named.stdout, named.stderr);
    }
    expect(await databaseChecksum(database.url)).toEqual(baseline);
  });
});

/** runCli whose reader stops reading for a while at the start, so the CLI's output backs up in the pipe. */
function slowReader(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bin.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.pause();
    child.stderr.pause();
    setTimeout(() => {
      // After an explicit pause(), a 'data' listener alone does not restart the flow.
      child.stdout.on('data', (d) => (stdout += d)).resume();
      child.stderr.on('data', (d) => (stderr += d)).resume();
    }, 1500);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** node:fs has no mkfifo; the coreutils one is everywhere the tests run. */
function mkfifoSync(file: string): void {
  execFileSync('mkfifo', [file]);
}
