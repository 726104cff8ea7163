/** The end-of-fetch report: what happened to every URL, grouped, with the reasons for what went wrong. */
import { printable } from '@/lib/text/printable';
import type { FetchRun, PageOutcome } from './fetch-corpus';

/** Requests per second to one host, between its first and last request (0 with a single request). */
export function hostRate(r: { count: number; first: number; last: number }): number {
  return r.count > 1 && r.last > r.first ? (r.count - 1) / ((r.last - r.first) / 1000) : 0;
}

function grouped(pages: PageOutcome[]): string {
  const counts = new Map<string, number>();
  for (const p of pages) counts.set(p.detail ?? p.outcome, (counts.get(p.detail ?? p.outcome) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([d, n]) => `${n} × ${printable(d)}`)
    .join('; ');
}

export function fetchSummary(run: FetchRun, options: { listFailures?: number } = {}): string {
  const of = (o: PageOutcome['outcome']) => run.pages.filter((p) => p.outcome === o);
  const cached = of('cached');
  const revalidated = cached.filter((p) => p.cache === 'revalidated').length;
  const failed = of('failed');
  const robots = of('robots');
  const duplicates = of('duplicate');
  const old = of('too-old');
  const lines = [
    `fetch: ${run.pages.length} URLs from ${run.inputs.length} input(s) in ${run.seconds.toFixed(1)} s: ` +
      `${of('fetched').length} fetched, ${cached.length} from the cache (${revalidated} unchanged since the last run, ${cached.length - revalidated} still fresh), ` +
      `${robots.length} skipped by robots.txt, ${failed.length} failed, ${duplicates.length} duplicates${old.length ? `, ${old.length} before --since` : ''}`,
  ];
  if (failed.length) lines.push(`  failed: ${grouped(failed)}`);
  const limit = options.listFailures ?? 20;
  for (const p of failed.slice(0, limit)) lines.push(`    ${printable(p.target.url)} (${printable(p.target.from)}): ${printable(p.detail ?? '')}`);
  if (failed.length > limit) lines.push(`    … and ${failed.length - limit} more`);
  if (robots.length) lines.push(`  skipped by robots.txt: ${grouped(robots)}`);
  if (duplicates.length) lines.push(`  duplicates: ${duplicates.length} (${duplicates.filter((p) => p.detail?.startsWith('same URL')).length} same URL, ${duplicates.filter((p) => p.detail?.startsWith('same canonical')).length} same canonical URL, ${duplicates.filter((p) => p.detail?.startsWith('same text')).length} same text)`);
  const retries = run.pages.flatMap((p) => p.retries);
  if (retries.length) {
    const waited = retries.filter((r) => r.by === 'Retry-After');
    lines.push(`  retries: ${retries.length} (${waited.length} after waiting as Retry-After asked, ${retries.length - waited.length} after back-off)`);
  }
  if (run.cacheErrors.length) lines.push(`  cache: ${run.cacheErrors.length} response(s) could not be stored, so a next run fetches them again; first: ${run.cacheErrors[0]}`);
  const total = run.requests.reduce((n, r) => n + r.count, 0);
  const fastest = Math.max(0, ...run.requests.map(hostRate));
  lines.push(`  requests: ${total} to ${run.requests.length} host(s); at most ${fastest.toFixed(2)} requests per second to one host`);
  return lines.join('\n');
}
