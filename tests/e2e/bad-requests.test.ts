/**
 * Every route validates its input: 1,200 generated bad requests (seeded, so every run sends the same ones) against
 * the built app, each answered 400 or 404 (never a 5xx, never a 200 with an apology in it), while well-formed
 * controls still answer 200. Then 2,000 generated hostile requests sent as raw bytes on a socket: other methods
 * (TRACE, CONNECT, WebDAV, made-up ones), malformed request lines and targets (`*`, absolute-form), Host and
 * X-Forwarded-Host values, huge cookies and Next's RSC headers: every one answered, none with a 5xx, no foreign host
 * in any page, the CSP nonce on every script. The app runs the way `parallax serve` runs it (Next behind
 * scripts/request-gate.mjs). Also: the dashboard has no write route, and it reads only through
 * PARALLAX_READ_DATABASE_URL (the app under test has an unreachable DATABASE_URL).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { seededRandom } from '@/lib/analysis/stats';
import { readCorpus } from '@/lib/ingest/corpus';
import { createServerDatabase, requireServer, type TestDatabase } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/app';
import { DEMO_DIR } from '../helpers/seeds';
import { pool, rawRequest, seedDatabase, STACK_FRAME, type RawAnswer } from './support';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 20_261_123;
const CASES = 1200;
const HOSTILE = 2000;
/** A host no response may mention: pages build absolute URLs from PARALLAX_PUBLIC_URL, never from a header. */
const EVIL = 'evil.example';
const CONCURRENCY = 8;
/** Nothing listens on port 1: if the app used DATABASE_URL for anything, its pages would fail. */
const UNREACHABLE = 'postgresql://parallax:never-used@127.0.0.1:1/parallax';

const serverAvailable = await requireServer();

interface Case {
  /** Path and query, already encoded as they go on the wire. */
  url: string;
  /** 400 for a malformed query, 404 for a well-formed one naming what does not exist, either for path garbage. */
  expect: 400 | 404 | 'either';
  /** Parameters a 400 page must name (one of them). */
  params?: string[];
}

