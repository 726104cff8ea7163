/**
 * A fixed pool of worker threads for the pure part of scoring. Tasks queue here until a worker is free; callers
 * bound how many they submit at once (see lib/db/operations/score.ts), so memory stays flat however large the corpus.
 *
 * Workers run lib/worker-pool/worker.ts, TypeScript, which Node cannot load by itself; and in Node 20 a loader given
 * to a worker through execArgv (`--import tsx`) is not in place before the worker's own entry is loaded. So each
 * worker starts from a two-line script that registers tsx's ESM hooks and then imports the worker module; that
 * works under tsx (CLI), vitest and plain node alike (tsx is a runtime dependency).
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtraAlias } from '@/lib/actors/types';
import { analyseBatch, type ArticleToScore, type BatchOptions, type ScoredBatch } from './analyse';

export type WorkerTask = { kind: 'analyse'; articles: ArticleToScore[]; options?: BatchOptions };
export type WorkerReply = { id: number; result: unknown; error?: undefined } | { id: number; error: string; result?: undefined };

export interface PoolOptions {
  /** Worker threads; 0 runs every task on the calling thread (no threads at all). Default: every core. */
  workers?: number;
  aliases?: ExtraAlias[];
}

export function defaultWorkers(): number {
  return availableParallelism();
}

const WORKER_HEAP_MB = 384;
/**
 * A larger young generation than V8's default: the analysis allocates many short-lived objects, and fewer, larger
 * scavenges cost less. 64 MB once took a 100k-article run past 1 GiB; since each article's rows become COPY text as
 * soon as it is analysed it peaks at 887 MiB, and `parallax score --full` on 20k synthetic articles took 29.8–30.8 s
 * in three runs against 31.5–32.2 s with 32 MB.
 */
const WORKER_YOUNG_MB = 64;
const TSX_API = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
const WORKER_URL = new URL('./worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;

interface Pending {
  id: number;
  task: WorkerTask;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

export class ScoringPool {
  readonly size: number;
  private readonly aliases: ExtraAlias[];
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(0, Math.floor(options.workers ?? defaultWorkers()));
    this.aliases = options.aliases ?? [];
    for (let i = 0; i < this.size; i++) {
      // A worker needs little heap (one batch at a time); a cap makes V8 collect early instead of letting each
      // thread's heap drift up on a machine with memory to spare.
      const worker = new Worker(BOOT, { eval: true, workerData: { aliases: this.aliases }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`scoring worker exited with code ${code}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  private closing = false;

  /** A thread crashed: every later task fails, so a long-lived caller (lib/queue/worker.ts) starts a new pool. */
  get broken(): boolean {
    return this.failure !== null;
  }

  analyse(articles: ArticleToScore[], options?: BatchOptions): Promise<ScoredBatch> {
    return this.run({ kind: 'analyse', articles, options }, []) as Promise<ScoredBatch>;
  }

  private run(task: WorkerTask, transfer: ArrayBuffer[]): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.size === 0) {
      // In-process: still asynchronous, so callers behave the same.
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(analyseBatch(task.articles, this.aliases, task.options));
          } catch (err) {
            reject(err as Error);
          }
        }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, transfer, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task }, job.transfer);
    }
  }

  private settle(worker: Worker, reply: WorkerReply) {
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    if (job) {
      if (reply.error !== undefined) job.reject(new Error(`scoring worker: ${reply.error}`));
      else job.resolve(reply.result);
    }
    this.dispatch();
  }

  /** A crashed worker fails every task, queued or running: a run cannot be partly scored. */
  private fail(err: Error) {
    if (this.failure) return;
    this.failure = err;
    for (const job of [...this.running.values(), ...this.queue]) job.reject(err);
    this.running.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
