import 'server-only';
import { pooledMeansOfSums } from '@/lib/analysis/stats';
import { ancestors, rollupTargets, type ActorNode } from '@/lib/actors/hierarchy';
import { db, scopeWhere, sql, type ReadDb, type Scope, type Sql } from './db';

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

/** An actor the table links to: its whole (what it is part of) or one of its parts, with its mentions in the scope. */
export interface ActorLink {
  actorId: number;
  name: string;
  mentions: number;
}

/** What a row's actor is part of and which of its parts the scope mentions. */
export interface ActorRelations {
  actorId: number;
  /** What the actor is part of, nearest first (Senate: United States Congress, United States); mentions in the scope. */
  partOf: ActorLink[];
  /**
   * Rolled up: every part folded into this row, with its own mentions (White House 40, Senate 30…). Otherwise: the
   * parts one level down that the scope mentions (United States: White House, United States Congress…). Most first.
   */
  parts: ActorLink[];
}

export interface ActorTable {
  rows: ActorOutletRow[];
  names: ActorName[];
  relations: ActorRelations[];
  /** Whether parts are folded into their whole (`?actors=rollup`). */
  rolledUp: boolean;
}

export interface ActorTableOptions {
  /** Fold each institution into the top of its chain of parents (lib/actors/hierarchy.ts): White House → United States. */
  rollup?: boolean;
}

/**
 * The most mentioned actors of a scope, per outlet: mentions, mean sentiment toward them, and what each outlet
 * calls them (surface forms and labels), in three grouped queries. A whole outlet or the whole corpus reads the
 * scoring runs' summaries (lib/db/write/summaries.ts): those scopes hold millions of mentions. An event or a story holds
 * few articles, so their mentions are read by article.
 */
export async function getActorTable(scope: Scope, limit = 12, options: ActorTableOptions = {}): Promise<ActorTable> {
  const prisma = await db();
  const tree = await actorTree(prisma);
  const fold = folding(tree, !!options.rollup);
  const table = scope.kind === 'all' || scope.kind === 'outlet' ? await summaryActorTable(prisma, scope.kind === 'outlet' ? scope.id : null, limit, fold) : await mentionActorTable(prisma, scope, limit, fold);
  return { ...table, relations: await relationsOf(prisma, scope, tree, fold, [...new Set(table.rows.map((r) => r.actorId))]), rolledUp: fold.on };
}

/** An event's or a story's table, read from its articles' mentions. */
async function mentionActorTable(prisma: ReadDb, scope: Scope, limit: number, fold: Folding): Promise<Omit<ActorTable, 'relations' | 'rolledUp'>> {
  const actor = sql`coalesce(r.whole, m."actorId")`;
  const top = await prisma.$queryRaw<Array<{ actorId: number }>>`
    SELECT ${actor} AS "actorId" FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" ${fold.join(sql`m."actorId"`)}
    WHERE ${scopeWhere(scope)} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${limit}`;
  const ids = top.map((t) => t.actorId);
  if (!ids.length) return { rows: [], names: [] };
  const members = fold.members(ids);
  const [rows, forms, labels] = await Promise.all([
    prisma.$queryRaw<SummedRow[]>`
      SELECT ${actor} AS "actorId", ac.name, ac.kind, a."outletId", count(*)::int AS mentions, avg(m.sentiment)::float8 AS sentiment,
             sum(m.sentiment * m.sentiment)::float8 AS squares,
             count(*) FILTER (WHERE m.polarity = 'positive')::int AS positive,
             count(*) FILTER (WHERE m.polarity = 'negative')::int AS negative,
             count(*) FILTER (WHERE m.quoted)::int AS quoted
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" ${fold.join(sql`m."actorId"`)} JOIN "Actor" ac ON ac.id = ${actor}
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${members}::int[])
      GROUP BY 1, ac.name, ac.kind, a."outletId"`,
    prisma.$queryRaw<ActorName[]>`
      SELECT ${actor} AS "actorId", a."outletId", m.text, m.form AS kind, count(*)::int AS n
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" ${fold.join(sql`m."actorId"`)}
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${members}::int[])
      GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2, 3, 4`,
    prisma.$queryRaw<ActorName[]>`
      SELECT ${actor} AS "actorId", a."outletId", l->>'text' AS text, coalesce(l->>'kind', 'label') AS kind, count(*)::int AS n
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" ${fold.join(sql`m."actorId"`)}
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.labels::jsonb) = 'array' THEN m.labels::jsonb ELSE '[]'::jsonb END) l
      WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${members}::int[]) AND l->>'text' IS NOT NULL
      GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2, 3, 4`,
  ]);
  return ordered(ids, withIntervals(rows), labels, forms);
}

