/** `.json`: an array of article objects (or `{ "articles": [...] }`). */
import { issue, type IngestIssue } from '../issues';
import { describeZodError, recordSchema } from '../validate';
import type { RawDoc, ReadResult } from './doc';

export function readJson(text: string, file: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const { message, line } = jsonErrorAt(err as Error, text);
    return { docs: [], issues: [issue('skip', file, `not valid JSON (${message}); fix the file, or use .jsonl for one article a line`, line)] };
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.articles) ? data.articles : undefined;
  if (!items) {
    return { docs: [], issues: [issue('skip', file, 'expected an array of articles (or {"articles": [...]}) with fields outlet, title, url, date, text')] };
  }
  const docs: RawDoc[] = [];
  const issues: IngestIssue[] = [];
  items.forEach((item: unknown, i: number) => {
    const doc = recordToDoc(item, file, 'json', i + 1, undefined, issues);
    if (doc) docs.push(doc);
  });
  if (items.length === 0) issues.push(issue('skip', file, 'the array is empty; there are no articles to ingest'));
  return { docs, issues };
}

/** Validates one record; a bad record is skipped with a message naming the record (and line). */
export function recordToDoc(item: unknown, file: string, format: RawDoc['format'], record: number, line: number | undefined, issues: IngestIssue[]): RawDoc | undefined {
  const label = line === undefined ? `record ${record}` : 'record';
  if (!isObject(item)) {
    issues.push(issue('skip', file, `${label} is not an object with fields outlet, title, url, date, text; fix or remove it`, line));
    return undefined;
  }
  const parsed = recordSchema.safeParse(item);
  if (!parsed.success) {
    issues.push(issue('skip', file, `${label}: ${describeZodError(parsed.error)}; fix or remove it`, line));
    return undefined;
  }
  const { text, ...explicit } = parsed.data;
  if (!text) {
    issues.push(issue('skip', file, `${label} has no text (expected a "text", "body" or "content" field); add the article text or remove the record`, line));
    return undefined;
  }
  const id = item.id;
  const normalised = text.replace(/\r\n?/g, '\n');
  return {
    file,
    format,
    record,
    ...(line !== undefined && { line }),
    text: normalised,
    lineOffset: 0,
    explicit,
    ...((typeof id === 'string' || typeof id === 'number') && { recordId: id }),
    ...(normalised !== text && { givenText: text }),
  };
}

/** JSON.parse reports a character position; people need a line. */
export function jsonErrorAt(err: Error, text: string): { message: string; line?: number } {
  const m = /at position (\d+)/.exec(err.message);
  const message = err.message.replace(/\s?in JSON at position \d.*$/, '').replace(/\s?\(line \d+ column \d+\)$/, '');
  if (!m) return { message };
  return { message, line: text.slice(0, Number(m[1])).split('\n').length };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
