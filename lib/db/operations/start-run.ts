/**
 * Start a scoring run: decide what it scores (every article when the analysis or the user aliases changed, or when
 * asked; otherwise the articles no run has scored), then add its ScoringRun row, status 'running' (readers show
 * complete runs only), and its own empty tables (lib/db/write/partitions.ts). Inside the caller's write transaction.
 */
import { createHash } from 'node:crypto';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import type { ExtraAlias } from '@/lib/actors/types';
import { createRunTables } from '../write/partitions';
import type { WriteTransaction } from '../write/transaction';
import { storeAliases, userAliases } from './seed-actors';

export interface RunPlan {
  /** Every article is scored anew (the run replaces every older one when it finishes). */
  full: boolean;
  /** The articles to score, ascending. */
  ids: number[];
  /** The user aliases the analysis uses. */
  aliases: ExtraAlias[];
  /** What the run's figures depend on (stored on the run; `hash` tells whether a later run may add to it). */
  config: { version: string; aliases: string[]; hash: string };
}

export interface PlanOptions {
  /** Extra actor aliases (config file); stored, then used with those stored from manifests. */
  aliases?: ExtraAlias[];
  /** Rescore every article even when the analysis has not changed. */
  full?: boolean;
}

/** What a run started now would score; `ids` is empty when there is nothing to do. */
export async function planRun(tx: WriteTransaction, options: PlanOptions = {}): Promise<RunPlan> {
  if (options.aliases?.length) await storeAliases(tx.exec, options.aliases, 'config');
  const aliases = await userAliases(tx.exec);
  const base = { version: ANALYSIS_VERSION, aliases: aliases.map((a) => `${a.actor}=${a.alias}`).sort() };
  const hash = createHash('sha256').update(JSON.stringify(base)).digest('hex').slice(0, 16);
  const [{ current }] = await tx.exec.rows<{ current: number }>(`SELECT count(*)::int AS current FROM "ScoringRun" WHERE status = 'complete' AND config->>'hash' = $1`, [hash]);
  const full = current === 0 || !!options.full;
  const ids = (
    full
      ? await tx.exec.rows<{ id: number }>(`SELECT id FROM "Article" ORDER BY id`)
      : await tx.exec.rows<{ id: number }>(`SELECT id FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleScore" s WHERE s."articleId" = a.id) ORDER BY id`)
  ).map((a) => a.id);
  return { full, ids, aliases, config: { ...base, hash } };
}

/** Adds the run's row and empty tables; returns its id. `extra` goes into the row's config (a distributed run's plan). */
export async function startRun(tx: WriteTransaction, plan: RunPlan, extra: Record<string, unknown> = {}): Promise<number> {
  const [run] = await tx.exec.rows<{ id: number }>(`INSERT INTO "ScoringRun" (version, config, status) VALUES ($1, $2, 'running') RETURNING id`, [
    ANALYSIS_VERSION,
    JSON.stringify({ ...plan.config, ...extra }),
  ]);
  await createRunTables(tx.client, run.id);
  return run.id;
}
