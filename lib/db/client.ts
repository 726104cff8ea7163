import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

/**
 * A Prisma client over node-postgres; the same code path for the server and the embedded database. `options` are
 * server settings for every connection (libpq's options, e.g. "-c jit=off"); the embedded server ignores them.
 */
export function createClient(url: string, poolMax = 10, options?: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolMax, ...(options ? { options } : {}) }) });
}