/** The generator: kinds of bad input, drawn from a seeded PRNG. */
function generate(n: number, ids: { article: number; event: number; story: number; outlet: string }): Case[] {
  const random = seededRandom(SEED);
  const int = (k: number) => Math.floor(random() * k);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)];
  const enc = encodeURIComponent;

  // Never a valid id, page, slug, metric, sort, min or cols value: each has a character none of them accepts.
  const JUNK = ["'", '"', '<', '>', ' ', ';', '(', ')', '*', '!', '$', '~', '\\', '\u00e9', '\u4e2d', '\ud83d\ude00', '\u202e', '\u0000', '\t', '\n', '{', '}', '[', ']', '|', '^', '`'];
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:,';
  const garbage = (max = 40) => {
    const chars: string[] = [];
    for (let i = 1 + int(max); i > 0; i--) chars.push(random() < 0.6 ? LETTERS[int(LETTERS.length)] : pick(JUNK));
    // At least one character nothing accepts, wherever the random walk went (whole characters: no split surrogates).
    chars.splice(int(chars.length + 1), 0, pick(JUNK));
    return chars.join('');
  };
  const huge = () =>
    pick([
      () => '9'.repeat(11 + int(3000)),
      () => `1${'0'.repeat(10 + int(400))}`,
      () => '2147483648',
      () => '4294967296',
      () => '9007199254740993',
      () => `-${1 + int(1e9)}`,
      () => `1e${int(400)}`,
    ])();
  const NUMBERISH = ['0', '-0', '-1', '+1', '00', '01', '1.0', '1.5', '.5', '1e3', '1E3', '0x10', '0b1', '0o7', '1_000', '1,000', 'NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', ' 1', '1 ', '\u0661\u0662', '\uff11\uff12', '\u00b9', '\u216b'];
  const SQLISH = ["' OR '1'='1", '1 OR 1=1', '1; DROP TABLE "Article"; --', "1' UNION SELECT usename, passwd FROM pg_shadow --", "'); DELETE FROM \"Outlet\"; --", '$1', '%', '_', '\\x00', "E'\\\\x41'", '1::text', 'pg_sleep(5)'];
  const MARKUP = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd'];
  const JSONISH = ['{"id":"hedge","desc":true}', '[{"id":"hedge","desc":false}]', '{"sort":[', '[]', '{}', '"hedge:asc"', '[hedge:asc]'];
  /** Raw, already-encoded forms: malformed percent escapes, invalid UTF-8, NUL. */
  const RAW = ['%', '%zz', '%E0%A4%A', '%ED%A0%80', '%FF%FE', '%C0%AF', '%00', '%25', '%u0041', '%%31'];
  const anyBad = () => pick([garbage, huge, () => pick(NUMBERISH), () => pick(SQLISH), () => pick(MARKUP), () => pick(JSONISH), () => 'x'.repeat(2001 + int(3000))])();
  /** Words like "null" or "true" are well-formed keys (naming nothing): where a malformed one is wanted, spoil them. */
  const spoilt = (v: string) => (/^[a-z][a-z0-9._-]*$/.test(v) && v.length <= 80 ? `${v}!` : v);
  const badKey = () => spoilt(anyBad());
  /** A path segment that cannot be an id or a slug (dot segments are resolved by the client, so never those). */
  const badSegment = () => {
    if (random() < 0.15) return pick(RAW);
    const v = pick([anyBad, () => pick(NUMBERISH), huge])();
    return /^[.\s]*$/.test(v) ? `x${enc(v)}` : enc(v);
  };
  /** Well-formed, but naming nothing in this corpus. */
  const unknownMetric = () => pick(['nope', 'hedge.nope', 'zz-unknown', `metric-${int(1e6)}`, 'sentiment.positive_share', 'null']);
  const TABLE_BAD = {
    sort: () => pick([() => 'hedge', () => 'hedge:up', () => 'hedge:ASC', () => ':asc', () => 'hedge:asc,hedge:desc', () => 'Hedge:asc', () => Array.from({ length: 9 }, (_, i) => `m${i}:asc`).join(','), () => pick(JSONISH), () => pick(SQLISH), garbage, () => `hedge:asc,${garbage(10)}`, () => 'x'.repeat(2001)])(),
    min: () => pick([() => 'hedge', () => 'hedge:abc', () => 'hedge:1e999', () => 'hedge:NaN', () => 'hedge:Infinity', () => 'hedge:--1', () => 'hedge:0x10', () => `hedge:${'9'.repeat(22)}`, () => pick(JSONISH), garbage])(),
    cols: () => pick([() => ',', () => 'hedge,,loaded', () => '<script>', () => Array.from({ length: 501 }, (_, i) => `c${i}`).join(','), () => spoilt(pick(SQLISH)), () => pick(JSONISH), garbage])(),
    q: () => 'q'.repeat(201 + int(1500)),
  };

  const kinds: Array<[number, () => Case]> = [
    // Ids in the path.
    [3, () => ({ url: `/${pick(['articles', 'events', 'stories'])}/${badSegment()}`, expect: 'either' })],
    [1, () => ({ url: `/${pick(['articles', 'events', 'stories'])}/${pick(['2147483647', '2000000000', '987654321', String(1e6 + int(1e8))])}`, expect: 404 })],
    [1, () => ({ url: `/${pick(['articles', 'events', 'stories'])}/${pick([ids.article, ids.event, ids.story])}/${enc(garbage(8))}`, expect: 'either' })],
    // Slugs in the path.
    [2, () => ({ url: `/outlets/${badSegment()}`, expect: 'either' })],
    [1, () => ({ url: `/outlets/${badSegment()}/evidence?metric=hedge`, expect: 'either' })],
    [1, () => ({ url: `/outlets/no-such-outlet-${int(1e6)}${pick(['', '/evidence?metric=hedge'])}`, expect: 404 })],
    // Page numbers: malformed, repeated, or past the last page.
    [2, () => ({ url: `${pick(['/?', `/outlets/${ids.outlet}?`, `/outlets/${ids.outlet}/evidence?metric=hedge&`])}page=${enc(pick([anyBad, () => pick(NUMBERISH)])())}`, expect: 400, params: ['page'] })],
    [1, () => ({ url: `/outlets/${ids.outlet}?page=${pick(['1', '2'])}&page=${pick(['1', '3'])}`, expect: 400, params: ['page'] })],
    [1, () => ({ url: `${pick(['/?', `/outlets/${ids.outlet}?`, `/outlets/${ids.outlet}/evidence?metric=hedge&`])}page=${pick(['2', '40', '99999', '100000'])}`, expect: 404 })],
    // The framing table's URL state: malformed, repeated, or naming columns this corpus lacks.
    [
      4,
      () => {
        const param = pick(['sort', 'min', 'cols', 'q'] as const);
        const filler = pick(['', '&q=r', '&sort=hedge:desc', '&cols=hedge', '&utm_source=newsletter']).replace(new RegExp(`^&${param}=.*`), '');
        return { url: `/outlets?${param}=${enc(TABLE_BAD[param]())}${filler}`, expect: 400, params: [param] };
      },
    ],
    [1, () => { const p = pick(['sort', 'cols', 'q']); const v = p === 'sort' ? 'hedge:asc' : p === 'cols' ? 'hedge' : 'r'; return { url: `/outlets?${p}=${v}&${p}=${v}`, expect: 400, params: [p] }; }],
    [1, () => ({ url: `/outlets?${pick(['sort=nope:asc', 'sort=hedge:asc,zz-unknown:desc', 'min=nope:1', 'cols=hedge,zz-unknown', 'cols=outlet'])}`, expect: 404 })],
    // The table's CSV export takes the same state.
    [
      2,
      () => {
        const param = pick(['sort', 'min', 'cols', 'q'] as const);
        return { url: `/outlets/export.csv?${param}=${enc(TABLE_BAD[param]())}`, expect: 400, params: [param] };
      },
    ],
    [1, () => ({ url: `/outlets/export.csv?${pick(['sort=nope:asc', 'min=nope:1', 'cols=hedge,zz-unknown'])}`, expect: 404 })],
    // Evidence: the metric, required.
    [2, () => ({ url: `/outlets/${ids.outlet}/evidence${pick(['?metric=', '?page=1', `?metric=${enc(badKey())}`, '?metric=hedge&metric=hedge', `?metric=${enc(garbage(5))}&page=1`])}`, expect: 400, params: ['metric'] })],
    // No query at all is let through (the client router's prefetches look like that): no metric, no evidence.
    [1, () => ({ url: `/outlets/${ids.outlet}/evidence${pick([`?metric=${unknownMetric()}`, '', '?'])}`, expect: 404 })],
    // Charts and their Open Graph image.
    [
      4,
      () => {
        const param = pick(['type', 'metric', 'x', 'y'] as const);
        // An empty metric means "the default"; an empty type does not.
        const v = param === 'type' ? enc(pick([() => 'pie', () => 'BARS', () => '', () => 'bars ', anyBad])()) : enc(badKey());
        return { url: `${pick(['/charts', '/charts/og'])}?${param}=${v}${random() < 0.3 ? `&${param}=${v}` : ''}`, expect: 400, params: [param] };
      },
    ],
    [1, () => ({ url: `/charts?${pick(['metric', 'x', 'y'])}=${unknownMetric()}`, expect: 404 })],
    [1, () => ({ url: `/charts/og?${pick(['metric', 'x', 'y'])}=${unknownMetric()}`, expect: 400 })],
    [1, () => ({ url: `${pick(['/charts', '/charts/og'])}?type=${pick(['bars', 'scatter'])}&type=${pick(['time', 'frames'])}`, expect: 400, params: ['type'] })],
    // Raw malformed escapes in a query.
    [
      2,
      () => {
        const [route, param] = pick([['/', 'page'], ['/outlets', 'sort'], ['/outlets', 'min'], ['/outlets', 'cols'], ['/charts', 'type'], ['/charts', 'metric'], ['/charts/og', 'x'], [`/outlets/${ids.outlet}/evidence`, 'metric']] as const);
        return { url: `${route}?${param}=${pick(RAW)}`, expect: 400, params: [param] };
      },
    ],
  ];
  const total = kinds.reduce((s, [w]) => s + w, 0);
  const cases: Case[] = [];
  while (cases.length < n) {
    let r = random() * total;
    const kind = kinds.find(([w]) => (r -= w) < 0) ?? kinds[kinds.length - 1];
    cases.push(kind[1]());
  }
  return cases;
}

