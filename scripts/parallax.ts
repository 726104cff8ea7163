/**
 * The Parallax command line (thin: parse arguments, call lib/).
 *   parallax demo                 migrate, ingest and score data/demo, then serve the dashboard
 *   parallax migrate              apply prisma/migrations
 *   parallax ingest <path…>       read articles (.txt + manifest.json, .json, .jsonl, .csv, .html; files or folders)
 *                                 [--outlet NAME] [--event NAME] [--story NAME] [--dry-run [--json]] [--strict] [--max-bytes N] [--max-words N]
 *                                 [--follow-symlinks]
 *   parallax fetch <urls.txt | feed URL or file | export.csv | page URL…>   fetch article pages politely, then ingest them
 *                                 [--outlet NAME] [--since DATE] [--dry-run [--json]] [--allow-private] [--delay S] [--timeout S]
 *                                 [--retries N] [--hosts N] [--cache DIR] [--max-bytes N] [--strict] [--event NAME] [--story NAME]
 *   parallax analyse <path…> [--json]   the analysis of the same inputs as ingest, without a database: markers and actors
 *                                 per record (--json: one JSON object a line; README "parallax analyse") [--max-bytes N] [--max-words N]
 *   parallax pin <articleId…> --event NAME [--story NAME]   pin stored articles to an event/story, then regroup
 *   parallax regroup              group every stored article into events and stories again from scratch (pins hold)
 *   parallax score                score what the current analysis has not scored yet [--workers N] [--full: everything]
 *                                 [--distributed [--resume | --abandon] [--batch-size N] [--batch-timeout S] [--wait-timeout S]]:
 *                                 queue the run's batches for `parallax worker`s on any machines, wait, attach (docs/SCALING.md)
 *   parallax worker [--concurrency N]   score queued batches of distributed runs until stopped (Postgres server only)
 *   parallax serve                serve the dashboard (builds it first when the sources are newer) [--port N] [--allow-owner]
 *                                 on a Postgres server through a read-only role only (docs/SECURITY.md)
 *   parallax outlets import <file.csv|.json>   set outlets' lean, country, owner, type, homepage and tags (README)
 *   parallax doctor [--repair]    check the embedded database's files for damage; --repair rebuilds damaged indexes
 * Without DATABASE_URL every command uses the embedded database in PARALLAX_DATA_DIR (default .parallax/pglite);
 * commands run at the same time share it through one owner process (lib/db/embedded/open.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, openDatabase, openReadDatabase, redactUrl, redactUrls, type DatabaseHandle } from '@/lib/db/connection';
import { doctor as checkFolder, isCorruption } from '@/lib/db/embedded/doctor';
import { createClient } from '@/lib/db/client';
import { migrate, pendingMigrations } from '@/lib/db/migrate';
import { writeRights } from '@/lib/serve/privileges';
import { SingleBar } from 'cli-progress';
import type { CorpusResult } from '@/lib/ingest/corpus';
import { printable } from '@/lib/text/printable';
import { newestSource } from './next-server';
import { aliasSchema, readManifest } from '@/lib/ingest/manifest';
import type { ExtraAlias } from '@/lib/actors/types';
import { fetchConfigSchema, fetchSettings, type FetchConfig } from '@/lib/fetch/config';
import { outletSetsSchema, unknownMembers, type OutletSets } from '@/lib/outlets/sets';
import { parseDateValue } from '@/lib/ingest/metadata';
import { listenOrigin, parsePublicUrl } from '@/lib/serve/origin';
import { z } from 'zod';
import { readOutletFile } from '@/lib/outlets/import-file';
import { importOutletMetadata } from '@/lib/db/operations/import-outlets';

const root = path.resolve(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    outlet: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'follow-symlinks': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'max-bytes': { type: 'string' },
    'max-words': { type: 'string' },
    config: { type: 'string' },
    event: { type: 'string' },
    story: { type: 'string' },
    workers: { type: 'string' },
    full: { type: 'boolean', default: false },
    distributed: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    abandon: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    'batch-timeout': { type: 'string' },
    'wait-timeout': { type: 'string' },
    concurrency: { type: 'string' },
    repair: { type: 'boolean', default: false },
    'allow-owner': { type: 'boolean', default: false },
    since: { type: 'string' },
    'allow-private': { type: 'boolean', default: false },
    delay: { type: 'string' },
    timeout: { type: 'string' },
    retries: { type: 'string' },
    hosts: { type: 'string' },
    cache: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, ...args] = positionals;

const USAGE = `usage: parallax demo | migrate | score [--workers N] [--full] | serve [--port N] [--allow-owner]
       parallax score --distributed [--full] [--resume | --abandon] [--batch-size N] [--batch-timeout S] [--wait-timeout S]
       parallax worker [--concurrency N]
       parallax ingest <file or folder…> [--outlet NAME] [--event NAME] [--story NAME] [--dry-run [--json]] [--strict] [--max-bytes N] [--max-words N] [--follow-symlinks]
       parallax fetch <urls.txt | feed | export.csv | URL…> [--outlet NAME] [--since DATE] [--dry-run [--json]] [--allow-private]
                      [--delay S] [--timeout S] [--retries N] [--hosts N] [--cache DIR] [--max-bytes N] [--strict]
       parallax analyse <file or folder…> [--json] [--max-bytes N] [--max-words N]
       parallax pin <articleId…> [--event NAME] [--story NAME]
       parallax regroup
       parallax outlets import <file.csv | file.json>
       parallax doctor [--repair]`;

/** Opens the database for one command; on the embedded one, says so when it has to wait for another process. */
async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>, role: 'serve' | 'command' = 'command'): Promise<T> {
  const handle = await openDatabase({ role, command, onWait: (message) => console.error(`notice: ${message}`) });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Migrates the database the command works on (every command that writes starts here). */
async function prepare(handle: DatabaseHandle): Promise<void> {
  try {
    const result = await migrate(handle.url);
    if (result.applied.length) console.log(`schema: applied ${result.applied.join(', ')}`);
    else console.log(`schema: up to date (${result.alreadyApplied} migrations)`);
  } catch (err) {
    throw new Error(`cannot prepare the database at ${redactUrl(handle.url)}: ${(err as Error).message}`);
  }
}

/**
 * The reader, the analysis and the scoring, loaded by the commands that use them: `migrate`, `serve`, `doctor`,
 * `outlets` and `--help` then start in about 1 s instead of 3.5 s (the parser, its model and the actor lists).
 */
const reading = () => import('@/lib/ingest/corpus');
const sentenceLimits = () => import('@/lib/ingest/sentences');

async function maxBytesOption(): Promise<number> {
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : (await reading()).DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`--max-bytes must be a positive number of bytes, got ${values['max-bytes']}`);
  return maxBytes;
}

