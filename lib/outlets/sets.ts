/**
 * Named sets of outlets from parallax.config.json: `{ "groups": { "wires": ["AP", "Reuters"] } }` makes the group
 * `set:wires`, usable wherever a group is (overview and /blindspots `groups=`, charts `groups=`). Members are outlet
 * names as ingested (or their slugs). Pure: the CLI checks the config with it, the dashboard reads sets through it.
 */
import { z } from 'zod';

/** The group field of a named set: `set:wires`. */
export const SET_FIELD = 'set';

/** A set's name goes into URLs and menus: letters, digits, `-`, `_` and `.`. */
const SET_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

export const outletSetsSchema = z
  .record(z.string(), z.array(z.string().trim().min(1, 'an outlet name is empty')).min(1, 'a set needs at least one outlet'))
  // Checked here rather than as the record's key schema, whose message zod replaces with "Invalid key in record".
  .superRefine((sets, ctx) => {
    for (const name of Object.keys(sets))
      if (!SET_NAME.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'a set name is 1 to 64 letters, digits, ".", "_" or "-" (it goes into URLs: groups=set:NAME)' });
  })
  .default({});
export type OutletSets = z.infer<typeof outletSetsSchema>;

/** The names of the sets an outlet belongs to (by its name as ingested, or its slug), in config order. */
export function setsOf(outlet: { name: string; slug: string }, sets: OutletSets): string[] {
  return Object.entries(sets)
    .filter(([, members]) => members.includes(outlet.name) || members.includes(outlet.slug))
    .map(([name]) => name);
}

/** Members of each set that are no outlet of the corpus, as "wires: Reuter" (for the CLI to report). */
export function unknownMembers(sets: OutletSets, outlets: Array<{ name: string; slug: string }>): string[] {
  const known = new Set(outlets.flatMap((o) => [o.name, o.slug]));
  return Object.entries(sets).flatMap(([name, members]) => members.filter((m) => !known.has(m)).map((m) => `${name}: ${m}`));
}
