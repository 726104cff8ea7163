import 'server-only';
import { pooledMeansOfSums } from '@/lib/analysis/stats';
import { db, scopeWhere, sql, type Scope } from './db';

export interface ActorOutletRow {
  actorId: number;
  name: string;
  kind: string;
  outletId: number;
  mentions: number;
  /** Mean sentiment of the mentions (what the sentences say; clicks through to them). */
  sentiment: number;
  /**
   * 95% interval of the mean by the one method (lib/analysis/stats.ts, pooledMeansOfSums): pooled over the outlets
   * of the scope that mention the actor, so a single mention gets a wide interval pulled toward the actor's pooled
   * mean. Null when the summary rows lack the sums of squares.
   */
  low: number | null;
  high: number | null;
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
 * calls them (surface forms and labels), in three grouped queries. A whole outlet or the whole corpus reads the
 * scoring runs' summaries (lib/db/write/summaries.ts): those scopes hold millions of mentions. An event or a story holds
 * few articles, so their mentions are read by article.
 */
export async function getActorTable(scope: Scope, limit = 12): Promise<ActorTable> {
  if (scope.kind === 'all' || scope.kind === 'outlet') return summaryActorTable(scope.kind === 'outlet' ? scope.id : null, limit);
  const prisma = await db();
  const top = await prisma.$queryRaw<Array<{ actorId: number }>>`
    SELECT m."actorId" FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
    WHERE ${scopeWhere(scope)} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${limit}`;
  const ids = top.map((t) => t.actorId);
  if (!ids.length) return { rows: [], names: [] };
  const [rows, forms, labels] = await Promise.all([
    prisma.$queryRaw<SummedRow[]>`
      SELECT m."actorId", ac.name, ac.kind, a."outletId", count(*)::int AS mentions, avg(m.sentiment)::float8 AS sentiment,
             sum(m.sentiment * m.sentiment)::float8 AS squares,
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
      GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2, 3, 4`,
    prisma.$queryRaw<ActorName[]>`
      SELECT m."actorId", a."outletId", l->>'text' AS text, coalesce(l->>'kind', 'label') AS kind, count(*)::int AS n
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.labels::jsonb) = 'array' THEN m.labels::jsonb ELSE '[]'::jsonb END) l
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${ids}::int[]) AND l->>'text' IS NOT NULL
      GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2, 3, 4`,
  ]);
  return ordered(ids, withIntervals(rows), labels, forms);
}

/** The actor table of one outlet (or of every outlet, null) from the runs' summaries: the same figures, summed over runs. */
async function summaryActorTable(outletId: number | null, limit: number): Promise<ActorTable> {
  const prisma = await db();
  const where = outletId === null ? sql`TRUE` : sql`s."outletId" = ${outletId}`;
  const top = await prisma.$queryRaw<Array<{ actorId: number }>>`
    SELECT s."actorId" FROM "ActorOutletSummary" s WHERE ${where} GROUP BY 1 ORDER BY sum(s.mentions) DESC, 1 LIMIT ${limit}`;
  const ids = top.map((t) => t.actorId);
  if (!ids.length) return { rows: [], names: [] };
  const [rows, names] = await Promise.all([
    // Every outlet's rows of these actors, also for one outlet's table: the interval pools over all of them.
    prisma.$queryRaw<SummedRow[]>`
      SELECT s."actorId", ac.name, ac.kind, s."outletId", sum(s.mentions)::int AS mentions,
             (sum(s.sentiment) / sum(s.mentions))::float8 AS sentiment, -- A run's row without its squares makes the outlet's sum unknown, not smaller.
             CASE WHEN count(*) = count(s."sentimentSquares") THEN sum(s."sentimentSquares") END::float8 AS squares,
             sum(s.positive)::int AS positive, sum(s.negative)::int AS negative, sum(s.quoted)::int AS quoted
      FROM "ActorOutletSummary" s JOIN "Actor" ac ON ac.id = s."actorId"
      WHERE s."actorId" = ANY(${ids}::int[])
      GROUP BY s."actorId", ac.name, ac.kind, s."outletId"`,
    prisma.$queryRaw<Array<ActorName & { source: string }>>`
      SELECT s."actorId", s."outletId", s.text, s.kind, s.source, sum(s.n)::int AS n
      FROM "ActorNameSummary" s
      WHERE ${where} AND s."actorId" = ANY(${ids}::int[])
      GROUP BY 1, 2, 3, 4, 5 ORDER BY n DESC, 1, 2, 3, 4`,
  ]);
  const strip = ({ source: _, ...name }: ActorName & { source: string }): ActorName => name;
  return ordered(
    ids,
    withIntervals(rows).filter((r) => outletId === null || r.outletId === outletId),
    names.filter((n) => n.source === 'label').map(strip),
    names.filter((n) => n.source === 'form').map(strip),
  );
}

/** A row as read: the sum of squared sentiment beside the mean (null where a summary row lacks it). */
type SummedRow = Omit<ActorOutletRow, 'low' | 'high'> & { squares: number | null };

/**
 * Each row's interval, as lib/actors/aggregate.ts computes it at analysis time: per actor, pooled over the outlets that
 * mention it, with how much single mentions vary read from every row of the table.
 */
export function withIntervals(rows: SummedRow[]): ActorOutletRow[] {
  const known = rows.filter((r) => r.squares !== null);
  const sums = (r: SummedRow) => ({ n: r.mentions, sum: r.sentiment * r.mentions, squares: r.squares ?? 0 });
  const spread = known.map(sums);
  const interval = new Map<SummedRow, { low: number; high: number }>();
  for (const actorId of new Set(known.map((r) => r.actorId))) {
    const mine = known.filter((r) => r.actorId === actorId);
    pooledMeansOfSums(mine.map(sums), spread).forEach((p, i) => interval.set(mine[i], p));
  }
  return rows.map((row) => {
    const { squares: _, ...r } = row;
    const i = interval.get(row);
    return { ...r, low: i && Number.isFinite(i.low) ? i.low : null, high: i && Number.isFinite(i.high) ? i.high : null };
  });
}

/** Rows in the top actors' order, then by outlet; names most frequent first, labels before forms on a tie. */
function ordered(ids: number[], rows: ActorOutletRow[], labels: ActorName[], forms: ActorName[]): ActorTable {
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((x, y) => order.get(x.actorId)! - order.get(y.actorId)! || x.outletId - y.outletId);
  return { rows, names: [...labels, ...forms].sort((x, y) => y.n - x.n) };
}
