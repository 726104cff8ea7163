/**
 * Ingest reads what it was given and nothing else: a symbolic link that resolves outside the folder it sits in
 * (an unpacked archive's `leak.txt -> ~/notes.md`) is skipped unless the user asks to follow links.
 */
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Whether the resolved path `real` is `folder` (also resolved) or lies inside it. */
export function isInside(folder: string, real: string): boolean {
  const rel = path.relative(folder, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** True when `file` is a symbolic link whose target lies outside `folder` or cannot be resolved; false for a missing file. */
export function linkLeavesFolder(file: string, folder: string): boolean {
  const st = lstatSync(file, { throwIfNoEntry: false });
  if (!st?.isSymbolicLink()) return false;
  try {
    return !isInside(realpathSync(folder), realpathSync(file));
  } catch {
    return true;
  }
}

export const OUTSIDE_LINK = 'skipped: a symbolic link to a place outside the folder it was found in; pass --follow-symlinks to read it';
