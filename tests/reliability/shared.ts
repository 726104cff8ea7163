/** Shared by the reliability tests: seeded randomness, generated corpora, whole-database checksums. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { seedTexts } from '../helpers/seeds';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** mulberry32: a tiny seeded PRNG, so every "random" case and kill point is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(random: () => number, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** Sentences of the demo articles, to build realistic generated articles from. */
function demoSentences(): string[] {
  return seedTexts()
    .flatMap((s) => s.text.split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 40 && s.length < 400 && /[.!?]$/.test(s));
}

/** n generated articles as one .jsonl file: demo sentences shuffled per article (seeded), each text unique. */
export function writeGeneratedJsonl(file: string, n: number, seed: number, outlets = ['Gen Wire', 'Gen Daily', 'Gen Post', 'Gen Times']): void {
  const random = rng(seed);
  const pool = demoSentences();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = Array.from({ length: 24 }, () => pool[Math.floor(random() * pool.length)]);
    const text = [`Report ${seed}-${i}.`, ...sentences].join(' ').replace(/(([^.]*\.){4})/g, '$1\n\n');
    lines.push(JSON.stringify({ outlet: outlets[i % outlets.length], title: `Generated report ${seed}-${i}`, date: '2021-03-10', text }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

/** Every public table: its row count and a checksum of its rows, to prove a failed run changed nothing. */
export async function databaseChecksum(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables.rows) {
      // Identifiers from the catalog, quoted by the driver: test-only SQL over a known set of tables.
      const t = client.escapeIdentifier(table_name);
      const r = await client.query<{ n: string; sum: string | null }>(`SELECT count(*)::text AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS sum FROM ${t} x`);
      out[table_name] = `${r.rows[0].n}:${r.rows[0].sum ?? '-'}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

/** A stack frame as Node prints it ("    at fn (file:1:2)"): users must never see one. */
export function expectNoStackTrace(...outputs: string[]): void {
  for (const text of outputs) expect(text).not.toMatch(/^\s{2,}at\s+\S.*(:\d+:\d+\)?|<anonymous>|native)\s*$/m);
}

/** Runs the CLI in its own process group, so a SIGKILL reaches the real process and not only the bin.mjs launcher. */
export function spawnCli(args: string[], env: Record<string, string | undefined>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bin.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  // Once the group's leader has exited its pid may be reused (pid_max is 32 768 here, and the suite starts thousands
  // of processes): a signal to the old group id could then stop another test file's process. Twice in CI a
  // distributed-scoring worker died silently before its first batch, most likely so.
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rejects when a promise takes longer than ms: a deadlock shows as this failure, not as a hung suite. */
export async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s (deadlock?)`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export { startNext, type NextServer } from '../../scripts/next-server';
export { browserAvailable, launchChromium } from '../helpers/browser';

/** The reader-role SQL of docs/SECURITY.md, with this test's role, password, database and owner swapped in. */
export function readerRoleSql(role: string, password: string, database: string, owner: string): string[] {
  const doc = readFileSync(path.join(ROOT, 'docs/SECURITY.md'), 'utf8');
  const block = /<!-- reader-role[^>]*-->\s*```sql\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/SECURITY.md has no reader-role SQL block');
  return block
    .replace(/\bparallax_reader\b/g, role)
    .replace(/'change-me'/g, `'${password}'`)
    .replace(/DATABASE parallax\b/g, `DATABASE "${database}"`)
    .replace(/FOR ROLE parallax\b/g, `FOR ROLE "${owner}"`)
    .split('\n')
    .filter((l) => !l.startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