/** Reads the inputs with a progress bar on long runs; prints every issue; throws on errors (and skips when strict). */
async function readInputs(paths: string[]): Promise<CorpusResult> {
  const maxBytes = await maxBytesOption();
  let bar: SingleBar | null = null;
  const { readCorpus } = await reading();
  const started = Date.now();
  const corpus = await readCorpus(paths, {
    outlet: values.outlet,
    maxBytes,
    followSymlinks: values['follow-symlinks'],
    onProgress: (done, total) => {
      if (!bar && total >= 100) {
        bar = new SingleBar({ format: 'reading [{bar}] {value}/{total} files | {rate} files/s', stream: process.stderr, hideCursor: true });
        bar.start(total, 0, { rate: '0' });
      }
      bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
    },
  });
  (bar as SingleBar | null)?.stop();
  return screenCorpus(corpus, paths);
}

/** Prints every issue; throws on errors (and on skips when --strict), and when nothing is left to store. */
function screenCorpus(corpus: CorpusResult, paths: string[]): CorpusResult {
  for (const i of corpus.issues) console.error(`${i.severity}: ${printable(i.message)}`);
  const errors = corpus.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    const files = [...new Set(errors.map((e) => e.file))];
    throw new Error(`${errors.length} error(s) in ${files.length} file(s), nothing was stored:\n  ${files.map((f) => printable(f)).join('\n  ')}\nfix them (see the messages above) and run ingest again`);
  }
  const skips = corpus.issues.filter((i) => i.severity === 'skip');
  if (values.strict && skips.length) throw new Error(`--strict: ${skips.length} input(s) would be skipped (see above), nothing was stored`);
  if (corpus.articles.length === 0 && !values['dry-run']) throw new Error(`no articles found in ${paths.map((p) => printable(p)).join(', ')}`);
  return corpus;
}

