// The dashboard's front door (see scripts/dashboard-server.mjs): what Next.js itself would answer with a 5xx, no
// answer, or a URL built from a client's header, is settled here before Next sees the request. Plain JavaScript so the
// server process runs without a TypeScript loader. proxy.ts still does the per-route checks and the CSP nonce.
import { createRequire } from 'node:module';

// Next's own parser for the router-state header (pinned next version): a header Next would choke on is refused here
// with the same rules, instead of a 500 from inside the render.
const { parseAndValidateFlightRouterState } = createRequire(import.meta.url)('next/dist/server/app-render/parse-and-validate-flight-router-state.js');

const READ_METHODS = new Set(['GET', 'HEAD']);

/** A host name, IPv4 or bracketed IPv6 literal, and an optional port: RFC 3986's authority without user info. */
const HOST = /^(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63}){0,20}\.?)(?::\d{1,5})?$/;

/** Headers that would let a client say where this server lives. Nothing here trusts them (lib/serve/origin.ts). */
const FORWARDING = ['forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-prefix'];

/** The same three headers next.config.js puts on everything, and a policy for pages that run no script at all. */
export const GATE_HEADERS = {
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/**
 * What the gate answers instead of Next: `{ status, message, headers? }`, or null to pass the request on. May remove
 * forwarding headers from `req.headers` (they must not reach Next).
 * @param {import('node:http').IncomingMessage} req
 * @returns {{ status: number, message: string, headers?: Record<string, string> } | null}
 */
export function gate(req) {
  if (!READ_METHODS.has(req.method ?? '')) {
    return { status: 405, message: 'Method not allowed: the dashboard only reads (GET, HEAD).', headers: { allow: 'GET, HEAD' } };
  }
  const target = req.url ?? '';
  // Origin-form only: `*` is for OPTIONS, absolute-form for proxies; this is neither.
  if (!target.startsWith('/')) return { status: 400, message: 'Bad request: the request target must be a path starting with "/".' };
  const host = req.headers.host;
  if (host !== undefined && (!HOST.test(host) || Number(/:(\d+)$/.exec(host)?.[1] ?? 0) > 65535)) return { status: 400, message: 'Bad request: malformed Host header.' };
  for (const name of FORWARDING) delete req.headers[name];
  const tree = req.headers['next-router-state-tree'];
  if (tree !== undefined) {
    try {
      parseAndValidateFlightRouterState(tree);
    } catch {
      return { status: 400, message: 'Bad request: malformed Next-Router-State-Tree header.' };
    }
  }
  const q = target.indexOf('?');
  const pathname = q < 0 ? target : target.slice(0, q);
  // Next's prerendered fallback for a crashing root layout: served as a page, cached for a year, and its inline
  // scripts carry no CSP nonce. It is not a page of this app.
  if (/^\/_global-error(?:[./]|$)/i.test(pathname)) return { status: 404, message: 'Not found.' };
  return null;
}

/** Writes the gate's answer on a response. */
export function answer(res, verdict) {
  const body = `${verdict.message}\n`;
  res.writeHead(verdict.status, { ...GATE_HEADERS, ...verdict.headers, 'content-length': Buffer.byteLength(body) });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** The same answer as raw HTTP on a socket (CONNECT and Upgrade requests never get a response object). */
export function answerOnSocket(socket, verdict) {
  const body = `${verdict.message}\n`;
  const reason = { 400: 'Bad Request', 405: 'Method Not Allowed' }[verdict.status] ?? 'Error';
  const headers = { ...GATE_HEADERS, ...verdict.headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.on('error', () => {});
  socket.end(`HTTP/1.1 ${verdict.status} ${reason}\r\n${head}\r\n${body}`);
}
