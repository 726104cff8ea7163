/**
 * Which URLs are the same article: a key that ignores what does not change the page (scheme, "www.", a trailing
 * slash, the fragment, utm_* and click-id tracking parameters, parameter order) with normalize-url, and the page's
 * own canonical link (<link rel="canonical">, else og:url) when it stays on the same site. A canonical link to
 * another site (a syndicated wire story) is not followed: the copy an outlet ran is that outlet's article.
 */
import normalizeUrl from 'normalize-url';
import { parseHTML } from 'linkedom';

const TRACKING = [/^utm_\w+$/i, /^(?:fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|smid|taid)$/i];

export function urlKey(url: string): string {
  try {
    return normalizeUrl(url, {
      stripHash: true,
      stripWWW: true,
      stripProtocol: true,
      removeTrailingSlash: true,
      sortQueryParameters: true,
      removeQueryParameters: TRACKING,
    });
  } catch {
    return url;
  }
}

/** The URL without its fragment and tracking parameters: what is stored and shown. */
export function cleanUrl(url: string): string {
  try {
    return normalizeUrl(url, {
      stripHash: true,
      stripWWW: false,
      removeTrailingSlash: false,
      sortQueryParameters: false,
      removeQueryParameters: TRACKING,
      normalizeProtocol: false,
    });
  } catch {
    return url;
  }
}

/** Same site when the host names match after a www., m. or amp. prefix (mobile and AMP copies point home). */
export function sameSite(a: string, b: string): boolean {
  const host = (u: string) => new URL(u).hostname.toLowerCase().replace(/^(?:www|m|mobile|amp)\./, '');
  try {
    return host(a) === host(b);
  } catch {
    return false;
  }
}

/** The page's canonical URL, absolute, http(s) only; read from its <head>. */
export function canonicalLink(html: string, base: string): string | undefined {
  const end = html.toLowerCase().indexOf('</head>');
  const head = html.slice(0, end < 0 ? 256 * 1024 : end);
  const { document } = parseHTML(`${head}</head><body></body></html>`);
  const candidates = [
    ...Array.from(document.querySelectorAll('link[rel]'))
      .filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      .map((l) => l.getAttribute('href')),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    if (!href?.trim()) continue;
    try {
      const url = new URL(href.trim(), base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // An unreadable canonical link is ignored: the fetched URL stands.
    }
  }
  return undefined;
}

/** The URL an article is stored under: its canonical URL on the same site, else where the fetch ended. */
export function articleUrl(finalUrl: string, canonical: string | undefined): string {
  return cleanUrl(canonical && sameSite(canonical, finalUrl) ? canonical : finalUrl);
}