async function ingest(handle: DatabaseHandle | null, paths: string[], read: () => Promise<CorpusResult> = () => readInputs(paths)) {
  const corpus = await read();
  const { summaryTable } = await import('@/lib/ingest/summary');
  if (values['dry-run']) {
    if (values.json) {
      const reports = corpus.reports.map((r) => ({
        file: r.file,
        ...(r.record !== undefined && { record: r.record }),
        outlet: r.outlet,
        title: r.title,
        date: r.date,
        keptLines: r.keptLines,
        removedLines: r.removedLines.map(({ line, reason }) => ({ line, reason })),
      }));
      console.log(JSON.stringify(reports, null, 2));
      return;
    }
    for (const r of corpus.reports) {
      console.log(`${printable(r.file)}${r.record ? ` #${r.record}` : ''}: ${printable(r.outlet ?? '(no outlet)')} · ${printable(r.title)} · ${r.date ?? 'undated'}`);
      console.log(`  keeps ${r.keptLines.length} lines, cuts ${r.removedLines.length}`);
      for (const cut of r.removedLines) console.log(`  - line ${cut.line} (${cut.reason}): ${printable(cut.text.slice(0, 90))}`);
    }
    console.log(summaryTable(corpus, null));
    console.log('dry run: nothing was stored');
    return;
  }
  await prepare(handle!);
  const started = Date.now();
  // --event/--story pin every article of this ingest (over what a manifest says).
  const articles = corpus.articles.map((a) => ({ ...a, ...(values.event && { event: values.event }), ...(values.story && { story: values.story }) }));
  const maxWords = values['max-words'] === undefined ? (await sentenceLimits()).DEFAULT_MAX_WORDS : Number(values['max-words']);
  if (!Number.isInteger(maxWords) || maxWords <= 0) throw new Error(`--max-words must be a whole number above 0, got ${values['max-words']}`);
  const { ingestArticles } = await import('@/lib/db/operations/ingest');
  const result = await ingestArticles(handle!, articles, { strict: values.strict, aliases: manifestAliases(paths), maxWords });
  const seconds = (Date.now() - started) / 1000;
  for (const d of result.duplicates) console.error(`notice: ${printable(d.sourceFile)}: same text as ${printable(d.existing)}, already stored; skipped`);
  for (const l of result.limited) {
    console.error(`notice: ${printable(l.sourceFile)}: ${l.words.toLocaleString('en-US')} words; stored whole, analysed up to ${maxWords.toLocaleString('en-US')} words (--max-words); its page says so`);
  }
  for (const v of result.versions) console.error(`notice: ${printable(v.sourceFile)}: new version of ${printable(v.url)}; the earlier version (article ${v.supersedes}) is kept`);
  console.log(
    summaryTable(corpus, { inserted: result.inserted, duplicates: result.duplicates.length, versions: result.versions.length, sentences: result.sentences }),
  );
  if (result.grouping) console.log(`grouping: ${result.grouping.events} events in ${result.grouping.stories} stories; ${result.grouping.moved} articles joined or changed an event`);
  console.log(`stored in ${seconds.toFixed(1)} s (${(result.inserted / Math.max(seconds, 0.001)).toFixed(0)} articles/s)`);
}

/** Aliases in the manifest.json of each folder given to ingest. */
function manifestAliases(paths: string[]): ExtraAlias[] {
  return paths.filter((p) => existsSync(p) && statSync(p).isDirectory()).flatMap((p) => readManifest(path.resolve(p), { followSymlinks: values['follow-symlinks'] })?.aliases ?? []);
}

/** Actor aliases from --config FILE, or parallax.config.json in the current folder when it exists. */
function configAliases(): ExtraAlias[] {
  return readConfig().aliases;
}

/** The config file in use: --config FILE, or parallax.config.json in the current folder when it exists. */
function configPath(): string | null {
  return values.config ?? (existsSync('parallax.config.json') ? 'parallax.config.json' : null);
}

/** --config FILE, or parallax.config.json in the current folder when it exists: actor aliases, fetch settings, named sets. */
function readConfig(): { aliases: ExtraAlias[]; fetch?: FetchConfig; groups: OutletSets } {
  const file = configPath();
  if (!file) return { aliases: [], groups: {} };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not readable JSON (${(err as Error).message})`);
  }
  const parsed = z.object({ aliases: z.array(aliasSchema).default([]), fetch: fetchConfigSchema.optional(), groups: outletSetsSchema }).strict().safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** A number of seconds from an option, as milliseconds (a timeout must be above zero, a delay may be zero). */
function secondsOption(name: 'delay' | 'timeout'): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const s = Number(raw);
  if (!Number.isFinite(s) || s < 0 || (name === 'timeout' && s < 0.1)) throw new Error(`--${name} must be a number of seconds${name === 'timeout' ? ' of at least 0.1' : ''}, got ${raw}`);
  return Math.round(s * 1000);
}

function countOption(name: 'retries' | 'hosts', min: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${raw}`);
  return n;
}

