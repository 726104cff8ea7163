#!/usr/bin/env node
// `npx parallax …` in a checkout: runs the TypeScript CLI through tsx, from wherever it is called.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');
const result = spawnSync(process.execPath, ['--import', tsx, path.join(here, 'parallax.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
