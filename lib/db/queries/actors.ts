import 'server-only';
import { db, scopeWhere, type Scope } from './db';

export interface ActorOutletRow {
  actorId: number;
  name: string;
  kind: string;
  outletId: number;
  mentions: number;
  sentiment: number;
  positive: number;
  negative: number;
  quoted: number;
}

export interface ActorName {
  actorId: number;
  outletId: number;
  /** A surface form ("Beijing", "Xi") or an attached label ("Chinese President"). */
  text: string;
  kind: string;
  n: number;
}

export interface ActorTable {
  rows: ActorOutletRow[];
  names: ActorName[];
}

/**
 * The most mentioned actors of a scope, per outlet: mentions, mean sentiment toward them, and what each outlet
 * calls them (surface forms and labels), in three grouped queries.
 */
export async function getActorTable(scope: Scope, limit = 12): Promise<ActorTable> {
  const prisma = await db();
  const top = await prisma.$queryRaw<Array<{ actorId: number }>>`
    SELECT m."actorId" FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
    WHERE ${scopeWhere(scope)} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${limit}`;
  const ids = top.map((t) => t.actorId);
  if (!ids.length) return { rows: [], names: [] };
  const [rows, forms, labels] = await Promise.all([
    prisma.$queryRaw<ActorOutletRow[]>`
      SELECT m."actorId", ac.name, ac.kind, a."outletId", count(*)::int AS mentions, avg(m.sentiment)::float8 AS sentiment,
             count(*) FILTER (WHERE m.polarity = 'positive')::int AS positive,
             count(*) FILTER (WHERE m.polarity = 'negative')::int AS negative,
             count(*) FILTER (WHERE m.quoted)::int AS quoted
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" JOIN "Actor" ac ON ac.id = m."actorId"
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${ids}::int[])
      GROUP BY m."actorId", ac.name, ac.kind, a."outletId"`,
    prisma.$queryRaw<ActorName[]>`
      SELECT m."actorId", a."outletId", m.text, m.form AS kind, count(*)::int AS n
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${ids}::int[])
      GROUP BY 1, 2, 3, 4`,
    prisma.$queryRaw<ActorName[]>`
      SELECT m."actorId", a."outletId", l->>'text' AS text, coalesce(l->>'kind', 'label') AS kind, count(*)::int AS n
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.labels::jsonb) = 'array' THEN m.labels::jsonb ELSE '[]'::jsonb END) l
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${ids}::int[])
      GROUP BY 1, 2, 3, 4`,
  ]);
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((x, y) => order.get(x.actorId)! - order.get(y.actorId)! || x.outletId - y.outletId);
  return { rows, names: [...labels, ...forms].sort((x, y) => y.n - x.n) };
}