/**
 * `parallax fetch`: reads the inputs, fetches every page (progress on stderr), prints what happened to each URL,
 * and hands the articles to the same screening and store as `parallax ingest`.
 */
async function fetchInputs(inputs: string[]): Promise<CorpusResult> {
  // Loaded here: the HTTP client, cache and feed parser would only slow every other command's start.
  const [{ fetchCorpus }, { fetchSummary }] = await Promise.all([import('@/lib/fetch/fetch-corpus'), import('@/lib/fetch/summary')]);
  const config = readConfig().fetch ?? {};
  let since: Date | undefined;
  if (values.since) {
    since = parseDateValue(values.since);
    if (!since) throw new Error(`--since must be a date such as 2024-01-31, got ${values.since}`);
  }
  const settings = fetchSettings(config, {
    delayMs: secondsOption('delay'),
    timeoutMs: secondsOption('timeout'),
    retries: countOption('retries', 0),
    hosts: countOption('hosts', 1),
    ...(values.cache !== undefined && { cacheDir: values.cache }),
    ...(values['max-bytes'] !== undefined && { maxBytes: await maxBytesOption() }),
    allowPrivate: values['allow-private'],
  });
  if (!config.contact) console.error('notice: no contact in parallax.config.json ("fetch": { "contact": "you@example.org" }); sites see a User-Agent without a way to reach you');
  let bar: SingleBar | null = null;
  const run = await fetchCorpus(inputs, {
    settings,
    outlet: values.outlet,
    since,
    onInputs: (resolved) => {
      for (const i of resolved.issues) console.error(`${i.severity}: ${printable(i.message)}`);
      const errors = resolved.issues.filter((i) => i.severity === 'error');
      if (errors.length) throw new Error(`${errors.length} input(s) could not be read, nothing was fetched or stored; fix them (see the messages above) and run fetch again`);
      for (const i of resolved.inputs) {
        console.error(`${printable(i.input)}: read as ${i.kind === 'csv' ? 'a CSV export' : i.kind === 'list' ? 'a URL list' : `a ${i.kind}`}${i.title ? ` ("${printable(i.title)}")` : ''}, ${i.urls} URL(s)`);
      }
    },
    onProgress: (p) => {
      if (!bar && p.total >= 2) {
        bar = new SingleBar({ format: 'fetching [{bar}] {value}/{total} URLs | {fetched} fetched, {cached} cached, {failed} failed | {duration_formatted}', stream: process.stderr, hideCursor: true });
        bar.start(p.total, p.done, { fetched: 0, cached: 0, failed: 0 });
      }
      bar?.update(p.done, { fetched: p.fetched, cached: p.cached, failed: p.failed });
    },
  });
  (bar as SingleBar | null)?.stop();
  // With --dry-run --json, stdout is the JSON report alone.
  (values.json ? console.error : console.log)(fetchSummary(run));
  return screenCorpus(run.corpus, inputs);
}

async function score(handle: DatabaseHandle) {
  const aliases = configAliases();
  // Analysis threads; default every core (os.availableParallelism()), 0 = none besides the main thread.
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new Error(`--workers must be a whole number ≥ 0, got ${values.workers}`);
  await prepare(handle);
  const started = Date.now();
  let bar: SingleBar | null = null;
  const { scoreArticles } = await import('@/lib/db/operations/score');
  const result = await scoreArticles(handle, {
    aliases,
    workers,
    full: values.full,
    onProgress: (done, total) => {
      if (!bar && total >= 1000) {
        bar = new SingleBar({ format: 'scoring [{bar}] {value}/{total} articles | {rate} articles/s', stream: process.stderr, hideCursor: true });
        bar.start(total, 0, { rate: '0' });
      }
      bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
    },
  });
  (bar as SingleBar | null)?.stop();
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (result.runId === null) console.log(result.full ? 'score: no articles stored yet: ingest some first (npx parallax ingest <files>)' : 'score: every article is already scored by the current analysis');
  else console.log(`score: run ${result.runId} scored ${result.scored} articles (${result.markers} evidence markers, ${result.mentions} actor mentions) in ${took} s${result.replaced ? `, replacing ${result.replaced} older run(s)` : ''}`);
}


