/**
 * The on-disk HTTP cache: responses stored with cacache (npm's own content-addressed cache: atomic writes,
 * integrity-checked reads, safe with two runs at once) and judged with http-cache-semantics (RFC 9111 freshness
 * and revalidation as a private cache). A fresh entry is used without a request; a stale one is revalidated with
 * If-None-Match / If-Modified-Since, and a 304 reuses the stored body. Responses a server marks no-store are
 * never written.
 */
import cacache from 'cacache';
import CachePolicy from 'http-cache-semantics';

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  policy: CachePolicy;
}

/** What a request looks like to the cache: only the headers that can change a response. */
export function cacheRequest(url: string, headers: Record<string, string>): CachePolicy.Request {
  return { url, method: 'GET', headers };
}

export class HttpCache {
  /** Writes that failed (a full or read-only disk): the pages were still fetched; the summary says so. */
  readonly writeErrors: string[] = [];

  constructor(private readonly dir: string) {}

  private key(url: string): string {
    return `parallax-fetch:${url}`;
  }

  async get(url: string): Promise<CachedResponse | null> {
    try {
      const { data, metadata } = await cacache.get(this.dir, this.key(url));
      const meta = metadata as { status: number; headers: Record<string, string>; policy: CachePolicy.CachePolicyObject };
      return { status: meta.status, headers: meta.headers, body: data, policy: CachePolicy.fromObject(meta.policy) };
    } catch {
      // Missing, or corrupt (cacache checks integrity): fetch it again.
      return null;
    }
  }

  async put(url: string, response: { status: number; headers: Record<string, string>; body: Buffer }, policy: CachePolicy): Promise<void> {
    if (!policy.storable()) return;
    try {
      await cacache.put(this.dir, this.key(url), response.body, {
        metadata: { status: response.status, headers: response.headers, policy: policy.toObject() },
      });
    } catch (err) {
      this.writeErrors.push(`${url}: ${(err as Error).message}`);
    }
  }
}
