/** URL identity, canonical links, the address guard, Retry-After and page encodings. */
import { describe, expect, it } from 'vitest';
import { articleUrl, canonicalLink, cleanUrl, urlKey } from '@/lib/fetch/canonical';
import { isPublicAddress } from '@/lib/fetch/address';
import { retryAfterMs } from '@/lib/fetch/fetch-url';
import { toUtf8 } from '@/lib/fetch/decode-page';

describe('which URLs are the same article', () => {
  it('ignores scheme, www., trailing slash, fragment, tracking parameters and parameter order', () => {
    const key = urlKey('https://www.news.example/story/?b=2&a=1&utm_source=x&fbclid=y#comments');
    expect(urlKey('http://news.example/story?a=1&b=2')).toBe(key);
    expect(urlKey('https://news.example/story?a=1&b=3')).not.toBe(key);
    expect(urlKey('https://news.example/other')).not.toBe(key);
  });

  it('stores a URL without tracking parameters or fragment, keeping everything else', () => {
    expect(cleanUrl('https://www.news.example/story?id=7&utm_medium=rss#top')).toBe('https://www.news.example/story?id=7');
  });

  it("takes the page's canonical link on the same site (AMP and mobile copies), never one to another site", () => {
    const html = '<html><head><link rel="amphtml" href="/amp/x"><link rel="Canonical" href="/news/x"></head><body></body></html>';
    expect(canonicalLink(html, 'https://m.paper.example/amp/news/x')).toBe('https://m.paper.example/news/x');
    expect(articleUrl('https://amp.paper.example/news/x', 'https://www.paper.example/news/x')).toBe('https://www.paper.example/news/x');
    // A syndicated wire story: the copy this outlet ran stays this outlet's article.
    expect(articleUrl('https://local.example/wire/x', 'https://wire.example/x')).toBe('https://local.example/wire/x');
    expect(canonicalLink('<html><head><meta property="og:url" content="https://p.example/a"></head></html>', 'https://p.example/a?x=1')).toBe('https://p.example/a');
    expect(canonicalLink('<html><head><link rel="canonical" href="javascript:alert(1)"></head></html>', 'https://p.example/a')).toBeUndefined();
  });
});

describe('the address guard', () => {
  it('allows public unicast addresses only', () => {
    for (const ip of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) expect(isPublicAddress(ip), ip).toBe(true);
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '224.0.0.1', 'not-an-ip']) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });
});

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('Tue, 05 Mar 2024 10:00:00 GMT');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 05 Mar 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 05 Mar 2024 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('page encodings', () => {
  it('decodes what the Content-Type or a <meta charset> declares, and leaves undeclared bytes to ingest', () => {
    const latin = Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xe9]), Buffer.from(' cr'), Buffer.from([0xe8]), Buffer.from('me</p>')]);
    expect(toUtf8(latin, 'text/html; charset=ISO-8859-1').toString('utf8')).toBe('<p>café crème</p>');
    const sjis = Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), Buffer.from('</p>')]);
    expect(toUtf8(sjis).toString('utf8')).toBe('<meta charset="shift_jis"><p>東京</p>');
    const undeclared = Buffer.from('<p>plain</p>');
    expect(toUtf8(undeclared)).toBe(undeclared);
  });
});