/** A whole number option of at least `min`, or undefined when not given; anything else names the option. */
function wholeOption(name: 'batch-size' | 'batch-timeout' | 'wait-timeout' | 'concurrency', min = 1): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${raw}`);
  return n;
}

/** `score --distributed`: the run's batches go on the queue; workers anywhere score them; this attaches the run. */
async function scoreDistributedCommand(handle: DatabaseHandle) {
  const { abandonDistributed, scoreDistributed } = await import('@/lib/queue/distributed-score');
  const { requireServer } = await import('@/lib/queue/queue');
  requireServer(handle, values.abandon ? 'score --distributed --abandon' : 'score --distributed');
  await prepare(handle);
  if (values.abandon) {
    const runId = await abandonDistributed(handle);
    console.log(runId === null ? 'score: no pending distributed run' : `score: run ${runId} abandoned (its batches and tables dropped); the previous complete run is unchanged`);
    return;
  }
  const started = Date.now();
  let bar: SingleBar | null = null;
  const result = await scoreDistributed(handle, {
    aliases: configAliases(),
    full: values.full,
    resume: values.resume,
    batchSize: wholeOption('batch-size'),
    batchTimeout: wholeOption('batch-timeout'),
    waitTimeout: wholeOption('wait-timeout'),
    onQueued: (run, resumed) =>
      console.log(
        `score: run ${run.runId} ${resumed ? 'resumed' : 'queued'}: ${run.articles} articles in ${run.batches} batches${run.full ? ' (full)' : ''}; ` +
          'workers: `npx parallax worker` on any machine with this DATABASE_URL',
      ),
    onProgress: (done, total) => {
      if (!bar) {
        bar = new SingleBar({ format: 'scoring [{bar}] {value}/{total} batches | {duration_formatted}', stream: process.stderr, hideCursor: true });
        bar.start(total, 0);
      }
      bar.update(done);
    },
  }).finally(() => (bar as SingleBar | null)?.stop());
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (!result) console.log('score: nothing to score (no articles, or every article is already scored by the current analysis)');
  else console.log(`score: run ${result.runId} scored ${result.scored} articles (${result.markers} evidence markers, ${result.mentions} actor mentions) in ${took} s${result.replaced ? `, replacing ${result.replaced} older run(s)` : ''}`);
}

/** `worker`: scores queued batches until SIGINT/SIGTERM, finishing the batches in hand first. */
async function worker(handle: DatabaseHandle) {
  const { startWorker } = await import('@/lib/queue/worker');
  const { requireServer } = await import('@/lib/queue/queue');
  requireServer(handle, 'worker');
  await prepare(handle);
  const concurrency = wholeOption('concurrency') ?? 1;
  const running = await startWorker(handle, {
    concurrency,
    onBatch: (job, outcome, seconds) => console.log(`worker: run ${job.runId} batch ${job.batch}: ${outcome} in ${seconds.toFixed(1)} s`),
  });
  console.log(`worker: waiting for batches (concurrency ${concurrency}); stop with Ctrl-C`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      console.log('worker: stopping after the batches in hand');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.stop();
}

/** Where the dashboard says it lives (og:url, og:image): PARALLAX_PUBLIC_URL, checked, or the listen address. */
function publicUrlOption(): string {
  const port = values.port!;
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new Error(`--port must be a port number (1-65535), got ${JSON.stringify(port)}`);
  const configured = process.env.PARALLAX_PUBLIC_URL;
  if (!configured) return listenOrigin(port);
  const parsed = parsePublicUrl(configured);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.origin;
}

/**
 * The database URL the dashboard gets, and the schema brought up to date without it. On a Postgres server: the read
 * URL (PARALLAX_READ_DATABASE_URL, else DATABASE_URL) is never used to migrate; pending migrations run through an
 * owner URL (PARALLAX_MIGRATE_URL, else DATABASE_URL when a separate read URL is given), or serve stops and says how
 * to apply them. A read URL whose role can write is refused unless --allow-owner. The embedded database has one
 * role, a superuser: it is single-user, migrated and served as it is.
 */
async function prepareServe(handle: DatabaseHandle, allowOwner = values['allow-owner'] === true): Promise<string> {
  if (handle.kind === 'embedded') {
    await prepare(handle);
    return handle.url;
  }
  const readUrl = process.env.PARALLAX_READ_DATABASE_URL || handle.url;
  const migrateUrl = process.env.PARALLAX_MIGRATE_URL || (readUrl !== handle.url ? handle.url : undefined);
  const where = redactUrl(readUrl);
  let pending: string[];
  try {
    pending = await pendingMigrations(readUrl);
  } catch (err) {
    throw new Error(`cannot prepare the database at ${where}: ${(err as Error).message}`);
  }
  if (pending.length && !migrateUrl) {
    throw new Error(
      `the database at ${where} needs ${pending.length} migration(s) (${pending.join(', ')}), and serve never migrates through the dashboard's URL: ` +
        'run `npx parallax migrate` with the owner\'s DATABASE_URL first, or give serve the owner URL in PARALLAX_MIGRATE_URL',
    );
  }
  if (pending.length) {
    try {
      console.log(`schema: applied ${(await migrate(migrateUrl!)).applied.join(', ')} (through the owner URL)`);
    } catch (err) {
      throw new Error(`cannot migrate the database at ${redactUrl(migrateUrl!)}: ${(err as Error).message}`);
    }
  } else console.log('schema: up to date');
  const { role, rights } = await writeRights(readUrl).catch((err: Error) => {
    throw new Error(`cannot check the database role at ${where}: ${err.message}`);
  });
  if (rights.length) {
    const why = `the dashboard's database role "${role}" can write: it ${rights.join('; ')}`;
    if (!allowOwner) {
      throw new Error(
        `refusing to serve: ${why}. The dashboard only reads, and its process should hold no password that can change data. ` +
          'Create the read-only role of docs/SECURITY.md and pass its URL in PARALLAX_READ_DATABASE_URL (keep the owner URL in DATABASE_URL for the other commands), ' +
          'or pass --allow-owner to serve through this role anyway',
      );
    }
    console.error(`notice: --allow-owner: ${why}`);
  }
  return readUrl;
}

