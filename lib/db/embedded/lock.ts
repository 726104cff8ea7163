/**
 * The owner lock of an embedded data folder: exactly one process opens the PGlite files; every other parallax process
 * on the machine talks to that owner over its loopback socket, or waits for it.
 *
 * Why a lock file with the owner's PID rather than `proper-lockfile`: proper-lockfile declares a lock stale when its
 * holder has not touched it for a few seconds, and the owner here runs PGlite's WebAssembly on its main thread, where
 * one long statement (an index build, a large COPY) can block the event loop for longer than that. A second process
 * would then take over a lock that is still held and open the same files: the corruption this lock exists to prevent.
 * A PID (with the process's start time, so a recycled PID is not mistaken for the owner) is exact on one machine.
 *
 * The file is created atomically with its content (written to a temporary file, then hard-linked into place, which
 * fails if the lock exists), so no process ever reads a half-written lock. A stale lock (its process is gone) is
 * removed under a second, short-lived lock, so two processes that find it stale at once cannot remove each other's
 * fresh lock.
 */
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface OwnerInfo {
  pid: number;
  /** The owner's start time as the kernel counts it (Linux), so a recycled PID is not taken for the owner. */
  started: string | null;
  host: string;
  /** The command that owns the folder (ingest, score, serve…), for messages. */
  command: string;
  /** `serve` owns the folder for as long as the dashboard runs; other commands only for their own work. */
  role: 'serve' | 'command';
  /** starting: opening the files; ready: serving on `port`; closing: about to close, do not connect. */
  state: 'starting' | 'ready' | 'closing';
  port?: number;
  since: string;
}

export const LOCK_FILE = 'owner.lock';
const BREAK_FILE = 'owner.lock.break';
/** A break lock is held for a few file operations; older than this, its holder died in between. */
const BREAK_STALE_MS = 10_000;
/** A lock file that cannot be parsed for this long was not written by a live owner (the file is written in one go). */
const UNREADABLE_STALE_MS = 10_000;

/** This process's start time in clock ticks since boot, from /proc (Linux); null elsewhere. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces and parentheses, so count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the owner named in a lock is certainly gone. A lock taken on another host is never judged stale. */
export function ownerGone(info: OwnerInfo): boolean {
  if (info.host !== os.hostname()) return false;
  if (!pidAlive(info.pid)) return true;
  const started = processStart(info.pid);
  return info.started !== null && started !== null && started !== info.started;
}

export function readOwner(dir: string): { info: OwnerInfo | null; exists: boolean; ageMs: number } {
  const file = path.join(dir, LOCK_FILE);
  let text: string;
  let ageMs = 0;
  try {
    ageMs = Date.now() - statSync(file).mtimeMs;
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { info: null, exists: false, ageMs: 0 };
    throw err;
  }
  try {
    const info = JSON.parse(text) as OwnerInfo;
    return { info: typeof info?.pid === 'number' ? info : null, exists: true, ageMs };
  } catch {
    return { info: null, exists: true, ageMs };
  }
}

function tempFile(dir: string): string {
  return path.join(dir, `.${LOCK_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}`);
}

/** Writes `content` to `target` atomically; `exclusive`: only if `target` does not exist (false when it does). */
function atomicWrite(dir: string, target: string, content: string, exclusive: boolean): boolean {
  const tmp = tempFile(dir);
  writeFileSync(tmp, content, { mode: 0o600 });
  try {
    if (!exclusive) {
      renameSync(tmp, target);
      return true;
    }
    try {
      linkSync(tmp, target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

export interface OwnerLock {
  info: OwnerInfo;
  update(change: Partial<Pick<OwnerInfo, 'state' | 'port'>>): void;
  /** Removes the lock if it is still this process's. */
  release(): void;
}

/** Takes the lock, or returns null when another process holds it. */
export function tryLock(dir: string, info: Omit<OwnerInfo, 'pid' | 'started' | 'host' | 'since'>): OwnerLock | null {
  const full: OwnerInfo = { pid: process.pid, started: processStart(process.pid), host: os.hostname(), since: new Date().toISOString(), ...info };
  const file = path.join(dir, LOCK_FILE);
  if (!atomicWrite(dir, file, JSON.stringify(full), true)) return null;
  const mine = () => {
    const now = readOwner(dir).info;
    return now !== null && now.pid === full.pid && now.started === full.started && now.host === full.host;
  };
  return {
    info: full,
    update(change) {
      Object.assign(full, change);
      if (mine()) atomicWrite(dir, file, JSON.stringify(full), false);
    },
    release() {
      if (mine()) rmSync(file, { force: true });
    },
  };
}

/**
 * Removes the lock if its owner is gone (or it is an unreadable leftover), under the break lock; true when the lock
 * is gone afterwards (removed here or by someone else).
 */
export function breakStaleLock(dir: string): boolean {
  const breakFile = path.join(dir, BREAK_FILE);
  if (!atomicWrite(dir, breakFile, String(process.pid), true)) {
    // Someone else is breaking it; a break lock left by a process that died mid-break is cleared after a while.
    try {
      if (Date.now() - statSync(breakFile).mtimeMs > BREAK_STALE_MS) rmSync(breakFile, { force: true });
    } catch {}
    return false;
  }
  try {
    const { info, exists, ageMs } = readOwner(dir);
    if (!exists) return true;
    const stale = info ? ownerGone(info) : ageMs > UNREADABLE_STALE_MS;
    if (stale) rmSync(path.join(dir, LOCK_FILE), { force: true });
    return stale;
  } finally {
    rmSync(breakFile, { force: true });
  }
}
