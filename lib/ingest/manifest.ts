import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { linkLeavesFolder } from './inside';

const entry = z
  .object({
    outlet: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    url: z.string().url().optional(),
    date: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date (use ISO 8601, e.g. 2021-03-09)').optional(),
    event: z.string().trim().min(1).optional(),
    story: z.string().trim().min(1).optional(),
  })
  .strict();

/** A user alias for an actor: `actor` is a canonical id ("china") or a name; an unknown actor is created. */
export const aliasSchema = z
  .object({
    actor: z.string().trim().min(1),
    alias: z.string().trim().min(1),
    kind: z.enum(['person', 'country', 'institution', 'party', 'organization', 'place', 'group']).optional(),
  })
  .strict();

const manifestSchema = z
  .object({
    /** Default story for every file in the folder. */
    story: z.string().trim().min(1).optional(),
    /** Actor aliases this corpus uses, e.g. { "actor": "china", "alias": "the Middle Kingdom" }. */
    aliases: z.array(aliasSchema).optional(),
    files: z.record(z.string(), entry).default({}),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof entry>;

/** Reads `manifest.json` in a folder, or null when there is none. Errors name the file and the field. */
export function readManifest(dir: string, options: { followSymlinks?: boolean } = {}): Manifest | null {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return null;
  // A manifest linked from outside the folder is not read (its text could end up in an error message).
  if (!options.followSymlinks && linkLeavesFolder(file, dir)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message}); fix the file or remove it`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  return parsed.data;
}