/** The dashboard's environment: this one without any database URL but the read URL (and no libpq password). */
function dashboardEnv(readUrl: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'PARALLAX_READ_DATABASE_URL', 'PARALLAX_MIGRATE_URL', 'PGPASSWORD']) delete env[name];
  // The dashboard runs in the project's folder: it finds the config this command uses (named sets) by its full path.
  const config = configPath();
  if (config) readConfig(); // a bad config stops serve here, naming the file, rather than failing every page
  return { ...env, DATABASE_URL: readUrl, PARALLAX_READ_DATABASE_URL: readUrl, ...(config ? { PARALLAX_CONFIG: path.resolve(config) } : {}) };
}

async function serve(handle: DatabaseHandle, readUrl: string) {
  const publicUrl = publicUrlOption();
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) {
    console.log('building the dashboard (next build)…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed; see the output above');
  }
  const port = values.port!;
  // Next behind the request gate (scripts/dashboard-server.mjs), in a process of its own.
  const child = spawn(process.execPath, [path.join(root, 'scripts/dashboard-server.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...dashboardEnv(readUrl), NODE_ENV: 'production', HOSTNAME: '127.0.0.1', PORT: port, PARALLAX_PUBLIC_URL: publicUrl, PARALLAX_DB_POOL_MAX: String(handle.poolMax) },
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready|started server/i.test(text)) console.log(`\nParallax dashboard: http://localhost:${port}\n(${handle.kind} database; Ctrl+C stops it)`);
  });
  // Stop the whole group: anything the server started goes with it.
  let stopping = false;
  const stop = () => {
    // A second Ctrl+C while the embedded database waits for other commands to finish: leave now (the next command
    // finds the lock of a process that is gone, and the database recovers as after a power cut).
    if (stopping) process.exit(130);
    stopping = true;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {}
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
}

