import { defineConfig } from 'prisma/config';

// DATABASE_URL is optional: generate needs none, and Parallax's own migrate script (scripts/parallax.ts migrate)
// applies prisma/migrations to either the server or the embedded database.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
