/**
 * A text file of URLs: one a line; blank lines and lines starting with # are skipped, and so is a " # comment"
 * after a URL (a # inside the URL, a fragment, is part of it).
 */
import { issue, type IngestIssue } from '@/lib/ingest/issues';
import type { FetchTarget } from './types';

export function readUrlList(text: string, file: string): { targets: FetchTarget[]; issues: IngestIssue[] } {
  const targets: FetchTarget[] = [];
  const issues: IngestIssue[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const commentAt = raw.search(/(?:^|\s)#/);
    const line = (commentAt < 0 ? raw : raw.slice(0, commentAt)).trim();
    if (!line) return;
    if (!isHttpUrl(line)) {
      issues.push(issue('skip', file, `"${line.slice(0, 80)}" is not an http(s) URL; give one full URL a line, such as https://example.com/story`, i + 1));
      return;
    }
    targets.push({ url: line, from: `${file}:${i + 1}`, input: file });
  });
  if (targets.length === 0 && issues.length === 0) issues.push(issue('skip', file, 'has no URLs: give one http(s) URL a line'));
  return { targets, issues };
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
