/**
 * Named sets of outlets from parallax.config.json: `{ "groups": { "wires": ["AP", "Reuters"] } }` makes the group
 * `set:wires`, usable wherever a group is (overview and /blindspots `groups=`, charts `groups=`). Members are outlet
 * names as ingested, matched as `outlets import` matches them (case and punctuation aside), or slugs. Pure: the CLI
 * checks the config with it, the dashboard reads sets through it.
 */
import { z } from 'zod';
import { slugify } from '@/lib/text/slug';

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

/**
 * Which sets an outlet is in, in config order. A member names an outlet as `outlets import` matches names (case and
 * punctuation aside), or by its slug; the members' keys are computed once, not per outlet.
 */
export function setMembership(sets: OutletSets): (outlet: { name: string; slug: string }) => string[] {
  const keys = Object.entries(sets).map(([name, members]) => ({ name, keys: new Set(members.flatMap((m) => [m, slugify(m)])) }));
  return (outlet) => {
    const own = slugify(outlet.name);
    return keys.filter((k) => k.keys.has(outlet.slug) || k.keys.has(own)).map((k) => k.name);
  };
}

/** The sets one outlet is in (setMembership for many outlets). */
export function setsOf(outlet: { name: string; slug: string }, sets: OutletSets): string[] {
  return setMembership(sets)(outlet);
}

/** Members of each set that are no outlet of the corpus, as "wires: Reuter" (for the CLI to report). */
export function unknownMembers(sets: OutletSets, outlets: Array<{ name: string; slug: string }>): string[] {
  const known = new Set(outlets.flatMap((o) => [o.slug, slugify(o.name)]));
  return Object.entries(sets).flatMap(([name, members]) => members.filter((m) => !known.has(m) && !known.has(slugify(m))).map((m) => `${name}: ${m}`));
}
