#!/usr/bin/env node
// `npx parallax …` in a checkout: runs the TypeScript CLI (see cli-node.mjs), from wherever it is called.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliNodeArgs } from './cli-node.mjs';

// tsx looks for tsconfig.json (and its "@/" paths) in the current folder: point it at the checkout's, so the CLI
// also runs from a research folder that holds the user's lists and parallax.config.json.
const tsconfig = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tsconfig.json');
// Ctrl+C reaches the whole process group: the CLI handles it (serve stops the dashboard, then waits for other
// commands using the embedded database), and this launcher waits for it instead of dying first and handing the
// terminal back while the CLI is still closing. A SIGTERM or SIGHUP sent to this process alone (a supervisor,
// `docker stop`, `kill <pid>`) is passed on to the CLI, which stops cleanly.
const child = spawn(process.execPath, cliNodeArgs(process.argv.slice(2)), { stdio: 'inherit', env: { TSX_TSCONFIG_PATH: tsconfig, ...process.env } });
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1)));
