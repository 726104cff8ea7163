import { printable } from '@/lib/text/printable';
import { slugify } from '@/lib/text/slug';
import type { CorpusResult, IngestIssue } from './corpus';

export interface StoredCounts {
  inserted: number;
  duplicates: number;
  versions: number;
  sentences: number;
}

/** The end-of-ingest table: per outlet, what was read, stored, skipped and cut. */
export function summaryTable(corpus: CorpusResult, stored: StoredCounts | null): string {
  // One row per outlet as it is stored: names with the same slug are one outlet (lib/db/operations/ingest.ts), shown as first spelled.
  const rows = new Map<string, { name: string; articles: number; removed: number }>();
  for (const a of corpus.articles) {
    const key = slugify(a.outlet);
    const r = rows.get(key) ?? { name: a.outlet, articles: 0, removed: 0 };
    r.articles++;
    r.removed += a.removedLines?.length ?? 0;
    rows.set(key, r);
  }
  const lines: string[][] = [['outlet', 'articles', 'lines removed']];
  for (const r of [...rows.values()].sort((a, b) => a.name.localeCompare(b.name))) lines.push([printable(r.name), String(r.articles), String(r.removed)]);
  const total = [...rows.values()].reduce((t, r) => ({ articles: t.articles + r.articles, removed: t.removed + r.removed }), { articles: 0, removed: 0 });
  lines.push(['total', String(total.articles), String(total.removed)]);
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  const table = lines.map((l, i) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ') + (i === 0 ? '' : ''));
  table.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));

  const skips = corpus.issues.filter((i) => i.severity === 'skip');
  const out = [table.join('\n')];
  if (stored) {
    out.push(
      `stored: ${stored.inserted} new articles, ${stored.sentences} sentences; ${stored.duplicates} already stored (skipped); ${stored.versions} new versions of a known URL`,
    );
  }
  out.push(`skipped while reading: ${skips.length}${skips.length ? ` (${reasons(skips)})` : ''}`);
  return out.join('\n');
}

/** "3 × empty file, 1 × binary file": skip messages grouped by what follows the file name. */
function reasons(skips: IngestIssue[]): string {
  const counts = new Map<string, number>();
  for (const s of skips) {
    const reason = s.message.slice(s.message.indexOf(': ') + 2).replace(/^skipped: /, '').split(/[;(]/)[0].trim();
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([r, n]) => `${n} × ${printable(r)}`).join(', ');
}
