/**
 * What `parallax fetch` was given, to the article URLs to fetch. Each argument is an http(s) URL (a feed; or an
 * article page, fetched as one; or a plain-text list of URLs) or a file: .csv/.tsv an export with a url column,
 * .xml/.rss/.atom/.rdf/.json a feed, anything else a URL list; a file whose content says otherwise (a feed saved
 * as .txt, a CSV export saved without its extension) is read as what it is.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeText } from '@/lib/ingest/decode';
import { issue, type IngestIssue } from '@/lib/ingest/issues';
import { mediaType } from './http';
import { toUtf8 } from './decode-page';
import type { Fetched, Fetcher } from './fetch-url';
import { looksLikeUrlCsv, readCsvExport } from './read-csv-export';
import { looksLikeFeed, readFeed } from './read-feed';
import { isHttpUrl, readUrlList } from './read-url-list';
import type { FetchTarget } from './types';

/** A list file is read whole: far above any real export, far below memory trouble. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;
const FEED_TYPES = /(?:rss|atom|rdf|feed\+json|xml)$/;

export interface ResolvedInputs {
  targets: FetchTarget[];
  issues: IngestIssue[];
  /** Article pages given directly as URLs, already fetched while finding out what they were. */
  prefetched: Map<string, Fetched>;
  /** Per input: what it was read as and how many URLs it gave. */
  inputs: Array<{ input: string; kind: 'feed' | 'csv' | 'list' | 'page'; urls: number; title?: string }>;
}

type Kind = 'feed' | 'csv' | 'list';

function kindOf(text: string, ext: string): Kind {
  if (looksLikeFeed(text)) return 'feed';
  if (looksLikeUrlCsv(text)) return 'csv';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (['.xml', '.rss', '.atom', '.rdf', '.json'].includes(ext)) return 'feed';
  return 'list';
}

export async function resolveInputs(args: string[], fetcher: Fetcher): Promise<ResolvedInputs> {
  const out: ResolvedInputs = { targets: [], issues: [], prefetched: new Map(), inputs: [] };
  const add = (input: string, kind: ResolvedInputs['inputs'][number]['kind'], read: { targets: FetchTarget[]; issues: IngestIssue[]; title?: string }) => {
    out.targets.push(...read.targets);
    out.issues.push(...read.issues);
    out.inputs.push({ input, kind, urls: read.targets.length, ...(read.title && { title: read.title }) });
  };

  for (const arg of args) {
    if (isHttpUrl(arg)) {
      const got = await fetcher.fetch(arg, 'input');
      if (!got.ok) {
        out.issues.push(issue('skip', arg, `could not be fetched: ${got.detail}`));
        continue;
      }
      const type = mediaType(got.headers['content-type']);
      const decoded = decodeText(toUtf8(got.body, got.headers['content-type']));
      const text = decoded.ok ? decoded.text : '';
      const html = type === 'text/html' || type === 'application/xhtml+xml' || (type === '' && text.trimStart().startsWith('<'));
      if (looksLikeFeed(text) || (!html && FEED_TYPES.test(type))) add(arg, 'feed', readFeed(text, arg, got.finalUrl));
      else if (html) {
        out.prefetched.set(arg, got);
        add(arg, 'page', { targets: [{ url: arg, from: arg, input: arg }], issues: [] });
      } else if (type === 'text/csv' || looksLikeUrlCsv(text)) add(arg, 'csv', readCsvExport(text, arg));
      else add(arg, 'list', readUrlList(text, arg));
      continue;
    }

    const display = arg.split(path.sep).join('/');
    let bytes: Buffer;
    try {
      const st = await fs.stat(arg);
      if (!st.isFile()) {
        out.issues.push(issue('error', display, 'is not a file; give a URL list, a feed, a CSV export or an http(s) URL'));
        continue;
      }
      if (st.size > MAX_INPUT_BYTES) {
        out.issues.push(issue('error', display, `is ${(st.size / 1024 / 1024).toFixed(0)} MB, more than any URL list or export should be; split it`));
        continue;
      }
      bytes = await fs.readFile(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.issues.push(issue('error', display, code === 'ENOENT' ? 'not found; give a file or an http(s) URL' : `could not be read (${code ?? (err as Error).message})`));
      continue;
    }
    const decoded = decodeText(toUtf8(bytes));
    if (!decoded.ok) {
      out.issues.push(issue('error', display, `cannot be read as text: ${decoded.detail}`));
      continue;
    }
    const kind = kindOf(decoded.text, path.extname(arg).toLowerCase());
    add(display, kind, kind === 'feed' ? readFeed(decoded.text, display) : kind === 'csv' ? readCsvExport(decoded.text, display) : readUrlList(decoded.text, display));
  }
  return out;
}
