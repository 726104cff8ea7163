/**
 * A small news site on 127.0.0.1 for the fetch tests (never the internet): article pages with ETags, a robots.txt
 * that disallows /private/, an RSS feed, and one route for every way a fetch can go wrong — a 429 with Retry-After,
 * a redirect loop, a page slower than any timeout, a 10 MB page, a PDF, an AMP copy whose canonical link points at
 * another page. Every request is recorded so tests can assert what was (and was not) asked for. The texts are
 * written for these tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
}

export interface TestSite {
  origin: string;
  requests: SeenRequest[];
  /** Requests for one path, in order. */
  hits(path: string): SeenRequest[];
  /** The most requests the site was ever answering at once. */
  maxInFlight(): number;
  close(): Promise<void>;
}

const NAV = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`;
const RELATED = `<aside><h2>Most read</h2><ul><li><a href="/a">Council approves new cycle lanes</a></li><li><a href="/b">Storm closes coastal road for a day</a></li><li><a href="/c">Library opening hours extended</a></li></ul></aside>`;

export interface Article {
  title: string;
  date: string;
  paragraphs: string[];
}

export const ARTICLES: Record<string, Article> = {
  '/news/harbour-bridge': {
    title: 'Harbour bridge reopens after repairs',
    date: '2024-03-04T09:30:00Z',
    paragraphs: [
      'The harbour bridge reopened to traffic on Monday morning after six weeks of repairs to its steel deck, the city transport office said.',
      'Engineers replaced forty expansion joints and resurfaced both carriageways, work that had been planned for two years but was brought forward after an inspection in January found cracks near the northern pier.',
      'Commuters who had faced detours of up to half an hour welcomed the reopening. "It has been a long winter of queues," said one bus driver, who asked not to be named.',
      'The transport office said the final cost was slightly under the budget approved by the council, and that a second phase of painting would take place at night over the summer.',
    ],
  },
  '/news/school-meals': {
    title: 'Free school meals extended to all primary pupils',
    date: '2024-03-05T12:00:00Z',
    paragraphs: [
      'Every primary school pupil in the district will receive a free hot lunch from September, the education committee decided on Tuesday after a long debate.',
      'Supporters of the plan argued that it would remove the stigma some families feel when they apply for means-tested meals, while opponents questioned whether the kitchens of smaller schools could cope with the extra demand.',
      'The committee estimated that the scheme would cost about four million a year and said it would be paid for from a reserve fund for the first two years.',
    ],
  },
  '/news/river-festival': {
    title: 'River festival draws record crowds',
    date: '2024-03-06T18:45:00Z',
    paragraphs: [
      'More than thirty thousand people attended the weekend river festival, the largest crowd since the event began fifteen years ago, according to the organisers.',
      'Boat races, a lantern parade and stalls run by local restaurants filled both banks, and the organisers said the new shuttle buses from the railway station had eased the congestion seen in earlier years.',
      'Police reported no serious incidents, and volunteers collected more than two tonnes of litter on Monday morning.',
    ],
  },
};

/** Only in the CSV export, whose media_name column names its outlet. */
export const COUNCIL_ARTICLE: Article = {
  title: 'Council votes to keep the night bus',
  date: '2024-03-08T20:15:00Z',
  paragraphs: [
    'The city council voted by nineteen to eleven on Friday to keep the night bus service that had been due to end in April.',
    'Nurses, bar staff and cleaners had signed a petition saying the route was their only way home after late shifts, and several of them spoke at the meeting.',
    'The service will now be reviewed again next year, when the contract with the operator comes up for renewal.',
  ],
};

/** Served at /busy after a 429. */
export const BUSY_ARTICLE: Article = {
    title: 'Ferry timetable changes for the holiday weekend',
    date: '2024-03-07T08:00:00Z',
    paragraphs: [
      'Ferries to the islands will run every forty minutes instead of every hour over the holiday weekend, the operator announced on Thursday.',
      'The extra sailings follow complaints last year about passengers being turned away at the pier, and the operator said it had hired twelve seasonal crew members to staff them.',
      'Travellers are advised to book vehicle places in advance, as the first sailings on Saturday are already nearly full.',
    ],
  };

export function articleHtml(a: Article, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title} | Test Gazette</title>
<meta property="og:title" content="${a.title}"><meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="${a.date}"><meta name="author" content="Robin Example">${extraHead}</head>
<body>${NAV}<main><article><h1>${a.title}</h1><p class="byline">By Robin Example</p>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>${RELATED}</main><footer><p>© 2024 Test Gazette. All rights reserved.</p></footer></body></html>`;
}

