import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Database and browser tests start servers and build pages: give them room.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
