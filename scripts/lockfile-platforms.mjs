#!/usr/bin/env node
// The registry mirror on our build machines serves Next's SWC binaries for Linux only, so npm writes a lock file
// without the macOS/Windows entries, which `npm ci` then rejects as out of sync. This adds them back (optional,
// os/cpu-guarded: npm skips them on other platforms and fetches them from the public registry on those).
// Run after `npm install` changes package-lock.json:  node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const linux = lock.packages['node_modules/@next/swc-linux-x64-gnu'];
const platforms = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'win32-arm64-msvc': ['win32', 'arm64'], 'win32-x64-msvc': ['win32', 'x64'] };
let added = 0;
for (const [name, [os, cpu]] of Object.entries(platforms)) {
  const key = `node_modules/@next/swc-${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version: linux.version, cpu: [cpu], license: linux.license, optional: true, os: [os], engines: linux.engines };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: added ${added} platform entries for @next/swc`);
