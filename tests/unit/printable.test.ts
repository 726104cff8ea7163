/**
 * Issue 26: file names (and text from files) are printed with control, separator and bidi characters escaped,
 * so a name holding "\x1b[2J" cannot clear the terminal, a newline cannot forge a line, and "\u202e" cannot
 * make a name read backwards. The helper alone, then through the CLI as a user runs it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '@/lib/text/printable';
import { tempDir } from '../helpers/database';
import { runCli } from '../helpers/cli';

// Any of these in output means something was printed raw.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('printable', () => {
  it('escapes controls, separators and bidi formatting characters, and nothing else', () => {
    expect(printable('evil\u001b[2J.txt')).toBe('evil\\e[2J.txt');
    expect(printable('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(printable('bell\u0007 del\u007f c1\u009b')).toBe('bell\\x07 del\\x7f c1\\x9b');
    expect(printable('\u202egnp.exe')).toBe('\\u202egnp.exe');
    expect(printable('x\u2028y\u2066z')).toBe('x\\u2028y\\u2066z');
    expect(printable('Zürich – “quoted” 東京 😀 ‎')).toBe('Zürich – “quoted” 東京 😀 \\u200e');
    expect(printable('two\nlines\u001b', { keepLineBreaks: true })).toBe('two\nlines\\e');
  });
});

describe('names printed by the CLI', () => {
  const work = tempDir('parallax-names-');
  const corpus = path.join(work.dir, 'corpus');
  const body = (topic: string) =>
    `The council voted on ${topic} on Tuesday after a long debate that ran late into the evening.\n\nThe mayor said the decision on ${topic} was good for the city and its residents.\n`;
  beforeAll(() => {
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'clear\u001b[2J.txt'), body('the budget'));
    writeFileSync(path.join(corpus, 'forged\nerror: fake.txt'), body('road repairs'));
    writeFileSync(path.join(corpus, '\u202eevil.txt'), body('new parks'));
    writeFileSync(path.join(corpus, 'empty\u0007.txt'), '');
    writeFileSync(path.join(corpus, 'menu.txt'), `Home | News \u001b[31mRED\u001b[0m | Sport\n\n${body('bus lanes')}`);
  });
  afterAll(() => work.remove());

  it('ingest --dry-run escapes every name and every cut line', async () => {
    const run = await runCli(['ingest', corpus, '--outlet', 'Test', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout + run.stderr;
    expect(out).not.toMatch(RAW);
    expect(run.stdout).toContain('clear\\e[2J.txt: Test');
    expect(run.stdout).toContain('forged\\nerror: fake.txt: Test');
    expect(run.stdout).toContain('\\u202eevil.txt: Test');
    expect(run.stdout).toContain('Home | News \\e[31mRED\\e[0m | Sport');
    expect(run.stderr).toContain('skip: empty\\x07.txt: skipped');
    // The forged line is not a line of its own.
    expect(out.split('\n').some((l) => l.startsWith('error: fake.txt'))).toBe(false);
  });

  it('errors for a missing path and a file without an outlet escape the name', async () => {
    const missing = await runCli(['ingest', path.join(work.dir, 'gone\u001b[2J'), '--dry-run']);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout + missing.stderr).not.toMatch(RAW);
    expect(missing.stderr).toContain('gone\\e[2J: not found');
    const noOutlet = await runCli(['ingest', path.join(corpus, 'clear\u001b[2J.txt'), '--dry-run']);
    expect(noOutlet.code).not.toBe(0);
    expect(noOutlet.stdout + noOutlet.stderr).not.toMatch(RAW);
    expect(noOutlet.stderr).toContain('clear\\e[2J.txt');
  });
});
