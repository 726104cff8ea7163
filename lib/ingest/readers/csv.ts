/** `.csv` with a header row: outlet, title, url, date, text (any order, any case; extra columns ignored). */
import { parse } from 'csv-parse/sync';
import { issue, type IngestIssue } from '../issues';
import { recordToDoc } from './json';
import type { RawDoc, ReadResult } from './doc';

const TEXT_COLUMNS = ['text', 'body', 'content'];

export function readCsv(text: string, file: string): ReadResult {
  const docs: RawDoc[] = [];
  const issues: IngestIssue[] = [];
  let header: string[] = [];
  const badLines: number[] = [];
  let rows: { record: Record<string, string>; info: { lines: number }; raw: string }[];
  try {
    rows = parse(text, {
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      bom: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const line = typeof err?.lines === 'number' ? err.lines : undefined;
        // The parser can report one broken row twice while it resynchronises: one message a line.
        if (err && !(line !== undefined && badLines.includes(line))) {
          if (line !== undefined) badLines.push(line);
          issues.push(issue('skip', file, `${err.message.replace(/\s(?:at|on) line \d+/, '')}; fix this row`, line));
        }
        return undefined;
      },
    }) as typeof rows;
  } catch (err) {
    return { docs: [], issues: [issue('skip', file, `is not readable CSV (${(err as Error).message}); check the quoting and the header row`)] };
  }
  if (header.length === 0) return { docs: [], issues: [issue('skip', file, 'is empty: expected a header row (outlet,title,url,date,text) and one row per article')] };
  if (!header.some((h) => TEXT_COLUMNS.includes(h))) {
    return { docs: [], issues: [issue('skip', file, `has no "text" column (found: ${header.join(', ')}); name the article text column "text"`, 1)] };
  }
  rows.forEach(({ record, info, raw }, i) => {
    // info.lines is where the record ends; a quoted field can span lines.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    // Record numbers count the rows that failed to parse too, so they match a spreadsheet's data rows.
    const doc = recordToDoc(record, file, 'csv', i + 1 + badLines.filter((b) => b < line).length, line, issues);
    if (doc) docs.push(doc);
  });
  if (rows.length === 0 && issues.length === 0) issues.push(issue('skip', file, 'has a header row but no articles'));
  return { docs, issues };
}
