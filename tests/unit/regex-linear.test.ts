/**
 * The static regex check of issue 26: no regular expression in lib/ or scripts/ may backtrack
 * super-linearly or cost quadratic time as the engine moves it across text (eslint-plugin-regexp's
 * no-super-linear-backtracking and no-super-linear-move, configured in eslint.config.js).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULES = new Set(['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']);

function flagged(results: ESLint.LintResult[]): string[] {
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.fatal || (m.ruleId !== null && RULES.has(m.ruleId)))
      .map((m) => `${path.relative(ROOT, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'parse error'}: ${m.message}`),
  );
}

describe('regular expressions run in linear time', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it('no pattern in lib/ or scripts/ is flagged', { timeout: 300_000 }, async () => {
    const results = await eslint.lintFiles(['lib/**/*.ts', 'scripts/**/*.ts']);
    expect(results.length).toBeGreaterThan(50); // the globs matched the code, not nothing
    expect(flagged(results), 'fix these patterns (see docs/SECURITY.md, "Regular expressions")').toEqual([]);
  });

  // The check is only worth something if it sees the shapes that stalled ingest: the old patterns, kept as probes.
  it.each(['old-byline.ts', 'trailing-run.ts', 'unclosed-quote.ts'])('flags the probe %s', async (name) => {
    const code = readFileSync(path.join(ROOT, 'tests/fixtures/regex', name), 'utf8');
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'lib/ingest', name) });
    expect(flagged([result]).length).toBeGreaterThan(0);
  });
});
