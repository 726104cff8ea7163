/** `.jsonl` / `.ndjson`: one article object a line; a bad line is skipped and reported as file:line. */
import { issue, type IngestIssue } from '../issues';
import { jsonErrorAt, recordToDoc } from './json';
import type { RawDoc, ReadResult } from './doc';

export function readJsonl(text: string, file: string): ReadResult {
  const docs: RawDoc[] = [];
  const issues: IngestIssue[] = [];
  let record = 0;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    record++;
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch (err) {
      const { message } = jsonErrorAt(err as Error, raw);
      issues.push(issue('skip', file, `not valid JSON (${message}); each line must be one complete JSON object — fix or remove this line`, line));
      return;
    }
    const doc = recordToDoc(item, file, 'jsonl', record, line, issues);
    if (doc) docs.push(doc);
  });
  if (record === 0) issues.push(issue('skip', file, 'has no records; add one JSON object a line'));
  return { docs, issues };
}
