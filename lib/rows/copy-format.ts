/**
 * COPY's text format for column-wise rows: pure, so scoring workers can lay out their rows for the writer
 * (lib/db/write/bulk.ts sends them) without the main thread touching each value.
 */

/**
 * Column types as written. `timestamp` takes ISO strings or Dates (stored as UTC, as Prisma does); `json` takes any
 * JSON value (serialised here) for jsonb columns; `text[]` takes string arrays for text[] columns.
 */
export type ColumnType = 'int' | 'bigint' | 'float8' | 'text' | 'bool' | 'json' | 'timestamp' | 'text[]';
export type Schema = Record<string, ColumnType>;
/** Column-wise rows: one array per column, all the same length. */
export type Columns<S extends Schema> = { [K in keyof S]: unknown[] };

/** The columns of a schema in order, checked to be arrays of one length; returns that length. */
export function checkedColumns<S extends Schema>(table: string, schema: S, columns: Columns<S>): { names: string[]; cols: unknown[][]; length: number } {
  const names = Object.keys(schema);
  const cols = names.map((n) => columns[n]);
  const length = cols[0]?.length ?? 0;
  for (const [i, c] of cols.entries()) {
    if (!Array.isArray(c) || c.length !== length) throw new Error(`bulk insert into ${table}: column ${names[i]} has ${c?.length} values, expected ${length}`);
  }
  return { names, cols, length };
}

/** COPY's text format escapes: backslash, tab, newline and carriage return. */
function escapeCopy(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/** One value in COPY's text format for a column type; \N is NULL. */
function copyValue(type: ColumnType, x: unknown): string {
  if (x === null || x === undefined) return '\\N';
  switch (type) {
    case 'int':
    case 'bigint':
    case 'float8':
      return String(x);
    case 'bool':
      return x ? 't' : 'f';
    case 'text':
      return escapeCopy(String(x));
    case 'json':
      return escapeCopy(JSON.stringify(x));
    case 'timestamp':
      return x instanceof Date ? x.toISOString() : escapeCopy(String(x));
    case 'text[]':
      // A Postgres array literal: every element quoted, its quotes and backslashes escaped.
      return escapeCopy(`{${(x as unknown[]).map((e) => `"${String(e).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  }
}

/**
 * Column-wise rows as COPY text lines, in chunks of about `chunkChars` characters. Lines and chunks are built by
 * join, not +=: concatenation leaves a tree of string pieces per line that lives until the chunk is flattened,
 * and scoring workers spent much of their young-generation collections copying those trees.
 */
export function* copyText<S extends Schema>(table: string, schema: S, columns: Columns<S>, chunkChars = 1 << 20): Generator<string> {
  const { names, cols, length } = checkedColumns(table, schema, columns);
  const types = names.map((n) => schema[n]);
  const values = new Array<string>(cols.length);
  let lines: string[] = [];
  let size = 0;
  for (let row = 0; row < length; row++) {
    for (let c = 0; c < cols.length; c++) values[c] = copyValue(types[c], cols[c][row]);
    const line = values.join('\t');
    lines.push(line);
    size += line.length + 1;
    if (size >= chunkChars) {
      yield lines.join('\n') + '\n';
      lines = [];
      size = 0;
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}
