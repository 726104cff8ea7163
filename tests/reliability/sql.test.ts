/**
 * SQL text is assembled only where it was reviewed (docs/SECURITY.md lists each place and why it is safe):
 * a new $queryRawUnsafe / $executeRawUnsafe / Prisma.raw anywhere else fails here, and none may be in app/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { ROOT } from './shared';

/** Reviewed: SQL text from code constants only, every value a bind parameter. */
const REVIEWED = new Set(['lib/db/write/bulk.ts', 'lib/db/operations/regroup.ts', 'lib/db/queries/figures.ts', 'lib/db/write/summaries.ts', 'scripts/bench/score.ts']);
const UNSAFE = /\$(queryRaw|executeRaw)Unsafe\b|\bPrisma\.raw\s*\(/;

describe('SQL assembled from strings', () => {
  it('appears only in the reviewed files, and never in the dashboard', () => {
    const files = globSync(['app/**/*.{ts,tsx}', 'lib/**/*.ts', 'scripts/**/*.{ts,mjs}'], { cwd: ROOT, ignore: ['lib/generated/**'] });
    expect(files.length).toBeGreaterThan(20);
    const found = files.filter((f) => UNSAFE.test(readFileSync(path.join(ROOT, f), 'utf8'))).sort();
    expect(found.filter((f) => !REVIEWED.has(f))).toEqual([]);
    expect(found.filter((f) => f.startsWith('app/'))).toEqual([]);
  });

  it('docs/SECURITY.md lists every reviewed file', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/SECURITY.md'), 'utf8');
    for (const f of REVIEWED) expect(doc).toContain(`\`${f}\``);
  });
});
