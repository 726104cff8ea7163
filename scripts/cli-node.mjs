// How `parallax` runs on Node: the TypeScript CLI through tsx, with the V8 flags its commands want. Shared by
// scripts/bin.mjs (`npx parallax …`, `npm run parallax -- …`) and the benchmarks, which time the CLI as users run it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');

/**
 * A scoring run keeps every core busy with its worker threads; V8's concurrent garbage-collection threads then only
 * compete with them for the same cores. Collecting on each thread itself took about 6% less time for 20k articles on
 * two cores (`parallax score --full`: 39.8–41.8 s in five runs with it, 41.7–45.6 s in three without).
 */
const V8_FLAGS = { score: ['--single-threaded-gc'] };

/** Node's arguments for `parallax <args…>`. */
export function cliNodeArgs(args) {
  return [...(V8_FLAGS[args[0]] ?? []), '--import', tsx, path.join(here, 'parallax.ts'), ...args];
}
