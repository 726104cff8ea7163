/**
 * Batched multi-row writes inside the caller's transaction, the data never spliced into SQL:
 * - insertColumns: one `INSERT … SELECT … FROM unnest($1::type[], $2::type[], …)` per chunk of rows, in the write
 *   transaction (./transaction.ts). Row-by-row writes cost one round trip each, and `createMany` builds a statement with one parameter per value (65 535 at most); an unnest
 *   statement has one parameter per column whatever the number of rows.
 * - copyColumns: `COPY … FROM STDIN` on a node-postgres client (pg-copy-streams), about twice as fast again; the
 *   scoring run uses it where the server speaks the COPY protocol (the embedded PGlite server does not).
 */
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Executor } from './transaction';

export type { ColumnType, Columns, Schema } from '@/lib/rows/copy-format';
import { checkedColumns, copyText, type ColumnType, type Columns, type Schema } from '@/lib/rows/copy-format';

export interface InsertOptions {
  /** SQL appended after the insert, e.g. `ON CONFLICT ("key") DO NOTHING` (code constants only, never data). */
  suffix?: string;
  /** Rows per statement at most; statements are also cut at about CHUNK_BYTES of text. */
  chunkRows?: number;
}

/** Rough payload per statement: large enough to amortise the round trip, small enough for the embedded server. */
const CHUNK_BYTES = 4 * 1024 * 1024;
const CHUNK_ROWS = 20_000;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

const CAST: Record<ColumnType, string> = {
  int: 'int[]',
  bigint: 'bigint[]',
  float8: 'float8[]',
  text: 'text[]',
  bool: 'bool[]',
  json: 'jsonb[]',
  timestamp: 'text[]',
  // unnest flattens a two-dimensional array, so each row's array travels as one jsonb value.
  'text[]': 'jsonb[]',
};

function quote(name: string): string {
  if (!IDENT.test(name)) throw new Error(`bulk insert: bad identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** The statement for a table and schema (identifiers are code constants, checked above). */
export function insertSql(table: string, schema: Schema, suffix = ''): string {
  const names = Object.keys(schema);
  const select = names.map((name, i) => {
    const v = `v.c${i}`;
    switch (schema[name]) {
      case 'timestamp':
        return `(${v}::timestamptz AT TIME ZONE 'UTC')`;
      case 'text[]':
        return `ARRAY(SELECT jsonb_array_elements_text(${v}))`;
      default:
        return v;
    }
  });
  const params = names.map((name, i) => `$${i + 1}::${CAST[schema[name]]}`);
  const alias = names.map((_, i) => `c${i}`).join(', ');
  return `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) SELECT ${select.join(', ')} FROM unnest(${params.join(', ')}) AS v(${alias}) ${suffix}`;
}

function bind(type: ColumnType, values: unknown[]): unknown[] {
  switch (type) {
    case 'json':
    case 'text[]':
      return values.map((x) => (x === null || x === undefined ? null : JSON.stringify(x)));
    case 'timestamp':
      return values.map((x) => (x === null || x === undefined ? null : x instanceof Date ? x.toISOString() : String(x)));
    case 'bigint':
      return values.map((x) => (x === null || x === undefined ? null : String(x)));
    default:
      return values.map((x) => (x === undefined ? null : x));
  }
}

/** Approximate bytes of one row, to cut statements by size. */
function rowBytes(columns: unknown[][], row: number): number {
  let bytes = 8 * columns.length;
  for (const col of columns) {
    const x = col[row];
    if (typeof x === 'string') bytes += x.length;
    else if (x !== null && typeof x === 'object') bytes += 64;
  }
  return bytes;
}

/** Inserts column-wise rows in chunks; returns the number of rows inserted. */
export async function insertColumns<S extends Schema>(exec: Executor, table: string, schema: S, columns: Columns<S>, options: InsertOptions = {}): Promise<number> {
  const { names, cols, length } = checkedColumns(table, schema, columns);
  const sql = insertSql(table, schema, options.suffix);
  const maxRows = options.chunkRows ?? CHUNK_ROWS;
  let inserted = 0;
  let from = 0;
  while (from < length) {
    let to = from;
    let bytes = 0;
    while (to < length && to - from < maxRows && (to === from || bytes < CHUNK_BYTES)) bytes += rowBytes(cols, to++);
    const params = names.map((n, i) => bind(schema[n], cols[i].slice(from, to)));
    inserted += await exec.execute(sql, params);
    from = to;
  }
  return inserted;
}

/** Inserts object rows (keys = schema columns); see insertColumns. */
export async function insertRows<S extends Schema>(exec: Executor, table: string, schema: S, rows: ReadonlyArray<Record<keyof S, unknown>>, options: InsertOptions = {}): Promise<number> {
  const columns = {} as Columns<S>;
  for (const name of Object.keys(schema) as (keyof S)[]) columns[name] = rows.map((r) => r[name]);
  return insertColumns(exec, table, schema, columns, options);
}

/** Appends column-wise rows to a table with COPY FROM STDIN, in the client's current transaction; returns the rows. */
export async function copyColumns<S extends Schema>(client: pg.ClientBase, table: string, schema: S, columns: Columns<S>): Promise<number> {
  const { length } = checkedColumns(table, schema, columns);
  if (length === 0) return 0;
  await copyInto(client, table, schema, copyText(table, schema, columns));
  return length;
}

/** COPY text already laid out for `schema`'s columns (copy-format.ts, e.g. by a scoring worker) into a table. */
export async function copyInto(client: pg.ClientBase, table: string, schema: Schema, text: Iterable<string> | string): Promise<void> {
  const chunks = typeof text === 'string' ? [text] : text;
  await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${quote(table)} (${Object.keys(schema).map(quote).join(', ')}) FROM STDIN`)));
}

/** An empty column-wise buffer for a schema, to push rows into as they are made. */
export function emptyColumns<S extends Schema>(schema: S): Columns<S> {
  const columns = {} as Columns<S>;
  for (const name of Object.keys(schema) as (keyof S)[]) columns[name] = [];
  return columns;
}

/** Ids for `count` new rows of a serial column, taken from its sequence in order (so rows can point at each other). */
export async function reserveIds(exec: Executor, table: string, column: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await exec.rows<{ id: number }>(`SELECT nextval(pg_get_serial_sequence($1, $2))::int AS id FROM generate_series(1, $3::int) ORDER BY 1`, [quote(table), column, count]);
  return rows.map((r) => Number(r.id));
}