interface RawCase {
  /** What it tries, for failure messages. */
  label: string;
  request: string;
  /** Statuses that are right for it (every case: answered, and below 500). */
  expect: number[];
}

/** Hostile requests as raw bytes: the generator, from the same kind of seeded PRNG. */
function hostile(n: number, ids: { article: number; event: number; story: number; outlet: string }, port: number): RawCase[] {
  const random = seededRandom(SEED + 1);
  const int = (k: number) => Math.floor(random() * k);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)];
  const host = `127.0.0.1:${port}`;
  /** Pages and what they answer when nothing is wrong with the request. */
  const PAGES: Array<[string, number]> = [
    ['/', 200], ['/outlets', 200], ['/charts', 200], ['/charts?type=scatter&x=hedge&y=sentiment.negative', 200], ['/charts/og?type=bars&metric=hedge', 200],
    ['/methodology', 200], [`/outlets/${ids.outlet}`, 200], [`/articles/${ids.article}`, 200], [`/events/${ids.event}`, 200], [`/stories/${ids.story}`, 200],
    ['/outlets/export.csv', 200], ['/icon.svg', 200], ['/nope', 404], ['/articles/999999999', 404], ['/outlets?sort=bad', 400],
  ];
  const req = (line: string, headers: string[] = [`Host: ${host}`]) => `${line}\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n`;
  const junk = (len: number) => Array.from({ length: len }, () => 'abcXYZ019-_.~!$&\'()*+,;=:@%/?#[]{}<>"\\^`| é'[int(48)]).join('');
  const METHODS = ['TRACE', 'TRACK', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'PURGE', 'SEARCH', 'REPORT', 'LINK', 'UNLINK', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'QUERY', 'SOURCE', 'BREW', 'FOO', 'get', 'GeT', 'G', 'HEADX', 'DEBUG'];
  /** Well-formed names of somewhere else: the page answers as usual, and never mentions them. */
  const OTHER_HOSTS = [EVIL, `${EVIL}:443`, 'EVIL.EXAMPLE', `${EVIL}.`, `www.${EVIL}:8080`, '[::1]:80', '10.0.0.1', 'localhost'];
  const BAD_HOSTS = [`${EVIL}/path`, `${EVIL}:99999999`, `user@${EVIL}`, `${EVIL}:`, `${EVIL}:abc`, '[::1', `${EVIL} other`, `${EVIL},other.example`, `${EVIL}?x`, `${EVIL}#x`, '%00', '%2e%2e', '..', '-', `é${EVIL}`, `${EVIL}\\x`, `http://${EVIL}`, `${'a'.repeat(300)}.${EVIL}`, `${EVIL}:-1`, '[zz::1]', `${EVIL}:99999`, `${EVIL}:65536`];
  const FORWARDED = [`X-Forwarded-Host: ${EVIL}`, `X-Forwarded-Host: ${pick(BAD_HOSTS)}`, 'X-Forwarded-Proto: javascript', `X-Forwarded-Proto: https://${EVIL}`, 'X-Forwarded-Port: 99999', `Forwarded: host=${EVIL};proto=https`, `X-Forwarded-Prefix: //${EVIL}`];
  const tree = (v: unknown) => encodeURIComponent(JSON.stringify(v));
  const BAD_TREES = ['garbage', '%', '%E0%A4%A', '[', '{}', '[]', '[1,2,3]', tree(['', {}, null, null, 'x']), tree({ children: ['', {}] }), tree(['', { children: 'x' }]), tree([1, {}]), '"', 'null', tree('x'.repeat(200)), `[${'['.repeat(2000)}`];
  const GOOD_TREE = tree(['', { children: ['__PAGE__', {}, null, null] }, null, null, true]);

  const kinds: Array<[number, () => RawCase]> = [
    // Every method but GET and HEAD, on every kind of page: 405 from the gate, 400 when Node's parser refuses the token.
    [5, () => { const m = pick(METHODS); const [p] = pick(PAGES); return { label: `${m} ${p}`, request: req(`${m} ${p} HTTP/1.1`, [`Host: ${host}`, 'Content-Length: 0']), expect: [400, 405] }; }],
    [2, () => { const t = pick([`${EVIL}:443`, host, '/', '*', `127.0.0.1:${port}`]); return { label: `CONNECT ${t}`, request: req(`CONNECT ${t} HTTP/1.1`, [`Host: ${t}`]), expect: [400, 405] }; }],
    // Request targets that are not a path.
    [2, () => { const t = pick(['*', `http://${EVIL}/`, `http://${host}/charts`, `https://${EVIL}/outlets?x=1`, `${EVIL}`, '?a=1', `//${EVIL}/x`.replace(/^\/\//, '')]); const m = pick(['GET', 'HEAD', 'OPTIONS']); return { label: `${m} ${t}`, request: req(`${m} ${t} HTTP/1.1`), expect: m === 'OPTIONS' ? [400, 405] : [400] }; }],
    // Malformed request lines and header blocks: whatever the parser says, an answer below 500.
    [3, () => {
      const raw = pick([
        () => `GET / HTTP/9.9\r\nHost: ${host}\r\n\r\n`,
        () => `GET / HTTP/1.1 extra\r\nHost: ${host}\r\n\r\n`,
        () => `GET /\r\n\r\n`,
        () => `GET  /  HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
        () => `GET\t/\tHTTP/1.1\r\nHost: ${host}\r\n\r\n`,
        () => `GET / HTTP/1.1\nHost: ${host}\n\n`,
        () => `GET /${junk(20).replace(/[ \r\n]/g, '')} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
        () => `GET /\u0000 HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
        () => `GET /${'a'.repeat(20_000 + int(80_000))} HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nNo-Colon-Here\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Folded: a\r\n  b\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nBad Name: x\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Ctl: a\u0001b\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: -1\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: gzip, chunked\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nHost: ${EVIL}\r\nConnection: close\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nConnection: close\r\n\r\n`,
        () => `GET / HTTP/1.0\r\n\r\n`,
        () => `GET /charts HTTP/1.0\r\nHost: ${EVIL}\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n`,
        () => `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`,
        // Empty lines before the request line are allowed (RFC 9112 2.2); empty lines alone are no request to answer.
        () => `\r\n\r\nGET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
        () => `${junk(30)}\r\n\r\n`,
        () => `GET / HTTP/1.1\r\nHost: ${host}\r\n${Array.from({ length: 200 + int(2000) }, (_, i) => `X-H${i}: ${i}`).join('\r\n')}\r\nConnection: close\r\n\r\n`,
      ])();
      return { label: JSON.stringify(raw.slice(0, 80)), request: raw, expect: [] };
    }],
    // Host and X-Forwarded-Host: someone else's name, well-formed (the page as usual) or not (400).
    [5, () => {
      const [p, status] = pick(PAGES);
      const other = random() < 0.5;
      const h = other ? pick(OTHER_HOSTS) : pick(BAD_HOSTS);
      const extra = Array.from({ length: int(3) }, () => pick(FORWARDED));
      return { label: `Host ${JSON.stringify(h)} ${extra.join(' ')} ${p}`, request: req(`GET ${p} HTTP/1.1`, [`Host: ${h}`, ...extra]), expect: other ? [status] : [400] };
    }],
    [3, () => {
      const [p, status] = pick(PAGES);
      const extra = Array.from({ length: 1 + int(3) }, () => pick(FORWARDED));
      return { label: `${extra.join(' ')} ${p}`, request: req(`GET ${p} HTTP/1.1`, [`Host: ${host}`, ...extra]), expect: [status] };
    }],
    // Huge cookies: under Node's 16 KB header limit the page as usual, over it 431.
    [4, () => {
      const [p, status] = pick(PAGES);
      const size = random() < 0.8 ? 100 + int(14_000) : 17_000 + int(40_000);
      const names = ['__prerender_bypass', '__next_preview_data', 'NEXT_LOCALE', 'next-auth.session-token', '__next_hmr_refresh_hash__', 'x', 'a b', 'é', '$Version'];
      let cookie = '';
      while (cookie.length < size) cookie += `${pick(names)}=${junk(1 + int(200)).replace(/[\r\n]/g, '')}; `;
      return { label: `Cookie ${cookie.length} bytes ${p}`, request: req(`GET ${p} HTTP/1.1`, [`Host: ${host}`, `Cookie: ${cookie}`]), expect: cookie.length < 15_000 ? [status] : [status, 431] };
    }],
    // Next's router headers: a malformed state tree is 400 on every path; the rest, an answer below 500.
    [4, () => { const [p] = pick(PAGES); const t = pick(BAD_TREES); return { label: `RSC tree ${t.slice(0, 40)} ${p}`, request: req(`GET ${p} HTTP/1.1`, [`Host: ${host}`, 'RSC: 1', `Next-Router-State-Tree: ${t}`, ...(random() < 0.3 ? ['Next-Router-Prefetch: 1'] : [])]), expect: [400] }; }],
    [3, () => {
      const [p] = pick(PAGES);
      const hs = pick([
        ['RSC: 1', `Next-Router-State-Tree: ${GOOD_TREE}`],
        ['RSC: 1'],
        ['RSC: garbage'],
        ['RSC: 1', 'Next-Router-Prefetch: 1'],
        ['RSC: 1', 'Next-Router-Prefetch: 1', `Next-Router-Segment-Prefetch: ${pick(['/_tree', '/_full', '/garbage', '%', '/' + junk(30).replace(/[\r\n]/g, '')])}`],
        ['RSC: 1', `Next-Url: ${pick(['/', '//evil.example', '%', junk(20).replace(/[\r\n]/g, '')])}`],
        [`Next-Action: ${pick(['0123456789abcdef0123456789abcdef01234567', 'x', '%'])}`],
        ['X-Middleware-Subrequest: middleware:middleware:middleware:middleware:middleware', 'X-Middleware-Prefetch: 1'],
        ['X-Nextjs-Data: 1'],
        ['Next-Hmr-Refresh: 1', 'RSC: 1'],
        ['X-Invoke-Path: /_global-error', 'X-Invoke-Query: %', 'X-Matched-Path: /_not-found'],
        [`Next-Router-State-Tree: ${GOOD_TREE}`],
      ]);
      return { label: `${hs.join(' ')} ${p}`, request: req(`GET ${p} HTTP/1.1`, [`Host: ${host}`, ...hs]), expect: [] };
    }],
    // Next's internal routes.
    [1, () => { const p = pick(['/_global-error', '/_global-error.rsc', '/_global-error.html', '/_global-error/', '/_GLOBAL-ERROR', '/_global-error?x=1']); return { label: p, request: req(`${pick(['GET', 'HEAD'])} ${p} HTTP/1.1`), expect: [404] }; }],
    [1, () => {
      const p = pick(['/_not-found', '/_not-found.rsc', '/_error', '/500', '/404', '/_next/data/x/index.json', '/_next/static/chunks/nope.js', '/_next/static/../../package.json', '/_next/image?url=%2Ficon.svg&w=64&q=75', `/_next/image?url=http%3A%2F%2F${EVIL}%2Fx.png&w=64&q=75`, '/_next/image?url=%2Ficon.svg&w=1&q=1', '/_next/image', '/index', '/index.rsc', '/.env', '/%2e%2e/%2e%2e/etc/passwd', '/_next/webpack-hmr', '/__nextjs_original-stack-frame?file=x', '/_next/static/development/_devPagesManifest.json']);
      return { label: p, request: req(`GET ${p} HTTP/1.1`), expect: [] };
    }],
  ];
  const total = kinds.reduce((sum, [w]) => sum + w, 0);
  const cases: RawCase[] = [];
  while (cases.length < n) {
    let r = random() * total;
    const kind = kinds.find(([w]) => (r -= w) < 0) ?? kinds[kinds.length - 1];
    cases.push(kind[1]());
  }
  return cases;
}

/** What is wrong with a raw answer beyond its status: a foreign host, a script without this response's nonce. */
function rawProblems(r: RawAnswer): string[] {
  const problems: string[] = [];
  if (r.body.toLowerCase().includes(EVIL) || (r.headers.location ?? '').toLowerCase().includes(EVIL)) problems.push(`mentions ${EVIL}`);
  if (STACK_FRAME.test(r.body)) problems.push('stack trace');
  if (/text\/html/.test(r.headers['content-type'] ?? '') && /<script/i.test(r.body)) {
    const nonce = /'nonce-([^']+)'/.exec(r.headers['content-security-policy'] ?? '')?.[1];
    if (!nonce) problems.push('scripts, but no nonce in its Content-Security-Policy');
    else if ((r.body.match(/<script\b[^>]*>/gi) ?? []).some((tag) => !tag.includes(`nonce="${nonce}"`))) problems.push('a script without the nonce');
  }
  return problems;
}

describe.runIf(serverAvailable)('bad requests against the built app', () => {
  let database: TestDatabase;
  let app: RunningApp;
  const ids = { article: 0, event: 0, story: 0, outlet: '' };

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedDatabase(database.url, (await readCorpus([DEMO_DIR])).articles);
    const db = createClient(database.url, 2);
    ids.article = (await db.article.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
    ids.event = (await db.event.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
    ids.story = (await db.story.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
    ids.outlet = (await db.outlet.findFirstOrThrow({ where: { name: 'RT' } })).slug;
    await db.$disconnect();
    // The dashboard must read through PARALLAX_READ_DATABASE_URL alone: DATABASE_URL leads nowhere.
    const saved = process.env.PARALLAX_READ_DATABASE_URL;
    process.env.PARALLAX_READ_DATABASE_URL = database.url;
    try {
      app = await startApp(UNREACHABLE);
    } finally {
      if (saved === undefined) delete process.env.PARALLAX_READ_DATABASE_URL;
      else process.env.PARALLAX_READ_DATABASE_URL = saved;
    }
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  const controls = () => [
    '/',
    '/?page=1',
    '/?utm_source=newsletter',
    '/outlets',
    '/outlets?sort=hedge:desc,outlet:asc&min=hedge:0&cols=hedge,sentiment.negative&q=r',
    '/outlets?sort=&min=&cols=',
    '/outlets/export.csv',
    '/outlets/export.csv?sort=hedge:desc,outlet:asc&min=hedge:0&cols=hedge,sentiment.negative&q=r',
    `/outlets/${ids.outlet}`,
    `/outlets/${ids.outlet}?page=1`,
    `/outlets/${ids.outlet}/evidence?metric=hedge`,
    `/outlets/${ids.outlet}/evidence?metric=sentiment.negative&page=1`,
    '/charts',
    '/charts?metric=',
    '/charts?type=bars&metric=hedge',
    '/charts?type=scatter&x=hedge&y=sentiment.negative',
    '/charts/og?type=frames',
    `/articles/${ids.article}`,
    `/events/${ids.event}`,
    `/stories/${ids.story}`,
    '/methodology',
  ];

  it('answers well-formed controls with 200, through the read database only', async () => {
    for (const url of controls()) {
      const res = await fetch(`${app.url}${url}`);
      const body = await res.text();
      expect(res.status, `${url}: ${body.slice(0, 200)}`).toBe(200);
      expect(body, url).not.toMatch(/database is unreachable|Bad request/i);
    }
  });

  it(`answers ${CASES} generated bad requests with 400 or 404, never a 5xx`, async () => {
    const cases = generate(CASES, ids);
    const started = Date.now();
    const results = await pool(cases, CONCURRENCY, async (c) => {
      const res = await fetch(`${app.url}${c.url}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      return { status: res.status, body: await res.text() };
    });
    const elapsed = Date.now() - started;
    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    const failures: string[] = [];
    results.forEach((r, i) => {
      const c = cases[i];
      const ok = c.expect === 'either' ? r.status === 400 || r.status === 404 : r.status === c.expect;
      if (!ok) failures.push(`${r.status} (expected ${c.expect}) ${c.url.slice(0, 160)}: ${r.body.slice(0, 160)}`);
      else if (STACK_FRAME.test(r.body)) failures.push(`stack trace in ${c.url.slice(0, 160)}`);
      // A 400 names what is wrong, so a reader can fix the link.
      else if (r.status === 400 && c.params && !c.params.some((p) => r.body.includes(`<code>${p}</code>`) || new RegExp(`^Bad request: (.*; )?${p} `).test(r.body))) {
        failures.push(`400 without naming ${c.params.join('/')}: ${c.url.slice(0, 160)}`);
      }
    });
    const serverErrors = results.filter((r) => r.status >= 500).length;
    console.info(
      `bad requests: ${results.length} sent (seed ${SEED}, ${CONCURRENCY} at a time) in ${(elapsed / 1000).toFixed(1)} s; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}; 5xx: ${serverErrors}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(results.length).toBeGreaterThanOrEqual(1000);
  });

  it(`answers ${HOSTILE} hostile raw requests (methods, request lines, Host, cookies, RSC headers), never a 5xx, never silent`, async () => {
    const cases = hostile(HOSTILE, ids, Number(new URL(app.url).port));
    const results = await pool(cases, CONCURRENCY, (c) => rawRequest(app.url, c.request));
    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    const failures: string[] = [];
    results.forEach((r, i) => {
      const c = cases[i];
      if (r.status === 0) failures.push(`no answer: ${c.label.slice(0, 160)}`);
      else if (r.status >= 500) failures.push(`${r.status}: ${c.label.slice(0, 160)}: ${r.body.slice(0, 160)}`);
      else if (c.expect.length && !c.expect.includes(r.status)) failures.push(`${r.status} (expected ${c.expect.join('/')}): ${c.label.slice(0, 160)}: ${r.body.slice(0, 120)}`);
      else for (const p of rawProblems(r)) failures.push(`${p}: ${c.label.slice(0, 160)}`);
    });
    const unanswered = results.filter((r) => r.status === 0).length;
    const serverErrors = results.filter((r) => r.status >= 500).length;
    console.info(
      `hostile requests: ${results.length} sent raw (seed ${SEED + 1}, ${CONCURRENCY} at a time); statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])))}; ` +
        `5xx: ${serverErrors}; unanswered: ${unanswered}`,
    );
    expect(failures.slice(0, 30)).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(unanswered).toBe(0);
    expect(results.length + CASES).toBeGreaterThanOrEqual(3000);
  }, 600_000);

  it('builds og:url and og:image from the configured origin, whatever Host and X-Forwarded-Host say', async () => {
    const port = new URL(app.url).port;
    for (const headers of [`Host: ${EVIL}`, `Host: 127.0.0.1:${port}\r\nX-Forwarded-Host: ${EVIL}\r\nX-Forwarded-Proto: https`, `Host: ${EVIL}:8443\r\nForwarded: host=${EVIL}`]) {
      const r = await rawRequest(app.url, `GET /charts?type=bars&metric=hedge HTTP/1.1\r\n${headers}\r\nConnection: close\r\n\r\n`);
      expect(r.status, headers).toBe(200);
      // No PARALLAX_PUBLIC_URL here: the default is the address the server listens on.
      // Share links name the scoring run they were made on (app/charts/RunNotice.tsx).
      expect(r.body).toMatch(new RegExp(`<meta property="og:url" content="http://localhost:${port}/charts\\?type=bars&amp;metric=hedge&amp;run=\\d+"`));
      expect(r.body).toMatch(new RegExp(`<meta property="og:image" content="http://localhost:${port}/charts/og\\?type=bars&amp;metric=hedge&amp;run=\\d+"`));
      expect(r.body).not.toContain(EVIL);
    }
    // A malformed one is refused before any page code runs (it used to make /charts answer 500).
    for (const h of ['Host: a b', `Host: ${EVIL}:abc`, 'Host: [::1']) {
      expect((await rawRequest(app.url, `GET /charts HTTP/1.1\r\n${h}\r\nConnection: close\r\n\r\n`)).status, h).toBe(400);
    }
  });

  it('has no write route: POST, PUT, DELETE and PATCH get 405 or 404 everywhere', async () => {
    const urls = [...controls(), '/charts/og?type=bars&metric=hedge', '/nope', '/articles/abc', '/icon.svg', '/outlets?sort=bad'];
    const failures: string[] = [];
    for (const url of urls) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        // A form post and a Server Action call (Next routes those by the next-action header) alike.
        for (const headers of [{ 'content-type': 'application/x-www-form-urlencoded' }, { 'next-action': '0123456789abcdef0123456789abcdef01234567', 'content-type': 'text/plain;charset=UTF-8' }] as Array<Record<string, string>>) {
          const res = await fetch(`${app.url}${url}`, { method, headers, body: 'x=1', redirect: 'manual' });
          await res.arrayBuffer();
          if (res.status !== 405 && res.status !== 404) failures.push(`${method} ${url} (${Object.keys(headers).join(',')}): ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('has no write code: route handlers export GET only, and there are no Server Actions', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(name)) files.push(full);
      }
    };
    walk(path.join(ROOT, 'app'));
    walk(path.join(ROOT, 'lib/db/queries'));
    files.push(path.join(ROOT, 'lib/db/queries.ts'), path.join(ROOT, 'proxy.ts'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const rel = path.relative(ROOT, file);
      expect(text, rel).not.toMatch(/['"]use server['"]/);
      if (/\/route\.tsx?$/.test(file)) expect(text, rel).not.toMatch(/export\s+(async\s+)?(function|const)\s+(POST|PUT|PATCH|DELETE)\b/);
    }
    // The data module reads through the read-only connection (PARALLAX_READ_DATABASE_URL when set).
    const db = readFileSync(path.join(ROOT, 'lib/db/queries/db.ts'), 'utf8');
    expect(db).toMatch(/openReadDatabase\(\)/);
    expect(db).not.toMatch(/\bopenDatabase\(/);
  });
});