/**
 * The analysis of ingest's inputs, record by record, without a database. Records that read are written as they are
 * analysed; inputs that could not be read are named on stderr and make the exit status non-zero.
 */
async function analyse(paths: string[]) {
  const maxWords = values['max-words'] === undefined ? (await sentenceLimits()).DEFAULT_MAX_WORDS : Number(values['max-words']);
  if (!Number.isInteger(maxWords) || maxWords <= 0) throw new Error(`--max-words must be a whole number above 0, got ${values['max-words']}`);
  // Loaded here only: the other commands do not need the analysis in this process.
  const { analyseRecord, offsetText } = await import('@/lib/offline/analyse');
  const { listing } = await import('@/lib/offline/listing');
  // No outlet is needed to analyse a text: a placeholder keeps ingest's reader from refusing records without one.
  const { readCorpus } = await reading();
  const corpus = await readCorpus(paths, { outlet: 'unknown', maxBytes: await maxBytesOption(), keepRecordText: true });
  // A reader that stops early (| head) closes the pipe: that ends the output, it is no failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const write = (text: string) => new Promise<void>((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
  for (const article of corpus.articles) {
    const result = analyseRecord(article, { maxWords });
    await write(values.json ? `${JSON.stringify(result)}\n` : `${listing(result, offsetText(article))}\n`);
  }
  const bad = corpus.issues.filter((i) => i.severity !== 'notice');
  for (const i of bad) console.error(`${i.severity}: ${i.message}`);
  if (bad.length) {
    const files = [...new Set(bad.map((i) => i.file))];
    throw new Error(`${bad.length} input(s) could not be analysed (see above), in ${files.join(', ')}`);
  }
  if (corpus.articles.length === 0) throw new Error(`no articles found in ${paths.join(', ')}`);
}

/** Checks (and with --repair mends) the embedded database's files. */
async function doctor() {
  if (process.env.DATABASE_URL) throw new Error('doctor checks the embedded database; with DATABASE_URL set, use your Postgres server\'s own tools (amcheck, pg_dump)');
  const dir = dataDir();
  console.log(`checking ${dir} (needs the folder to itself)…`);
  const r = await checkFolder(dir, { repair: values.repair });
  console.log(`checked ${r.tables} tables and ${r.indexes} indexes`);
  if (r.damaged.length === 0) {
    console.log('no damage found');
    return;
  }
  for (const d of r.damaged) console.log(`damaged ${d.kind} ${d.name}: ${d.problem}`);
  if (!values.repair) throw new Error(`${r.damaged.length} damaged object(s): run \`npx parallax doctor --repair\` (it copies the folder first, then rebuilds damaged indexes)`);
  console.log(`copy of the folder before repair: ${r.backup}`);
  for (const name of r.repaired) console.log(`rebuilt index ${name}`);
  if (r.remaining.length) {
    for (const d of r.remaining) console.log(`still damaged ${d.kind} ${d.name}: ${d.problem}`);
    throw new Error(
      `damage remains that an index rebuild cannot mend: keep ${dir} (and the copy), move it away, and ingest your corpus again into a fresh folder`,
    );
  }
  console.log('repaired: no damage left');
}

