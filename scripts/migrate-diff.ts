/**
 * `npm run db:diff -- <name> [--from FILE]`: writes prisma/migrations/<NNNN>_<name>/migration.sql, the SQL that
 * takes the schema at --from (default: prisma/schema.prisma as committed at HEAD; empty when there is none)
 * to the current prisma/schema.prisma. Uses Prisma's WASM schema engine, so it works offline; it connects to
 * DATABASE_URL (default: the local server) only because the engine insists on an adapter, and reads no table.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, stdout: { type: 'boolean' } } });
const name = positionals[0];
if (!name && !values.stdout) throw new Error('usage: npm run db:diff -- <migration_name> [--from schema.prisma] [--stdout]');

// The WASM engine loader looks for its binary beside @prisma/internals.
const wasm = path.join(root, 'node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm');
const internals = path.join(root, 'node_modules/@prisma/internals/build');
mkdirSync(internals, { recursive: true });
if (!existsSync(path.join(internals, 'schema_engine_bg.wasm'))) copyFileSync(wasm, path.join(internals, 'schema_engine_bg.wasm'));

const schemaPath = path.join(root, 'prisma/schema.prisma');
const current = readFileSync(schemaPath, 'utf8');
let previous: string | null = null;
if (values.from) previous = readFileSync(values.from, 'utf8');
else {
  try {
    previous = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    previous = null;
  }
}

const { SchemaEngineWasm } = await import('@prisma/migrate/dist/SchemaEngineWasm.js' as string);
const file = (content: string) => ({ files: [{ path: 'schema.prisma', content }] });
// The engine needs a driver adapter even for a schema-to-schema diff; it does not read the database's tables.
const { PrismaPg } = await import('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils' as string);
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
const engine = await SchemaEngineWasm.setup({ adapter, schemaContext: { schemaFiles: [[schemaPath, current]] } });
const filters = { externalTables: [], externalEnums: [] };

// migrateDiff prints the script to stdout; capture it.
const chunks: string[] = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((c: string | Uint8Array) => (chunks.push(String(c)), true)) as typeof process.stdout.write;
try {
  await engine.migrateDiff({
    from: previous ? { tag: 'schemaDatamodel', ...file(previous) } : { tag: 'empty' },
    to: { tag: 'schemaDatamodel', ...file(current) },
    script: true,
    exitCode: null,
    filters,
  });
} finally {
  process.stdout.write = write;
  await engine.stop?.();
}
const sql = chunks.join('');
if (values.stdout) {
  process.stdout.write(sql);
} else {
  const dir = path.join(root, 'prisma/migrations');
  const n = readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).length + 1;
  const target = path.join(dir, `${String(n).padStart(4, '0')}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'migration.sql'), sql);
  console.log(`wrote ${path.relative(root, target)}/migration.sql (${sql.split('\n').length} lines)`);
}
