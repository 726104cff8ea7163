/**
 * RSS (0.9x, 1.0/RDF, 2.0), Atom (0.3, 1.0) and JSON Feed (1.0, 1.1) parsed with feedsmith (lenient with real-world
 * feeds, all four formats in one parser); each item's link, title and date become a target. Relative links are
 * resolved against the feed's own URL.
 */
import { parseFeed } from 'feedsmith';
import { issue, type IngestIssue } from '@/lib/ingest/issues';
import type { FetchTarget } from './types';

/** Whether text looks like a feed rather than a URL list or a CSV file (a cheap look at its first characters). */
export function looksLikeFeed(text: string): boolean {
  const start = text.trimStart().slice(0, 2048).toLowerCase();
  return start.startsWith('<') ? /<(?:rss|feed|rdf:rdf)[\s>]/.test(start) : start.startsWith('{') && start.includes('jsonfeed.org/version');
}

type Loose = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
/** Atom titles and links come as objects ({ value }, { href, rel }). */
const value = (v: unknown): string | undefined => text(v) ?? text((v as Loose | undefined)?.value);

interface FeedItem {
  link?: string;
  title?: string;
  date?: string;
}

function items(format: string, feed: Loose): FeedItem[] {
  const list = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  return list.map((it) => {
    const dc = it.dc as { dates?: unknown[]; date?: unknown } | undefined;
    const dcDate = text(dc?.dates?.[0]) ?? text(dc?.date);
    if (format === 'atom') {
      const links = (it.links ?? []) as Array<{ href?: string; rel?: string }>;
      const link = links.find((l) => !l.rel || l.rel === 'alternate')?.href;
      return { link: text(link), title: value(it.title), date: text(it.published) ?? text(it.updated) ?? dcDate };
    }
    if (format === 'json') return { link: text(it.url) ?? text(it.external_url), title: text(it.title), date: text(it.date_published) ?? text(it.date_modified) };
    // RSS and RDF: a guid is the link when it says it is a permalink (RSS's default) and looks like one.
    const guid = it.guid as { value?: string; isPermaLink?: boolean } | undefined;
    const guidLink = guid?.isPermaLink !== false && /^https?:\/\//i.test(guid?.value ?? '') ? guid?.value : undefined;
    return { link: text(it.link) ?? guidLink, title: value(it.title), date: text(it.pubDate) ?? dcDate };
  });
}

/** `source` names the feed in messages; `base` resolves relative links (the feed's URL, or none for a file). */
export function readFeed(content: string, source: string, base?: string): { targets: FetchTarget[]; issues: IngestIssue[]; title?: string } {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(content.trimStart().startsWith('{') ? JSON.parse(content) : content) as { format: string; feed: unknown };
  } catch (err) {
    return { targets: [], issues: [issue('skip', source, `is not a readable RSS, Atom or JSON feed (${(err as Error).message}); check the URL or file`)] };
  }
  const feed = parsed.feed as Loose;
  const targets: FetchTarget[] = [];
  const issues: IngestIssue[] = [];
  items(parsed.format, feed).forEach((item, i) => {
    const where = `${source} item ${i + 1}`;
    if (!item.link) {
      issues.push(issue('skip', source, `item ${i + 1}${item.title ? ` ("${item.title.slice(0, 60)}")` : ''} has no link; skipped`));
      return;
    }
    let url: string;
    try {
      url = new URL(item.link, base).href;
    } catch {
      issues.push(issue('skip', source, `item ${i + 1} links to "${item.link.slice(0, 80)}", which is relative and the feed has no URL to resolve it against; skipped`));
      return;
    }
    if (!/^https?:/i.test(url)) {
      issues.push(issue('skip', source, `item ${i + 1} links to "${url.slice(0, 80)}", not an http(s) URL; skipped`));
      return;
    }
    targets.push({ url, from: where, input: source, ...(item.title && { title: item.title }), ...(item.date && { date: item.date }) });
  });
  if (targets.length === 0 && issues.length === 0) issues.push(issue('skip', source, 'the feed has no items'));
  return { targets, issues, title: value(feed.title) };
}