/** The actor table of one outlet (or of every outlet, null) from the runs' summaries: the same figures, summed over runs. */
async function summaryActorTable(prisma: ReadDb, outletId: number | null, limit: number, fold: Folding): Promise<Omit<ActorTable, 'relations' | 'rolledUp'>> {
  const where = outletId === null ? sql`TRUE` : sql`s."outletId" = ${outletId}`;
  const actor = sql`coalesce(r.whole, s."actorId")`;
  const top = await prisma.$queryRaw<Array<{ actorId: number }>>`
    SELECT ${actor} AS "actorId" FROM "ActorOutletSummary" s ${fold.join(sql`s."actorId"`)} WHERE ${where} GROUP BY 1 ORDER BY sum(s.mentions) DESC, 1 LIMIT ${limit}`;
  const ids = top.map((t) => t.actorId);
  if (!ids.length) return { rows: [], names: [] };
  const members = fold.members(ids);
  const [rows, names] = await Promise.all([
    // Every outlet's rows of these actors, also for one outlet's table: the interval pools over all of them.
    prisma.$queryRaw<SummedRow[]>`
      SELECT ${actor} AS "actorId", ac.name, ac.kind, s."outletId", sum(s.mentions)::int AS mentions,
             (sum(s.sentiment) / sum(s.mentions))::float8 AS sentiment, -- A run's row without its squares makes the outlet's sum unknown, not smaller.
             CASE WHEN count(*) = count(s."sentimentSquares") THEN sum(s."sentimentSquares") END::float8 AS squares,
             sum(s.positive)::int AS positive, sum(s.negative)::int AS negative, sum(s.quoted)::int AS quoted
      FROM "ActorOutletSummary" s ${fold.join(sql`s."actorId"`)} JOIN "Actor" ac ON ac.id = ${actor}
      WHERE s."actorId" = ANY(${members}::int[])
      GROUP BY 1, ac.name, ac.kind, s."outletId"`,
    prisma.$queryRaw<Array<ActorName & { source: string }>>`
      SELECT ${actor} AS "actorId", s."outletId", s.text, s.kind, s.source, sum(s.n)::int AS n
      FROM "ActorNameSummary" s ${fold.join(sql`s."actorId"`)}
      WHERE ${where} AND s."actorId" = ANY(${members}::int[])
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
function ordered(ids: number[], rows: ActorOutletRow[], labels: ActorName[], forms: ActorName[]): Omit<ActorTable, 'relations' | 'rolledUp'> {
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((x, y) => order.get(x.actorId)! - order.get(y.actorId)! || x.outletId - y.outletId);
  return { rows, names: [...labels, ...forms].sort((x, y) => y.n - x.n) };
}

/** The actors that have a parent or are one: the gazetteer's institutions and their countries (a few hundred rows). */
async function actorTree(prisma: ReadDb): Promise<ActorNode[]> {
  return prisma.$queryRaw<ActorNode[]>`
    SELECT id, key, name, kind, "parentKey" FROM "Actor"
    WHERE "parentKey" IS NOT NULL OR key IN (SELECT "parentKey" FROM "Actor" WHERE "parentKey" IS NOT NULL)`;
}

interface Folding {
  on: boolean;
  /** part → whole, for the actors that move (empty when not rolled up). */
  targets: Map<number, number>;
  /** A LEFT JOIN giving r.whole for a part (null otherwise), on the given actor id column. */
  join(column: Sql): Sql;
  /** The actor ids whose rows make up the given rows: themselves and every part folded into them. */
  members(ids: number[]): number[];
}

function folding(tree: ActorNode[], on: boolean): Folding {
  const targets = on ? rollupTargets(tree) : new Map<number, number>();
  const parts = [...targets.keys()];
  const wholes = parts.map((p) => targets.get(p)!);
  return {
    on,
    targets,
    join: (column) => sql`LEFT JOIN unnest(${parts}::int[], ${wholes}::int[]) AS r(part, whole) ON r.part = ${column}`,
    members: (ids) => {
      const wanted = new Set(ids);
      return [...ids, ...parts.filter((p) => wanted.has(targets.get(p)!))];
    },
  };
}

/** Each row actor's whole and parts (see ActorRelations), with their mentions in the scope. */
async function relationsOf(prisma: ReadDb, scope: Scope, tree: ActorNode[], fold: Folding, ids: number[]): Promise<ActorRelations[]> {
  if (!ids.length) return [];
  const partOf = new Map(ids.map((id) => [id, ancestors(tree, id)]));
  const parts = new Map<number, ActorNode[]>(
    ids.map((id) => {
      const node = tree.find((n) => n.id === id);
      if (fold.on) return [id, tree.filter((n) => fold.targets.get(n.id) === id)];
      return [id, node ? tree.filter((n) => n.parentKey === node.key) : []];
    }),
  );
  const linked = [...new Set([...partOf.values(), ...parts.values()].flat().map((n) => n.id))];
  const counts = new Map<number, number>();
  if (linked.length) {
    const rows =
      scope.kind === 'all' || scope.kind === 'outlet'
        ? await prisma.$queryRaw<Array<{ actorId: number; n: number }>>`
            SELECT s."actorId", sum(s.mentions)::int AS n FROM "ActorOutletSummary" s
            WHERE ${scope.kind === 'outlet' ? sql`s."outletId" = ${scope.id}` : sql`TRUE`} AND s."actorId" = ANY(${linked}::int[]) GROUP BY 1`
        : await prisma.$queryRaw<Array<{ actorId: number; n: number }>>`
            SELECT m."actorId", count(*)::int AS n FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
            WHERE ${scopeWhere(scope)} AND m."actorId" = ANY(${linked}::int[]) GROUP BY 1`;
    for (const r of rows) counts.set(r.actorId, r.n);
  }
  const link = (n: ActorNode): ActorLink => ({ actorId: n.id, name: n.name, mentions: counts.get(n.id) ?? 0 });
  return ids.map((id) => ({
    actorId: id,
    partOf: (partOf.get(id) ?? []).map(link),
    // Only parts the scope mentions: the United States has a hundred agencies, a story a handful.
    parts: (parts.get(id) ?? [])
      .map(link)
      .filter((p) => p.mentions > 0)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
  }));
}
