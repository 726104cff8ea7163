/**
 * What the dashboard's database role may do besides reading. `parallax serve` refuses a role that can write
 * (docs/SECURITY.md, "The privilege model"): a bug or an injection in a page must not be able to change data, and
 * the dashboard's process must not hold a password that could.
 */
import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from '@/lib/db/migrate';

/** The role's name and every right it has beyond reading, in words ("is a superuser", "can INSERT into "Article""…). */
export async function writeRights(url: string): Promise<{ role: string; rights: string[] }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; db_create: boolean; schemas: string[] | null }>(
      `SELECT current_user AS role, r.rolsuper, r.rolcreaterole, r.rolcreatedb,
              has_database_privilege(current_database(), 'CREATE') AS db_create,
              (SELECT array_agg(n.nspname::text ORDER BY n.nspname) FROM pg_namespace n
                WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' AND has_schema_privilege(n.oid, 'CREATE')) AS schemas
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const r = rows[0];
    const rights: string[] = [];
    if (r.rolsuper) rights.push('is a superuser');
    if (r.rolcreaterole) rights.push('can create roles');
    if (r.rolcreatedb) rights.push('can create databases');
    if (r.db_create) rights.push('can create schemas in this database');
    if (r.schemas?.length) rights.push(`can create tables in schema ${r.schemas.join(', ')}`);
    const tables = await client.query<{ relname: string; owns: boolean; rights: string[] }>(
      `SELECT c.relname::text AS relname, pg_has_role(c.relowner, 'USAGE') AS owns,
              array_remove(ARRAY[
                CASE WHEN has_table_privilege(c.oid, 'INSERT') THEN 'INSERT' END,
                CASE WHEN has_table_privilege(c.oid, 'UPDATE') THEN 'UPDATE' END,
                CASE WHEN has_table_privilege(c.oid, 'DELETE') THEN 'DELETE' END,
                CASE WHEN has_table_privilege(c.oid, 'TRUNCATE') THEN 'TRUNCATE' END], NULL) AS rights
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
        ORDER BY c.relname`,
    );
    const owned = tables.rows.filter((t) => t.owns).map((t) => `"${t.relname}"`);
    if (owned.length) rights.push(`owns ${owned.length} table(s) (${owned.slice(0, 3).join(', ')}${owned.length > 3 ? ', …' : ''})`);
    const writable = tables.rows.filter((t) => !t.owns && t.rights.length);
    for (const t of writable.slice(0, 3)) rights.push(`can ${t.rights.join('/')} "${t.relname}"`);
    if (writable.length > 3) rights.push(`and ${writable.length - 3} more writable table(s)`);
    return { role: r.role, rights };
  } finally {
    await client.end();
  }
}
