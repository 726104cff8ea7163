/**
 * CSV exports with a URL column: Media Cloud's story lists (current: id, indexed_date, language, media_name,
 * media_url, publish_date, title, url; legacy: stories_id, publish_date, title, url, language, media_id, media_name,
 * media_url, …) and any CSV with a "url" (or "link") column. Read: url; title; publish_date / date / published;
 * outlet / media_name / source. Other columns are ignored. Comma, semicolon or tab separated, with csv-parse.
 */
import { parse } from 'csv-parse/sync';
import { issue, type IngestIssue } from '@/lib/ingest/issues';
import { isHttpUrl } from './read-url-list';
import type { FetchTarget } from './types';

const URL_COLUMNS = ['url', 'link', 'story_url'];
const TITLE_COLUMNS = ['title', 'headline'];
const DATE_COLUMNS = ['publish_date', 'date', 'published', 'published_at', 'publishedat', 'pubdate'];
const OUTLET_COLUMNS = ['outlet', 'media_name', 'source', 'media'];

/** Whether a file's first line is a CSV header with a URL column. */
export function looksLikeUrlCsv(text: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].toLowerCase();
  return header
    .split(/[,;\t]/)
    .map((h) => h.trim().replace(/^"|"$/g, ''))
    .some((h) => URL_COLUMNS.includes(h));
}

/** "nytimes.com": Media Cloud's newer exports name media by domain, which the page usually names better. */
function isDomain(name: string): boolean {
  return !/\s/.test(name) && /^[\w-]+(?:\.[\w-]+)+$/.test(name);
}

export function readCsvExport(text: string, file: string): { targets: FetchTarget[]; issues: IngestIssue[] } {
  const issues: IngestIssue[] = [];
  let header: string[] = [];
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      bom: true,
      delimiter: [',', ';', '\t'],
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as typeof rows;
  } catch (err) {
    return { targets: [], issues: [issue('skip', file, `is not readable CSV (${(err as Error).message}); check the quoting and the header row`)] };
  }
  const col = (names: string[]) => names.find((n) => header.includes(n));
  const urlCol = col(URL_COLUMNS);
  if (!urlCol) return { targets: [], issues: [issue('skip', file, `has no "url" column (found: ${header.join(', ')}); name the column of article links "url"`, 1)] };
  const titleCol = col(TITLE_COLUMNS);
  const dateCol = col(DATE_COLUMNS);
  const outletCol = col(OUTLET_COLUMNS);
  const targets: FetchTarget[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const url = record[urlCol]?.trim();
    if (!url) {
      issues.push(issue('skip', file, 'this row has no url; skipped', line));
      continue;
    }
    if (!isHttpUrl(url)) {
      issues.push(issue('skip', file, `"${url.slice(0, 80)}" is not an http(s) URL; skipped`, line));
      continue;
    }
    const outlet = outletCol ? record[outletCol]?.trim() : undefined;
    const title = titleCol ? record[titleCol]?.trim() : undefined;
    const date = dateCol ? record[dateCol]?.trim() : undefined;
    targets.push({
      url,
      from: `${file}:${line}`,
      input: file,
      ...(title && { title }),
      ...(date && { date }),
      ...(outlet && (isDomain(outlet) ? { outletHint: outlet } : { outlet })),
    });
  }
  if (rows.length === 0) issues.push(issue('skip', file, 'has a header row but no rows'));
  return { targets, issues };
}
