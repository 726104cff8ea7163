#!/usr/bin/env node
// `npx parallax …` in a checkout: runs the TypeScript CLI (see cli-node.mjs), from wherever it is called.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliNodeArgs } from './cli-node.mjs';

// tsx looks for tsconfig.json (and its "@/" paths) in the current folder: point it at the checkout's, so the CLI
// also runs from a research folder that holds the user's lists and parallax.config.json.
const tsconfig = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tsconfig.json');
// Ctrl+C reaches the whole process group: the CLI handles it (serve stops the dashboard, then waits for other
// commands using the embedded database). This launcher waits for it instead of dying first and handing the terminal
// back while the CLI is still closing.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
const result = spawnSync(process.execPath, cliNodeArgs(process.argv.slice(2)), { stdio: 'inherit', env: { TSX_TSCONFIG_PATH: tsconfig, ...process.env } });
process.exit(result.status ?? (result.signal === 'SIGINT' ? 130 : 1));
