import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Most test files wait on processes they start (the CLI, Postgres, the dashboard, Chromium), so two files at once
    // keep two cores busy where vitest's default (cores − 1) runs one. On this project's 2-core machine the whole
    // suite took 743 s so, against 1 481–1 564 s in the last three CI runs of one file at a time. Every file makes
    // its own databases, folders, roles and ports, so files never share state.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Database and browser tests start servers and build pages: give them room, more so with two files at once on a
    // busy machine. These limits catch a hang; no test asserts how long anything takes.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
