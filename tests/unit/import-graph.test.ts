/**
 * The import graph of lib/ has no circle and no arrow upward through the layers (.dependency-cruiser.cjs names
 * them), checked with dependency-cruiser: on the project itself, and on a small planted tree that breaks each kind
 * of rule, so a config that stopped checking would fail here too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const BIN = path.join(ROOT, 'node_modules/.bin/depcruise');

function cruise(cwd: string, ...targets: string[]) {
  const r = spawnSync(BIN, [...targets, '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the import graph', () => {
  const planted = tempDir('parallax-imports-');
  afterAll(() => planted.remove());

  it('of lib/, scripts/ and app/ has no circle and no upward import', () => {
    const r = cruise(ROOT, 'lib', 'scripts', 'app');
    expect(r.output).toContain('no dependency violations found');
    expect(r.status).toBe(0);
  });

  it('catches a circle, a write basic importing an operation, and lib/ importing the CLI', () => {
    const file = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(planted.dir, rel)), { recursive: true });
      writeFileSync(path.join(planted.dir, rel), text);
    };
    file('tsconfig.json', '{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler" } }');
    file('lib/db/write/transaction.ts', "import { ingest } from '../operations/ingest';\nexport const lock = ingest;\n");
    file('lib/db/operations/ingest.ts', "import { lock } from '../write/transaction';\nexport const ingest = () => lock;\n");
    file('lib/text/slug.ts', "import { main } from '../../scripts/cli';\nexport const slug = main;\n");
    file('scripts/cli.ts', 'export const main = 1;\n');
    const r = cruise(planted.dir, 'lib', 'scripts');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('no-circular');
    expect(r.output).toContain('write-basics-at-bottom');
    expect(r.output).toContain('lib-not-above-lib');
  });
});
