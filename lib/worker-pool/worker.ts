/**
 * A scoring worker thread: runs the pure analysis on the batches the pool sends and posts the rows back.
 * It never touches the database, so the run's one transaction stays on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtraAlias } from '@/lib/actors/types';
import { analyseBatch } from './analyse';
import type { WorkerReply, WorkerTask } from './pool';

const aliases = ((workerData as { aliases?: ExtraAlias[] } | null)?.aliases ?? []) as ExtraAlias[];

parentPort!.on('message', ({ id, task }: { id: number; task: WorkerTask }) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: analyseBatch(task.articles, aliases, task.options) };
  } catch (err) {
    reply = { id, error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
