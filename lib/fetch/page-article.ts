/**
 * A fetched page to an article through ingest's own reader (lib/ingest/corpus readContent): the same Readability
 * extraction, page metadata, line cleaner and validation as `parallax ingest page.html`. What the list, feed or
 * export said about the page (title, date, outlet) is applied like a manifest entry; the URL is the page's
 * canonical one on the same site, else where the redirects ended.
 */
import { readContent, type CorpusResult } from '@/lib/ingest/corpus';
import { articleUrl, canonicalLink } from './canonical';
import { toUtf8 } from './decode-page';
import type { Fetched } from './fetch-url';
import type { FetchTarget } from './types';

export interface PageArticleOptions {
  /** --outlet: for pages nothing else names an outlet for. */
  outlet?: string;
  maxBytes: number;
}

export function pageArticle(page: Fetched, target: FetchTarget, options: PageArticleOptions): CorpusResult & { url: string } {
  const bytes = toUtf8(page.body, page.headers['content-type']);
  const url = articleUrl(page.finalUrl, canonicalLink(new TextDecoder().decode(bytes.subarray(0, 512 * 1024)), page.finalUrl));
  // Last resort for the outlet: the site's host name, which every fetched page has.
  const host = new URL(page.finalUrl).hostname.replace(/^www\./, '');
  const read = readContent(target.url, bytes, 'html', {
    outlet: options.outlet ?? target.outletHint ?? host,
    maxBytes: options.maxBytes,
    manifestEntry: {
      url,
      ...(target.title && { title: target.title }),
      ...(target.date && { date: target.date }),
      ...(target.outlet && { outlet: target.outlet }),
    },
  });
  return { ...read, url };
}
