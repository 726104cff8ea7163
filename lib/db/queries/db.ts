import 'server-only';
import { openReadDatabase } from '../connection';
import { createClient } from '../client';
import { Prisma } from '@/lib/generated/prisma/client';
import { isUnreachable, unreachableError } from './unreachable';

/**
 * The dashboard's client: the read database (PARALLAX_READ_DATABASE_URL, a SELECT-only role, when set), and every
 * failure to reach it rethrown as one recognisable error, so the error page can say what is wrong.
 */
function readClient(url: string, poolMax: number) {
  // No JIT: it compiles a page's few larger queries on every request (30 ms measured on the evidence page at 100k
  // articles), longer than they then run.
  return createClient(url, poolMax, '-c jit=off').$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (err) {
          if (isUnreachable(err)) throw unreachableError();
          throw err;
        }
      },
    },
  });
}

export type ReadDb = ReturnType<typeof readClient>;

let client: Promise<ReadDb> | null = null;

/** One client per server process, created on first use; a failed start is retried on the next request. */
export function db(): Promise<ReadDb> {
  client ??= openReadDatabase()
    .then((h) => readClient(h.url, h.poolMax))
    .catch((err) => {
      client = null;
      throw isUnreachable(err) ? unreachableError() : err;
    });
  return client;
}

export const sql = Prisma.sql;
export const join = Prisma.join;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;

/** Which articles a query covers: every article, one event's, or one story's. */
export type Scope = { kind: 'all' } | { kind: 'event'; id: number } | { kind: 'story'; id: number } | { kind: 'outlet'; id: number };

/** A WHERE fragment over an Article alias `a` for a scope. */
export function scopeWhere(scope: Scope): Sql {
  switch (scope.kind) {
    case 'all':
      return sql`TRUE`;
    case 'event':
      return sql`a."eventId" = ${scope.id}`;
    case 'story':
      return sql`a."eventId" IN (SELECT id FROM "Event" WHERE "storyId" = ${scope.id})`;
    case 'outlet':
      return sql`a."outletId" = ${scope.id}`;
  }
}
