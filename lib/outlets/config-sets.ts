/**
 * The dashboard's named sets of outlets: the "groups" of the config file `parallax serve` was given (it passes the
 * file's absolute path in PARALLAX_CONFIG), else of parallax.config.json in the server's folder. Read again when the
 * file changes, so an edited set shows on the next page without a restart; a bad file fails the page, naming it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { outletSetsSchema, type OutletSets } from './sets';

/** Only "groups" is the dashboard's: the CLI checks the rest (aliases, fetch) strictly. */
const dashboardConfigSchema = z.object({ groups: outletSetsSchema }).passthrough();

let cached: { file: string; mtimeMs: number; sets: OutletSets } | null = null;

export function configFile(): string | null {
  const given = process.env.PARALLAX_CONFIG;
  if (given) return path.resolve(given);
  const local = path.resolve('parallax.config.json');
  return existsSync(local) ? local : null;
}

/** The config's sets by name; none without a config file. */
export function readOutletSets(): OutletSets {
  const file = configFile();
  if (!file) return {};
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch (err) {
    throw new Error(`${file} (PARALLAX_CONFIG): not readable (${(err as Error).message})`);
  }
  if (cached && cached.file === file && cached.mtimeMs === mtimeMs) return cached.sets;
  cached = { file, mtimeMs, sets: parseOutletSets(file, readFileSync(file, 'utf8')) };
  return cached.sets;
}

/** The "groups" of a config file's text, or an error naming the file and the problem. */
export function parseOutletSets(file: string, text: string): OutletSets {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not readable JSON (${(err as Error).message})`);
  }
  const parsed = dashboardConfigSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.groups;
}
