import 'server-only';
import { openDatabase } from '../connection';
import { createClient, type Db } from '../client';
import { Prisma } from '@/lib/generated/prisma/client';

let client: Promise<Db> | null = null;

/** One client per server process, created on first use. */
export function db(): Promise<Db> {
  client ??= openDatabase().then((h) => createClient(h.url, h.poolMax));
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
