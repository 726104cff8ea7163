/**
 * The benchmarks' shared corpus: one database per --size holding that many synthetic articles (ingested as a user's
 * would be, events regrouped), made once per `npm run bench` and shared by `score` (which times the scoring run on
 * it) and `pages` (which serves it), then dropped when the runner ends. At 100k articles the ingest alone takes
 * minutes: doing it once keeps the whole benchmark inside its time budget.
 */
import { ingestArticles } from '@/lib/db/operations/ingest';
import { scoreArticles } from '@/lib/db/operations/score';
import { benchDatabase, type BenchDatabase } from './_db';
import { syntheticCorpus, syntheticSpans } from './_synthetic';

export interface CorpusDatabase extends BenchDatabase {
  articles: number;
  events: number;
  ingestSeconds: number;
  /** Set once a complete scoring run covers every article. */
  scored: boolean;
}

const made = new Map<number, Promise<CorpusDatabase>>();

/** The shared database of `size` synthetic articles, ingested (not scored) on first use. */
export function corpusDatabase(size: number): Promise<CorpusDatabase> {
  let db = made.get(size);
  if (!db) {
    db = (async () => {
      const base = await benchDatabase(`corpus${size}`);
      // The generator's own sentence spans: splitting 100k bodies would add minutes that measure nothing here.
      const corpus = syntheticCorpus({ size });
      const t = performance.now();
      const result = await ingestArticles(base, corpus, { sentences: syntheticSpans });
      const ingestSeconds = (performance.now() - t) / 1000;
      console.error(`corpus: ingested ${result.inserted} articles (${result.grouping?.events ?? 0} events) in ${ingestSeconds.toFixed(1)} s`);
      return { ...base, articles: result.inserted, events: result.grouping?.events ?? 0, ingestSeconds, scored: false };
    })();
    made.set(size, db);
  }
  return db;
}

/** The shared database, scored (untimed) if no benchmark has scored it yet. */
export async function scoredCorpusDatabase(size: number): Promise<CorpusDatabase> {
  const db = await corpusDatabase(size);
  if (!db.scored) {
    const t = performance.now();
    await scoreArticles(db);
    db.scored = true;
    console.error(`corpus: scored ${db.articles} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return db;
}

export async function dropCorpusDatabases(): Promise<void> {
  for (const db of made.values()) await (await db.catch(() => null))?.drop();
  made.clear();
}
