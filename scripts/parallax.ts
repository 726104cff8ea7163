/**
 * The Parallax command line (thin: parse arguments, call lib/).
 *   parallax demo                 migrate, ingest and score data/demo, then serve the dashboard
 *   parallax migrate              apply prisma/migrations
 *   parallax ingest <folder…>     read articles (folders of .txt with manifest.json) and store them
 *   parallax score                score what the current analysis has not scored yet
 *   parallax serve                serve the dashboard (builds it first when the sources are newer)
 * Without DATABASE_URL every command uses the embedded database in PARALLAX_DATA_DIR (default .parallax/pglite).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, redactUrl, type DatabaseHandle } from '@/lib/db/connection';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { ingestArticles, scoreArticles } from '@/lib/db/store';
import { readTextFolder } from '@/lib/ingest/read';

const root = path.resolve(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, help: { type: 'boolean', short: 'h' } },
});
const [command, ...args] = positionals;

const USAGE = `usage: parallax <demo | migrate | ingest <folder…> | score | serve> [--port N]`;

async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase();
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function connect(handle: DatabaseHandle) {
  try {
    const result = await migrate(handle.url);
    if (result.applied.length) console.log(`schema: applied ${result.applied.join(', ')}`);
    else console.log(`schema: up to date (${result.alreadyApplied} migrations)`);
  } catch (err) {
    throw new Error(`cannot prepare the database at ${redactUrl(handle.url)}: ${(err as Error).message}`);
  }
  return createClient(handle.url, handle.poolMax);
}

async function ingest(handle: DatabaseHandle, folders: string[]) {
  const db = await connect(handle);
  try {
    for (const folder of folders) {
      const articles = readTextFolder(path.resolve(folder));
      const result = await ingestArticles(db, articles);
      console.log(`ingest ${folder}: ${result.inserted} new articles, ${result.sentences} sentences, ${result.duplicates.length} already stored`);
      for (const d of result.duplicates) console.log(`  skipped ${d.sourceFile}: same text as ${d.existing}, already stored`);
    }
  } finally {
    await db.$disconnect();
  }
}

async function score(handle: DatabaseHandle) {
  const db = await connect(handle);
  try {
    const started = Date.now();
    const result = await scoreArticles(db);
    const took = ((Date.now() - started) / 1000).toFixed(1);
    if (result.runId === null) console.log('score: every article is already scored by the current analysis');
    else console.log(`score: run ${result.runId} scored ${result.scored} articles (${result.markers} evidence markers) in ${took} s${result.replaced ? `, replacing ${result.replaced} older run(s)` : ''}`);
  } finally {
    await db.$disconnect();
  }
}

/** The newest modification time under the dashboard's sources, to rebuild only when they changed. */
function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'generated' && e !== 'node_modules') walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['app', 'lib', 'next.config.js', 'package.json']) if (existsSync(path.join(root, p))) walk(path.join(root, p));
  return newest;
}

async function serve(handle: DatabaseHandle) {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) {
    console.log('building the dashboard (next build)…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed; see the output above');
  }
  const port = values.port!;
  const child = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: handle.url, PARALLAX_DB_POOL_MAX: String(handle.poolMax) },
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready|started server/i.test(text)) console.log(`\nParallax dashboard: http://localhost:${port}\n(${handle.kind} database; Ctrl+C stops it)`);
  });
  // next start leaves its server process behind its npx parent: stop the whole group.
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {}
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
}

async function main() {
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  switch (command) {
    case 'migrate':
      return withDatabase(async (h) => void (await connect(h)).$disconnect());
    case 'ingest':
      if (args.length === 0) throw new Error(`ingest needs at least one folder\n${USAGE}`);
      return withDatabase((h) => ingest(h, args));
    case 'score':
      return withDatabase(score);
    case 'serve':
      return withDatabase(serve);
    case 'demo':
      return withDatabase(async (h) => {
        console.log(`database: ${h.kind === 'server' ? redactUrl(h.url) : 'embedded (PGlite)'}`);
        await ingest(h, [path.join(root, 'data/demo')]);
        await score(h);
        await serve(h);
      });
    default:
      throw new Error(`unknown command "${command}"\n${USAGE}`);
  }
}

main().catch((err) => {
  console.error(`parallax: ${(err as Error).message}`);
  process.exit(1);
});
