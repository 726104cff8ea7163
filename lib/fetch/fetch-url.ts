/**
 * Fetching one URL politely: robots.txt obeyed at every hop, the on-disk cache consulted (fresh: no request;
 * stale: a conditional request), one request at a time per host with a delay between them, retries with
 * exponential back-off on timeouts, connection failures, 408, 429 and 5xx (Retry-After honoured, for the whole
 * host), redirects followed one hop at a time within a limit (each hop re-checked for scheme, address and robots,
 * loops detected). Never throws for anything a server does: every outcome is a value the summary can count.
 */
import { cacheRequest, HttpCache } from './cache';
import CachePolicy from 'http-cache-semantics';
import type { FetchSettings } from './config';
import { HostGate } from './host-gate';
import { BlockedAddressError, isPublicAddress, literalAddress } from './address';
import { HttpFailure, mediaType, type HttpClient, type HttpResponse } from './http';
import { RobotsBook, type RobotsFile } from './robots';

export type FailureReason =
  | 'robots'
  | 'timeout'
  | 'too-large'
  | 'network'
  | 'blocked-address'
  | 'http-status'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-http'
  | 'wrong-type'
  | 'retry-after-too-long'
  /** Not something a server did: a full disk under the cache, a bug. */
  | 'error';

export interface RetryNote {
  url: string;
  /** "HTTP 429", "timed out after 30 s", … */
  cause: string;
  waitMs: number;
  /** The server's Retry-After, or our own exponential back-off. */
  by: 'Retry-After' | 'back-off';
}

export interface Fetched {
  ok: true;
  url: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** fresh: served without a request; revalidated: the server answered 304 Not Modified. */
  cache: 'fresh' | 'revalidated' | null;
  redirects: string[];
  retries: RetryNote[];
}

export interface NotFetched {
  ok: false;
  url: string;
  finalUrl: string;
  reason: FailureReason;
  detail: string;
  retries: RetryNote[];
}

export type FetchResult = Fetched | NotFetched;

/** What a caller will take: article pages, feeds and URL arguments (anything textual), robots.txt. */
export type FetchKind = 'page' | 'input' | 'robots';

const ACCEPT: Record<FetchKind, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  input: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.1',
  robots: 'text/plain,*/*;q=0.1',
};
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);
const TEXT_TYPE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:xml|json)$)/;
const ACCEPTS: Record<FetchKind, (type: string) => boolean> = {
  page: (t) => HTML_TYPES.has(t),
  input: (t) => t === '' || TEXT_TYPE.test(t),
  robots: () => true,
};