async function main() {
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  switch (command) {
    case 'migrate':
      return withDatabase(prepare);
    case 'ingest':
      if (args.length === 0) throw new Error(`ingest needs at least one file or folder\n${USAGE}`);
      // A dry run writes nothing, so it needs no database at all.
      return values['dry-run'] ? ingest(null, args) : withDatabase((h) => ingest(h, args));
    case 'fetch':
      if (args.length === 0) throw new Error(`fetch needs at least one URL list, feed, CSV export or URL\n${USAGE}`);
      // Everything is fetched before the database is opened: a long fetch holds no connection or lock.
      return values['dry-run'] ? ingest(null, args, () => fetchInputs(args)) : fetchInputs(args).then((corpus) => withDatabase((h) => ingest(h, args, async () => corpus)));
    case 'analyse':
    case 'analyze':
      if (args.length === 0) throw new Error(`analyse needs at least one file or folder\n${USAGE}`);
      return analyse(args);
    case 'score':
      return withDatabase(values.distributed ? scoreDistributedCommand : score);
    case 'worker':
      return withDatabase(worker);
    case 'pin': {
      const ids = args.map(Number);
      if (ids.length === 0 || ids.some((id) => !Number.isInteger(id) || id <= 0)) throw new Error(`pin needs article ids (positive integers)\n${USAGE}`);
      if (!values.event && !values.story) throw new Error(`pin needs --event NAME and/or --story NAME\n${USAGE}`);
      return withDatabase(async (h) => {
        await prepare(h);
        const { pinArticles } = await import('@/lib/db/operations/pin');
        const r = await pinArticles(h, ids, { event: values.event, story: values.story });
        console.log(`pinned ${ids.length} article(s); grouping: ${r.events} events in ${r.stories} stories`);
      });
    }
    case 'regroup': {
      if (args.length) throw new Error(`regroup takes no arguments\n${USAGE}`);
      return withDatabase(async (h) => {
        await prepare(h);
        const { regroupAll } = await import('@/lib/db/operations/regroup-all');
        const r = await regroupAll(h);
        console.log(`regrouped every article from scratch: ${r.events} events in ${r.stories} stories; ${r.moved} article(s) changed event`);
      });
    }
    case 'serve': {
      // Check the database (and its role) before a build that can take minutes, so an outage or a wrong role fails at once.
      // A dashboard host may hold only the reader's URL: that is a Postgres server, never the embedded database.
      if (!process.env.DATABASE_URL && process.env.PARALLAX_READ_DATABASE_URL) {
        const h = await openReadDatabase();
        return serve(h, await prepareServe(h));
      }
      return withDatabase(async (h) => serve(h, await prepareServe(h)), 'serve');
    }
    case 'demo':
      return withDatabase(async (h) => {
        console.log(`database: ${h.kind === 'server' ? redactUrl(h.url) : 'embedded (PGlite)'}`);
        await ingest(h, [path.join(root, 'data/demo')]);
        await score(h);
        // The demo is a trial on the user's own machine: it serves through the URL it was given, and says so.
        if (h.kind === 'server') console.error('notice: demo: for a shared dashboard, serve through a read-only role (docs/SECURITY.md)');
        await serve(h, await prepareServe(h, true));
      }, 'serve');
    case 'outlets': {
      if (args[0] !== 'import' || args.length !== 2) throw new Error(`outlets needs: import <file.csv | file.json>\n${USAGE}`);
      // The file is read and checked before the database is opened: a bad file touches nothing.
      const records = readOutletFile(args[1]);
      const sets = readConfig().groups;
      return withDatabase(async (h) => {
        await prepare(h);
        const r = await importOutletMetadata(h, records);
        const db = createClient(h.url, h.poolMax);
        try {
          for (const u of r.unknown) console.error(`warning: ${printable(args[1])} ${u.where}: no outlet "${printable(u.outlet)}" in the database (not created; check the name as ingested)`);
          // Named sets stay in the config (the dashboard reads them there); their members are checked here too.
          const missing = unknownMembers(sets, await db.outlet.findMany({ select: { name: true, slug: true } }));
          for (const m of missing) console.error(`warning: ${printable(configPath()!)} groups.${printable(m)}: no such outlet in the database (check the name as ingested)`);
          console.log(`outlets: ${r.updated} updated, ${r.unknown.length} unknown in the file, ${r.unlisted.length} in the database not in the file (unchanged)`);
        } finally {
          await db.$disconnect();
        }
      });
    }
    case 'doctor':
      return doctor();
    default:
      throw new Error(`unknown command "${command}"\n${USAGE}`);
  }
}

main().catch((err) => {
  if (isCorruption(err) && !process.env.DATABASE_URL) {
    console.error(
      `parallax: the embedded database in ${dataDir()} is damaged (${(err as Error).message}).\nNothing more was written. Run \`npx parallax doctor\` to see what is damaged, and \`npx parallax doctor --repair\` to mend it.`,
    );
    // Names in messages are escaped where they are built; this catches any other control character (keeping line breaks).
  } else console.error(`parallax: ${printable(redactUrls((err as Error).message), { keepLineBreaks: true })}`);
  // process.exit at once drops what a slow pipe (less, tee, CI logs) has not taken yet, this verdict included:
  // exit once both streams have flushed.
  process.exitCode = 1;
  process.stderr.write('', () => process.stdout.write('', () => process.exit(1)));
});
