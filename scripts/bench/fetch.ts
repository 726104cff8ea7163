/**
 * `fetch`: `parallax fetch`'s fetching and extraction (lib/fetch/fetch-corpus.ts, what the CLI runs before it stores)
 * on a 500-URL list served by local sites (never the internet) at the default politeness: one request at a time per
 * host, 1 s apart, on five loopback hosts (127.0.0.1–127.0.0.5), each with a robots.txt and article pages built from
 * the demo seeds with page furniture around them. Pages carry an ETag and Cache-Control: no-cache, the case where a
 * second run must ask again: it makes conditional requests, and every page should come back 304 from the cache.
 * Reports the wall time of each run, the highest rate of requests to one host, and the second run's cache hits.
 * --quick: 50 URLs, 0.05 s apart.
 */
import http from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fetchSettings } from '../../lib/fetch/config';
import { fetchCorpus, type FetchRun } from '../../lib/fetch/fetch-corpus';
import { hostRate } from '../../lib/fetch/summary';
import type { BenchMetric, BenchTask } from './_types';

const SEEDS = path.resolve(import.meta.dirname, '../../data/demo');
const HOSTS = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Article n: a seed's paragraphs (a per-page sentence keeps every text distinct) between a menu and a related list. */
function pageHtml(seeds: string[][], n: number): string {
  const paragraphs = [...seeds[n % seeds.length], `This copy, number ${n}, was generated for the fetch benchmark.`];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Benchmark story ${n}</title><meta property="og:site_name" content="Bench Herald"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Benchmark story ${n}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>
<aside><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li><li><a href="/c">One more story</a></li></ul></aside></body></html>`;
}

async function serve(host: string, seeds: string[][]): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    if (p === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    const m = /^\/story\/(\d+)$/.exec(p);
    if (!m) return void res.writeHead(404).end();
    const body = pageHtml(seeds, Number(m[1]));
    const etag = `"${m[1]}-${body.length}"`;
    const headers = { 'content-type': 'text/html; charset=utf-8', etag, 'cache-control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
}

function figures(prefix: string, run: FetchRun): BenchMetric[] {
  const requests = run.requests.reduce((n, r) => n + r.count, 0);
  return [
    { metric: `${prefix}.seconds`, value: run.seconds, unit: 's' },
    { metric: `${prefix}.requests`, value: requests, unit: 'requests' },
    { metric: `${prefix}.max_requests_per_host_per_s`, value: Math.max(...run.requests.map(hostRate)), unit: 'req/s' },
    { metric: `${prefix}.articles`, value: run.corpus.articles.length, unit: 'articles' },
  ];
}

const task: BenchTask = {
  name: 'fetch',
  async run({ quick }) {
    const n = quick ? 50 : 500;
    const delayMs = quick ? 50 : 1000;
    const seeds = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) =>
        readFileSync(path.join(SEEDS, f), 'utf8')
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, ' ').trim())
          .filter((p) => p.split(' ').length >= 12),
      );
    const sites = await Promise.all(HOSTS.map((h) => serve(h, seeds)));
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-fetch-'));
    try {
      const list = path.join(dir, 'urls.txt');
      writeFileSync(list, Array.from({ length: n }, (_, i) => `${sites[i % sites.length].origin}/story/${i}`).join('\n') + '\n');
      const settings = fetchSettings({ contact: 'bench@example.org' }, { delayMs, allowPrivate: true, cacheDir: path.join(dir, 'cache'), hosts: HOSTS.length });
      const first = await fetchCorpus([list], { settings });
      const second = await fetchCorpus([list], { settings });
      const cached = second.pages.filter((p) => p.outcome === 'cached').length;
      return [
        { metric: 'fetch.urls', value: n, unit: 'URLs' },
        { metric: 'fetch.hosts', value: HOSTS.length, unit: 'hosts' },
        { metric: 'fetch.delay_s', value: delayMs / 1000, unit: 's' },
        ...figures('fetch.first_run', first),
        { metric: 'fetch.first_run.urls_per_s', value: n / first.seconds, unit: 'URLs/s' },
        ...figures('fetch.second_run', second),
        { metric: 'fetch.second_run.cache_hits', value: cached, unit: 'pages' },
        { metric: 'fetch.second_run.revalidated_304', value: second.pages.filter((p) => p.cache === 'revalidated').length, unit: 'pages' },
      ];
    } finally {
      for (const s of sites) s.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default task;