/** Status codes worth another try: the server may answer next time. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504, 522, 524]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
/** Responses worth keeping: pages and permanent redirects. */
const CACHED_STATUS = new Set([200, 203, 301, 308]);
/** RFC 9309: parse at least the first 500 KiB of robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024;

/** Retry-After in milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s`;
}

export class Fetcher {
  readonly gate: HostGate;
  readonly robots: RobotsBook;

  constructor(
    private readonly settings: FetchSettings,
    private readonly http: HttpClient,
    private readonly cache: HttpCache | null,
  ) {
    this.gate = new HostGate(settings.delayMs);
    this.robots = new RobotsBook((u) => this.robotsFile(u), settings.robotsAgent);
  }

  /** A URL to its final response, following redirects, with robots.txt checked at every hop unless kind is 'robots'. */
  async fetch(url: string, kind: FetchKind): Promise<FetchResult> {
    const retries: RetryNote[] = [];
    const redirects: string[] = [];
    const seen = new Set<string>();
    let current = url;
    for (;;) {
      const fail = (reason: FailureReason, detail: string): NotFetched => ({ ok: false, url, finalUrl: current, reason, detail, retries });
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return fail('not-http', `"${current}" is not a URL`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail('not-http', `${parsed.protocol} URLs are not fetched, only http and https`);
      seen.add(stripHash(current));
      const literal = literalAddress(parsed);
      if (literal && !this.settings.allowPrivate && !isPublicAddress(literal)) return fail('blocked-address', new BlockedAddressError(parsed.hostname, literal).message);
      if (kind !== 'robots') {
        const verdict = await this.robots.check(current);
        if (verdict.blocked) return fail('blocked-address', verdict.blocked);
        if (!verdict.allowed) return fail('robots', verdict.reason ?? 'disallowed by robots.txt');
        if (verdict.crawlDelay) this.gate.setDelay(parsed.host, verdict.crawlDelay * 1000);
      }
      const got = await this.exchange(current, parsed.host, kind, retries);
      if ('reason' in got) return fail(got.reason, got.detail);
      const { response, cache } = got;
      if (REDIRECT_STATUS.has(response.status) && response.headers.location) {
        let next: string;
        try {
          next = stripHash(new URL(response.headers.location, current).href);
        } catch {
          return fail('network', `HTTP ${response.status} to an unreadable Location "${response.headers.location}"`);
        }
        if (seen.has(next)) return fail('redirect-loop', `redirect loop: ${[url, ...redirects, next].slice(-4).join(' → ')}`);
        if (redirects.length >= this.settings.maxRedirects) return fail('too-many-redirects', `more than ${this.settings.maxRedirects} redirects`);
        redirects.push(next);
        current = next;
        continue;
      }
      if (response.status < 200 || response.status >= 300) return fail('http-status', `HTTP ${response.status}`);
      if (response.refusedType) return fail('wrong-type', `not ${kind === 'page' ? 'an HTML page' : 'a feed, list or page'} (${mediaType(response.headers['content-type']) || 'no type'})`);
      return { ok: true, url, finalUrl: current, status: response.status, headers: response.headers, body: response.body, cache, redirects, retries };
    }
  }

  /** One URL, no redirects: from the cache when fresh, else a (conditional) request, retried as needed. */
  private async exchange(
    url: string,
    host: string,
    kind: FetchKind,
    notes: RetryNote[],
  ): Promise<{ response: HttpResponse; cache: Fetched['cache'] } | { reason: FailureReason; detail: string }> {
    const headers: Record<string, string> = { 'user-agent': this.settings.userAgent, accept: ACCEPT[kind], 'accept-encoding': 'gzip, deflate, br' };
    const request = cacheRequest(url, headers);
    const cached = this.cache ? await this.cache.get(url) : null;
    let sendHeaders = headers;
    if (cached) {
      const { revalidation } = cached.policy.evaluateRequest(request);
      if (!revalidation) return { response: { status: cached.status, headers: cached.headers, body: cached.body }, cache: 'fresh' };
      // Our headers plus the stored validators (If-None-Match, If-Modified-Since).
      sendHeaders = { ...headers, ...(revalidation.headers as Record<string, string>) };
    }
    const options = { headers: sendHeaders, acceptType: ACCEPTS[kind], ...(kind === 'robots' && { truncate: true, maxBytes: ROBOTS_MAX_BYTES }) };

    for (let attempt = 0; ; attempt++) {
      let response: HttpResponse;
      try {
        response = await this.gate.run(host, () => this.http.get(url, options));
      } catch (err) {
        if (!(err instanceof HttpFailure)) throw err;
        if ((err.kind === 'timeout' || err.kind === 'network') && attempt < this.settings.retries) {
          const waitMs = this.settings.backoffMs * 2 ** attempt;
          notes.push({ url, cause: err.message, waitMs, by: 'back-off' });
          this.gate.pause(host, waitMs);
          continue;
        }
        return { reason: err.kind, detail: attempt ? `${err.message} (${attempt + 1} attempts)` : err.message };
      }
      if (RETRY_STATUS.has(response.status)) {
        const asked = retryAfterMs(response.headers['retry-after']);
        if (asked !== undefined && asked > this.settings.maxRetryAfterMs) {
          return { reason: 'retry-after-too-long', detail: `HTTP ${response.status} with Retry-After ${seconds(asked)}, longer than the ${seconds(this.settings.maxRetryAfterMs)} a run waits` };
        }
        if (attempt < this.settings.retries) {
          const waitMs = asked ?? this.settings.backoffMs * 2 ** attempt;
          notes.push({ url, cause: `HTTP ${response.status}`, waitMs, by: asked !== undefined ? 'Retry-After' : 'back-off' });
          this.gate.pause(host, waitMs);
          continue;
        }
        return { reason: 'http-status', detail: `HTTP ${response.status} (${attempt + 1} attempts)` };
      }
      const responseMeta = { status: response.status, headers: response.headers };
      if (response.status === 304 && cached) {
        const { policy } = cached.policy.revalidatedPolicy(request, responseMeta);
        const revived = { status: cached.status, headers: { ...cached.headers, ...pick(response.headers, ['etag', 'last-modified', 'cache-control', 'expires', 'date']) }, body: cached.body };
        await this.cache?.put(url, revived, policy);
        return { response: revived, cache: 'revalidated' };
      }
      if (this.cache && CACHED_STATUS.has(response.status) && !response.refusedType) {
        await this.cache.put(url, response, new CachePolicy(request, responseMeta, { shared: false }));
      }
      return { response, cache: null };
    }
  }

  private async robotsFile(robotsUrl: string): Promise<RobotsFile> {
    const got = await this.fetch(robotsUrl, 'robots');
    if (got.ok) return { status: got.status, text: got.body.toString('utf8') };
    if (got.reason === 'http-status') return { status: Number(/\d{3}/.exec(got.detail)?.[0] ?? 500), text: '' };
    return { failed: got.detail, blocked: got.reason === 'blocked-address' };
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function pick(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => headers[n] !== undefined).map((n) => [n, headers[n]]));
}
