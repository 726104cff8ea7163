/**
 * Writes outlet metadata (npx parallax outlets import) in one transaction: every outlet of the file that is in the
 * database gets its lean, country, owner, type, homepage and tags replaced by the file's; outlets of the file that
 * were never ingested are reported, not created. Outlets are matched as ingest identifies them: by the slug of the
 * name (./ingest.ts), so "Fox News" and "FOX NEWS" are one outlet.
 */
import { slugify } from '@/lib/text/slug';
import { refreshEventSummaries } from '../write/summaries';
import { inWriteTransaction, type Database } from '../write/transaction';
import type { OutletRecord } from '@/lib/outlets/import-file';

export interface OutletImportResult {
  updated: number;
  /** Outlets named in the file but not in the database. */
  unknown: Array<{ outlet: string; where: string }>;
  /** Outlets in the database the file says nothing about (left as they were). */
  unlisted: string[];
}

export async function importOutletMetadata(db: Database, records: OutletRecord[]): Promise<OutletImportResult> {
  return inWriteTransaction(db, async ({ exec: tx }) => {
    const stored = await tx.rows<{ id: number; name: string }>(`SELECT id, name FROM "Outlet" ORDER BY name, id`);
    const byKey = new Map<string, { id: number; name: string }>();
    for (const o of stored) if (!byKey.has(slugify(o.name))) byKey.set(slugify(o.name), o);
    const result: OutletImportResult = { updated: 0, unknown: [], unlisted: [] };
    const matched = new Set<number>();
    const rows = { id: [] as number[], lean: [] as Array<string | null>, country: [] as Array<string | null>, owner: [] as Array<string | null>, type: [] as Array<string | null>, homepage: [] as Array<string | null>, tags: [] as string[] };
    for (const r of records) {
      const o = byKey.get(slugify(r.outlet));
      if (!o) {
        result.unknown.push({ outlet: r.outlet, where: r.where });
        continue;
      }
      if (matched.has(o.id)) continue;
      matched.add(o.id);
      rows.id.push(o.id);
      rows.lean.push(r.lean);
      rows.country.push(r.country);
      rows.owner.push(r.owner);
      rows.type.push(r.type);
      rows.homepage.push(r.homepage);
      rows.tags.push(JSON.stringify(r.tags));
    }
    // One statement for the whole file, however many outlets.
    if (rows.id.length) {
      result.updated = await tx.execute(
        `UPDATE "Outlet" o SET lean = v.lean, country = v.country, owner = v.owner, type = v.type,
                homepage = coalesce(v.homepage, o.homepage), tags = v.tags::jsonb
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS v(id, lean, country, owner, type, homepage, tags)
         WHERE o.id = v.id`,
        [rows.id, rows.lean, rows.country, rows.owner, rows.type, rows.homepage, rows.tags],
      );
    }
    // Leans changed: the per-event coverage by lean is recounted in the same transaction.
    if (result.updated) await refreshEventSummaries(tx);
    result.unlisted = stored.filter((o) => !matched.has(o.id)).map((o) => o.name);
    return result;
  });
}
