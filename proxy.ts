/**
 * Runs before any page renders, so its answers carry real status codes (a page that has started streaming can only
 * say 200): 405 for anything but GET and HEAD (the dashboard only reads), 400 for a path with a malformed %-escape
 * and for a malformed query string, checked with the definitions the pages parse with (app/_lib/query.ts). Path ids and slugs are the pages' business: they
 * answer 404 with the app's not-found page.
 *
 * It also mints the Content-Security-Policy: a fresh nonce per request, so only the scripts Next writes into this very
 * response may run (see docs/SECURITY.md).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { pathProblems, queryProblems, routeQuery, type Problem } from './app/_lib/query';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Only the app's own origin. Inline scripts need this response's nonce: Next reads it from the request's policy and
 * puts it on its bootstrap and RSC payload <script> elements; the chunks it loads later come from 'self'. No
 * 'strict-dynamic' (Next's docs show it; this app loads no third-party script): it would let any script that page
 * code creates run, inline or from any origin. Keep script-src before script-src-attr: Next takes the first directive
 * that starts with "script-src". Pages and charts render style="" attributes, so those are allowed, but not <style>.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "script-src-attr 'none'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** 128 random bits, base64: unguessable, and Edge-safe (no Buffer). */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small self-contained page: the app's stylesheet has a hashed name the proxy does not know. */
function badRequestPage(problems: Problem[], reset: string): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(p.param)}</code> ${escapeHtml(p.message)}</li>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Bad request · Parallax</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><section role="alert" aria-labelledby="h"><h1 id="h">Bad request</h1>
<p>This link's settings cannot be read:</p><ul>${items}</ul>
<p><a href="${escapeHtml(reset)}">Start over without them</a> · <a href="/">Overview</a></p></section></main>
</body></html>
`;
}

export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce());
  // On the request so the render sees the nonce, on the response so the browser enforces it.
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', csp);
  const response = answer(request, { request: { headers: forwarded } });
  response.headers.set('content-security-policy', csp);
  return response;
}

function answer(request: NextRequest, forward: { request: { headers: Headers } }): Response {
  if (!READ_METHODS.has(request.method)) {
    return new Response('Method not allowed: the dashboard only reads (GET, HEAD).\n', {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const { pathname, searchParams } = request.nextUrl;
  // Browsers ask for /favicon.ico on their own (and log the 404): answer with the app's icon.
  if (pathname === '/favicon.ico') return NextResponse.rewrite(new URL('/icon.svg', request.url), forward);
  const malformed = pathProblems(pathname);
  if (malformed.length) return htmlBadRequest(malformed, '/');
  const route = routeQuery(pathname);
  if (!route) return NextResponse.next(forward);
  const problems = queryProblems(route, searchParams);
  if (!problems.length) return NextResponse.next(forward);
  if (pathname === '/charts/og' || pathname === '/compare/og') {
    // An image URL: a plain-text reason is all a client can use.
    return new Response(`Bad request: ${problems.map((p) => `${p.param} ${p.message}`).join('; ')}\n`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return htmlBadRequest(problems, route.reset(pathname));
}

function htmlBadRequest(problems: Problem[], reset: string): Response {
  return new Response(badRequestPage(problems, reset), {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export const config = {
  // Every route but the build's static files and image optimisation.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
