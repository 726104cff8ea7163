import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

/** A Prisma client over node-postgres; the same code path for the server and the embedded database. */
export function createClient(url: string, poolMax = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolMax }) });
}
