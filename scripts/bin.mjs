#!/usr/bin/env node
// `npx parallax …` in a checkout: runs the TypeScript CLI (see cli-node.mjs), from wherever it is called.
import { spawnSync } from 'node:child_process';
import { cliNodeArgs } from './cli-node.mjs';

const result = spawnSync(process.execPath, cliNodeArgs(process.argv.slice(2)), { stdio: 'inherit' });
process.exit(result.status ?? 1);