function etagOf(body: string): string {
  let h = 0;
  for (let i = 0; i < body.length; i++) h = (h * 31 + body.charCodeAt(i)) | 0;
  return `"${(h >>> 0).toString(16)}"`;
}

/** Starts the site; `slowMs` is how long /slow waits before answering. */
export async function startTestSite(options: { slowMs?: number } = {}): Promise<TestSite> {
  const requests: SeenRequest[] = [];
  const busyHits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  let inFlight = 0;
  let maxInFlight = 0;

  const page = (res: http.ServerResponse, req: http.IncomingMessage, body: string, type = 'text/html; charset=utf-8') => {
    const etag = etagOf(body);
    // no-cache: stored, but asked about again every run, so a second run makes conditional requests.
    const headers = { 'content-type': type, etag, 'cache-control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return 304;
    }
    res.writeHead(200, headers).end(body);
    return 200;
  };

  const server = http.createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const record = (status: number) => requests.push({ path, headers: req.headers, status });
    if (path === '/robots.txt') {
      record(page(res, req, 'User-agent: *\nDisallow: /private/\n', 'text/plain'));
    } else if (ARTICLES[path]) {
      record(page(res, req, articleHtml(ARTICLES[path])));
    } else if (path === '/amp/news/harbour-bridge') {
      // The AMP copy: the same story, its canonical link pointing at the article.
      record(page(res, req, articleHtml(ARTICLES['/news/harbour-bridge'], `<link rel="canonical" href="${origin}/news/harbour-bridge">`).replace('<footer>', '<p>Shared from the mobile edition.</p><footer>')));
    } else if (path === '/print/news/river-festival') {
      // A print view: the same text at another URL, with no canonical link.
      record(page(res, req, articleHtml(ARTICLES['/news/river-festival'])));
    } else if (path === '/council-vote') {
      record(page(res, req, articleHtml(COUNCIL_ARTICLE)));
    } else if (path === '/private/memo') {
      record(page(res, req, articleHtml(ARTICLES['/news/school-meals'])));
    } else if (path === '/busy') {
      // Too many requests once, then the page.
      const n = (busyHits.get(path) ?? 0) + 1;
      busyHits.set(path, n);
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
        record(429);
      } else record(page(res, req, articleHtml(BUSY_ARTICLE)));
    } else if (path === '/loop/a' || path === '/loop/b') {
      res.writeHead(302, { location: path === '/loop/a' ? '/loop/b' : '/loop/a' }).end();
      record(302);
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/news/school-meals' }).end();
      record(301);
    } else if (path === '/slow') {
      record(0);
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(ARTICLES['/news/school-meals']));
      }, options.slowMs ?? 5000);
      timers.add(t);
    } else if (path === '/huge') {
      // 10 MB streamed without a Content-Length: the cap must stop the download itself.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      record(200);
      const chunk = `<p>${'filler text '.repeat(5000)}</p>\n`;
      let sent = 0;
      const pump = () => {
        while (sent < 10 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('</body></html>');
      };
      res.write('<!doctype html><html><body>');
      res.on('error', () => {});
      pump();
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'));
      record(200);
    } else if (path === '/feed.xml') {
      const items = Object.entries(ARTICLES)
        .map(([p, a]) => `<item><title>${a.title}</title><link>${origin}${p}?utm_source=rss</link><pubDate>${new Date(a.date).toUTCString()}</pubDate></item>`)
        .join('');
      record(page(res, req, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Gazette</title><link>${origin}/</link>${items}</channel></rss>`, 'application/rss+xml'));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      record(404);
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    hits: (p) => requests.filter((r) => r.path === p),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
