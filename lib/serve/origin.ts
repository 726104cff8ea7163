/**
 * The dashboard's public origin, for the absolute URLs a page must print (og:url, og:image). It comes from
 * configuration only, never from a request header: Host and X-Forwarded-Host are whatever the client sent, so a
 * link-preview bot or a poisoned cache could make the pages advertise another site (docs/SECURITY.md).
 */

/** `PARALLAX_PUBLIC_URL` checked: an http(s) origin, nothing else. Returns the problem as text when it is not one. */
export function parsePublicUrl(value: string): { origin: string } | { problem: string } {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return { problem: `PARALLAX_PUBLIC_URL is not a URL: ${JSON.stringify(value.slice(0, 200))}` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { problem: `PARALLAX_PUBLIC_URL must start with http:// or https://, got ${u.protocol}` };
  if (u.username || u.password) return { problem: 'PARALLAX_PUBLIC_URL must not hold a user name or password' };
  if (u.pathname !== '/' || u.search || u.hash) return { problem: `PARALLAX_PUBLIC_URL must be an origin only (like https://parallax.example.org), without a path, query or fragment` };
  return { origin: u.origin };
}

/** The origin `serve` listens on, for when no public URL is configured. */
export function listenOrigin(port: string | number): string {
  return `http://localhost:${port}`;
}

/**
 * The origin pages build absolute URLs from: PARALLAX_PUBLIC_URL (serve checks it before starting), else the
 * listen address. A malformed value here (the server started some other way) falls back to that too: metadata must
 * never fail a page.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PARALLAX_PUBLIC_URL;
  if (configured) {
    const parsed = parsePublicUrl(configured);
    if ('origin' in parsed) return parsed.origin;
  }
  return listenOrigin(/^\d{1,5}$/.test(env.PORT ?? '') ? env.PORT! : 3000);
}
