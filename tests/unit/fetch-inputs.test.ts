/** What `parallax fetch` reads its URLs from: URL lists, feeds in each format, CSV exports. Texts written for these tests. */
import { describe, expect, it } from 'vitest';
import { readUrlList } from '@/lib/fetch/read-url-list';
import { looksLikeFeed, readFeed } from '@/lib/fetch/read-feed';
import { looksLikeUrlCsv, readCsvExport } from '@/lib/fetch/read-csv-export';

describe('URL lists', () => {
  it('reads one URL a line, skips comments and blank lines, keeps fragments, and names bad lines', () => {
    const { targets, issues } = readUrlList('# my list\n\nhttps://a.example/one\nhttps://a.example/two#part  # second story\nftp://a.example/x\nnot a url\n', 'urls.txt');
    expect(targets.map((t) => [t.url, t.from])).toEqual([
      ['https://a.example/one', 'urls.txt:3'],
      ['https://a.example/two#part', 'urls.txt:4'],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'urls.txt:5: "ftp://a.example/x" is not an http(s) URL; give one full URL a line, such as https://example.com/story',
      'urls.txt:6: "not a url" is not an http(s) URL; give one full URL a line, such as https://example.com/story',
    ]);
  });

  it('says so when a list has no URL at all', () => {
    expect(readUrlList('# nothing yet\n', 'empty.txt').issues[0].message).toBe('empty.txt: has no URLs: give one http(s) URL a line');
  });
});

describe('feeds', () => {
  it('RSS 2.0: links, titles, dates; a permalink guid stands in for a missing link; relative links resolved', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
      <item><title>First &amp; foremost</title><link>https://g.example/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
      <item><title>Second</title><guid isPermaLink="true">https://g.example/2</guid></item>
      <item><title>Third</title><link>/3</link></item>
      <item><title>No link</title><guid isPermaLink="false">abc-123</guid></item></channel></rss>`;
    expect(looksLikeFeed(rss)).toBe(true);
    const { targets, issues, title } = readFeed(rss, 'https://g.example/feed', 'https://g.example/feed');
    expect(title).toBe('Gazette');
    expect(targets.map((t) => [t.url, t.title, t.date ?? null, t.from])).toEqual([
      ['https://g.example/1', 'First & foremost', 'Tue, 05 Mar 2024 10:00:00 GMT', 'https://g.example/feed item 1'],
      ['https://g.example/2', 'Second', null, 'https://g.example/feed item 2'],
      ['https://g.example/3', 'Third', null, 'https://g.example/feed item 3'],
    ]);
    expect(issues.map((i) => i.message)).toEqual(['https://g.example/feed: item 4 ("No link") has no link; skipped']);
  });

  it('Atom: the alternate link (not the enclosure), the title text, published before updated', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
      <entry><title type="text">An entry</title><link rel="enclosure" href="https://t.example/a.mp3"/><link rel="alternate" href="https://t.example/a"/>
      <published>2024-03-01T08:00:00Z</published><updated>2024-03-02T08:00:00Z</updated></entry></feed>`;
    const { targets } = readFeed(atom, 'atom.xml');
    expect(targets).toEqual([{ url: 'https://t.example/a', from: 'atom.xml item 1', input: 'atom.xml', title: 'An entry', date: '2024-03-01T08:00:00Z' }]);
  });

  it('JSON Feed and RSS 1.0 (RDF) with Dublin Core dates', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', title: 'One', date_published: '2024-01-02T00:00:00Z' }, { id: '2', external_url: 'https://elsewhere.example/2' }] });
    expect(looksLikeFeed(json)).toBe(true);
    expect(readFeed(json, 'feed.json').targets.map((t) => [t.url, t.date ?? null])).toEqual([
      ['https://j.example/1', '2024-01-02T00:00:00Z'],
      ['https://elsewhere.example/2', null],
    ]);
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2024-02-02</dc:date></item></rdf:RDF>`;
    expect(readFeed(rdf, 'r.rdf').targets.map((t) => [t.url, t.date])).toEqual([['https://r.example/1', '2024-02-02']]);
  });

  it('a relative link in a feed file with no URL cannot be resolved, and says so; a non-feed is refused', () => {
    const rss = '<rss version="2.0"><channel><title>T</title><item><link>/only-a-path</link></item></channel></rss>';
    expect(readFeed(rss, 'saved.xml').issues[0].message).toMatch(/^saved\.xml: item 1 links to "\/only-a-path", which is relative and the feed has no URL/);
    expect(looksLikeFeed('<html><body>hi</body></html>')).toBe(false);
    expect(readFeed('<html><body>hi</body></html>', 'page.xml').issues[0].message).toMatch(/^page\.xml: is not a readable RSS, Atom or JSON feed/);
  });
});

describe('CSV exports', () => {
  it("reads Media Cloud's story-list columns: url, title, publish_date and media_name (a bare domain only as a hint)", () => {
    const csv =
      'id,indexed_date,language,media_name,media_url,publish_date,title,url\n' +
      '1,2024-03-09 10:00:00,en,The Daily Example,dailyexample.com,2024-03-08 20:15:00,"Vote, then recount",https://dailyexample.com/vote\n' +
      '2,2024-03-09 10:00:00,en,otherpaper.example,otherpaper.example,2024-03-07,Second,https://otherpaper.example/2\n' +
      '3,2024-03-09 10:00:00,en,X,x.example,2024-03-07,Broken,not-a-url\n';
    expect(looksLikeUrlCsv(csv)).toBe(true);
    const { targets, issues } = readCsvExport(csv, 'export.csv');
    expect(targets).toEqual([
      { url: 'https://dailyexample.com/vote', from: 'export.csv:2', input: 'export.csv', title: 'Vote, then recount', date: '2024-03-08 20:15:00', outlet: 'The Daily Example' },
      { url: 'https://otherpaper.example/2', from: 'export.csv:3', input: 'export.csv', title: 'Second', date: '2024-03-07', outletHint: 'otherpaper.example' },
    ]);
    expect(issues.map((i) => i.message)).toEqual(['export.csv:4: "not-a-url" is not an http(s) URL; skipped']);
  });

  it('reads the legacy export and any CSV with a url column, comma or semicolon separated', () => {
    const legacy = 'stories_id,publish_date,title,url,language,ap_syndicated,media_id,media_name,media_url\n7,2019-11-18 09:00:00,Old story,https://old.example/7,en,False,1,Old Paper,http://old.example\n';
    expect(readCsvExport(legacy, 'legacy.csv').targets[0]).toMatchObject({ url: 'https://old.example/7', title: 'Old story', outlet: 'Old Paper', date: '2019-11-18 09:00:00' });
    const semicolons = 'URL;Outlet\nhttps://s.example/1;Semi Colon Times\n';
    expect(readCsvExport(semicolons, 'semi.csv').targets[0]).toMatchObject({ url: 'https://s.example/1', outlet: 'Semi Colon Times' });
  });

  it('names the columns it found when there is no url column', () => {
    expect(readCsvExport('title,text\nA,B\n', 'articles.csv').issues[0].message).toBe('articles.csv:1: has no "url" column (found: title, text); name the column of article links "url"');
  });
});
