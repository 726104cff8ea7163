import 'server-only';
import { db } from './db';

export interface PeriodTotals {
  outletId: number;
  /** First day of the week or month, YYYY-MM-DD. */
  period: string;
  count: number;
  words: number;
}

/**
 * One metric's counts and words per outlet and week or month: the outlet profile pools them into the outlet's,
 * its group's and the corpus's rate per period. The same grouped pass as the time chart (getMetricByMonth).
 */
export async function getMetricByPeriod(metric: string, unit: 'week' | 'month'): Promise<PeriodTotals[]> {
  const prisma = await db();
  return prisma.$queryRaw<PeriodTotals[]>`
    SELECT a."outletId", to_char(date_trunc(${unit}, a."publishedAt"), 'YYYY-MM-DD') AS period,
           sum(s.count)::float8 AS count, sum(a.words)::float8 AS words
    FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s.metric = ${metric} AND a."publishedAt" IS NOT NULL
    GROUP BY 1, 2 ORDER BY 2, 1`;
}
