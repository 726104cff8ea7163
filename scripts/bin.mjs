#!/usr/bin/env node
// `npx parallax …` in a checkout: runs the TypeScript CLI (see cli-node.mjs), from wherever it is called.
import { spawnSync } from 'node:child_process';
import { cliNodeArgs } from './cli-node.mjs';

// Ctrl+C reaches the whole process group: the CLI handles it (serve stops the dashboard, then waits for other
// commands using the embedded database). This launcher waits for it instead of dying first and handing the terminal
// back while the CLI is still closing.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
const result = spawnSync(process.execPath, cliNodeArgs(process.argv.slice(2)), { stdio: 'inherit' });
process.exit(result.status ?? (result.signal === 'SIGINT' ? 130 : 1));
