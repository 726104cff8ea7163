import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, readCorpus, type CorpusResult } from '@/lib/ingest/corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest/corpus');
const SEEDS = path.join(ROOT, 'data/demo');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'parallax-ingest-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under the temp dir with the given files. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const ARTICLE =
  'Harbour bridge to close for repairs\n\nThe harbour bridge will close to all traffic for six weeks from 1 July while engineers replace corroded cables, the city council said on Monday.\n';
const find = (r: CorpusResult, file: string) => r.articles.filter((a) => a.sourceFile === file);
const issuesOf = (r: CorpusResult, file: string) => r.issues.filter((i) => i.file === file);

describe('readCorpus on the demo seeds with their manifest', () => {
  it('reads all five, with manifest metadata and clean bodies', async () => {
    const r = await readCorpus([SEEDS]);
    expect(r.articles.map((a) => a.sourceFile)).toEqual(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort());
    expect(r.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
    const rt = r.articles[1];
    expect(rt.outlet).toBe('RT');
    expect(rt.publishedAt?.toISOString()).toBe('2021-03-09T11:05:00.000Z');
    expect(rt.story).toBe('Russia–China alignment against the West, 2021–22');
    expect(rt.event).toMatch(/^Wang Yi’s press conference/);
    expect(rt.body).not.toContain('icon');
    expect(rt.body).not.toContain('Share it with a friend');
    expect(rt.body.startsWith('In the face of Western disinformation')).toBe(true);
    expect(rt.removedLines?.find((x) => x.line === 6)).toMatchObject({ reason: 'repeated title' });
    expect(rt.rawText?.split('\n')[rt.keptLines![0] - 1]).toMatch(/^In the face of Western/);
    // 002 has no title anywhere: the first sentence, with a notice saying how to fix it.
    expect(r.articles[2].title).toMatch(/^On Friday, the Russian and Chinese ambassadors/);
    expect(issuesOf(r, '002_1dc01d1a2ebabfc6.txt')[0].message).toMatch(/no title.*add a "title"/);
  });

  it('reports kept and removed lines per article for --dry-run --json', async () => {
    const r = await readCorpus([SEEDS]);
    const report = r.reports.find((x) => x.file === '001_f4fae667b6a03989.txt')!;
    expect(report).toMatchObject({ outlet: 'RT', date: '2021-03-09T11:05:00.000Z', keptLines: [8, 10, 12, 16, 18, 20, 22, 24, 26] });
    expect(report.removedLines[0]).toEqual({ line: 1, reason: 'word list without sentences', text: expect.stringMatching(/^icon bookmark/) });
    expect(JSON.parse(JSON.stringify(r.reports))).toEqual(r.reports);
  });

  it('finds outlets from text cues without a manifest, and errors naming the files that lack one', async () => {
    const dir = folder('no-manifest', {});
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(dir, f));
    const r = await readCorpus([dir]);
    expect(r.articles.map((a) => [a.sourceFile, a.outlet])).toEqual([
      ['001_f4fae667b6a03989.txt', 'RT'],
      ['003_ad73ec21addfee54.txt', 'The Week'],
    ]);
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.file)).toEqual(['000_34e510508c1e10d0.txt', '002_1dc01d1a2ebabfc6.txt', '004_ac739cc2e056d6f6.txt']);
    expect(errors[0].message).toMatch(/^000_34e510508c1e10d0\.txt: no outlet.*--outlet NAME/);
    // The dateline of 001 is found in the text; "On Feb. 5" in 004 has no year, so no date.
    expect(r.reports.find((x) => x.file.startsWith('001'))?.date).toBe('2021-03-09T11:05:00.000Z');
    expect(r.reports.find((x) => x.file.startsWith('004'))?.date).toBeNull();

    const withFallback = await readCorpus([dir], { outlet: 'Imported' });
    expect(withFallback.articles.map((a) => a.outlet)).toEqual(['Imported', 'RT', 'Imported', 'The Week', 'Imported']);
    expect(withFallback.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('readCorpus on every input kind', () => {
  let r: CorpusResult;
  beforeAll(async () => {
    r = await readCorpus([FIXTURES]);
  });

  it('reads folders recursively in sorted order', () => {
    expect([...new Set(r.reports.map((x) => x.file))]).toEqual(['articles.json', 'feed.jsonl', 'front-matter.txt', 'page.html', 'plain.txt', 'sub/nested.txt', 'table.csv']);
  });

  it('.txt with manifest.json', () => {
    const [a] = find(r, 'plain.txt');
    expect(a).toMatchObject({ outlet: 'Harbour Herald', title: 'Harbour bridge to close for repairs', event: 'Closure announced', story: 'Harbour bridge closure' });
    expect(a.publishedAt?.toISOString()).toBe('2024-06-03T00:00:00.000Z');
    expect(a.body).not.toMatch(/Share this article|Sign up/);
    expect(a.body.split('\n\n')).toHaveLength(3);
  });

  it('.txt with front matter: wins over the manifest, line numbers are the file’s', () => {
    const [a] = find(r, 'front-matter.txt');
    expect(a).toMatchObject({ outlet: 'Quayside Post', title: 'Ferry operators prepare for bridge closure', url: 'https://quaysidepost.example/2024/06/04/ferry-operators-prepare' });
    expect(a.publishedAt?.toISOString()).toBe('2024-06-04T00:00:00.000Z'); // from the URL path
    expect(a.keptLines).toEqual([9, 10]);
    expect(a.removedLines?.map((x) => [x.line, x.reason])).toEqual([
      [7, 'title'],
      [8, 'byline'],
      [11, 'navigation or section label'],
      [12, 'headline or link list'],
      [13, 'headline or link list'],
      [14, 'headline or link list'],
    ]);
    expect(a.rawText?.split('\n')[8]).toMatch(/^Ferry operators said on Tuesday/);
  });

  it('.json: an array of articles, outlet from the URL, a record without text skipped', () => {
    const [reuters, guardian] = find(r, 'articles.json');
    expect(reuters).toMatchObject({ outlet: 'Reuters', sourceRecord: 1 });
    expect(reuters.publishedAt?.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(reuters.body).not.toContain('Read more');
    expect(guardian).toMatchObject({ outlet: 'The Guardian', sourceRecord: 2 });
    expect(guardian.publishedAt?.toISOString()).toBe('2024-07-02T08:30:00.000Z');
    expect(issuesOf(r, 'articles.json')).toEqual([
      { file: 'articles.json', severity: 'skip', message: expect.stringMatching(/^articles\.json: record 3 has no text/) },
    ]);
  });

  it('.jsonl: one article a line, malformed lines reported as file:line', () => {
    expect(find(r, 'feed.jsonl').map((a) => [a.title, a.sourceLine])).toEqual([
      ['Bridge repairs ahead of schedule', 1],
      ['42', 4],
    ]);
    const issues = issuesOf(r, 'feed.jsonl');
    expect(issues.map((i) => [i.line, i.severity])).toEqual([
      [3, 'skip'],
      [5, 'skip'],
    ]);
    expect(issues[0].message).toMatch(/^feed\.jsonl:3: not valid JSON .*fix or remove this line/);
  });

  it('.csv: header columns in any case, multi-line fields, bad rows reported by line', () => {
    const rows = find(r, 'table.csv');
    expect(rows.map((a) => [a.outlet, a.sourceLine, a.sourceRecord])).toEqual([
      ['Harbour Herald', 2, 1],
      ['BBC', 6, 3],
    ]);
    expect(rows[0].body).toBe('The harbour bridge reopened to traffic on Monday morning, a week earlier than planned.\n\nThe first car crossed at 6 a.m., the council said.');
    expect(rows[1].publishedAt?.toISOString()).toBe('2024-08-06T00:00:00.000Z');
    expect(issuesOf(r, 'table.csv').map((i) => [i.line, i.severity])).toEqual([[5, 'skip']]);
  });

  it('.html: main text by Readability, never scripts or styles, metadata from the page', () => {
    const [a] = find(r, 'page.html');
    expect(a).toMatchObject({ outlet: 'Harbour Herald', title: 'Engineers explain the bridge cable fault', url: 'https://harbourherald.example/news/bridge-cable-fault' });
    expect(a.publishedAt?.toISOString()).toBe('2024-06-10T07:00:00.000Z');
    expect(a.body).not.toMatch(/MUST NOT APPEAR|font-family|trackingPixel|cookie|Related stories|All rights reserved/);
    expect(a.body.split('\n\n')).toHaveLength(4);
    expect(a.body).toMatch(/^Engineers said on Monday/);
  });

  it('reports a file that nothing names an outlet for', () => {
    expect(find(r, 'sub/nested.txt')).toEqual([]);
    expect(issuesOf(r, 'sub/nested.txt')).toMatchObject([{ severity: 'error', message: expect.stringMatching(/no outlet/) }]);
  });

  it('validates every article it returns', () => {
    for (const a of r.articles) {
      expect(a.outlet.trim()).not.toBe('');
      expect(a.title.trim()).not.toBe('');
      expect(a.body.trim()).not.toBe('');
    }
  });
});

describe('readCorpus on bad input', () => {
  it('skips empty, whitespace-only and binary files, naming each and saying what to do', async () => {
    const dir = folder('bad-files', {
      'empty.txt': '',
      'blank.txt': '\n \n',
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'good.txt': ARTICLE,
    });
    const r = await readCorpus([dir], { outlet: 'Test' });
    expect(r.articles.map((a) => a.sourceFile)).toEqual(['good.txt']);
    expect(r.issues.map((i) => [i.file, i.severity])).toEqual([
      ['blank.txt', 'skip'],
      ['empty.txt', 'skip'],
      ['image.txt', 'skip'],
    ]);
    expect(r.issues[1].message).toMatch(/^empty\.txt: skipped: the file is empty/);
    expect(r.issues[2].message).toMatch(/^image\.txt: skipped: .*binary/);
  });

  it('decodes Windows-1252 with a notice, refuses other non-UTF-8 text', async () => {
    const dir = folder('encodings', {
      // "… the café owner said on Monday – “again”." in Windows-1252: é, en dash and curly quotes are 8-bit bytes.
      'cp1252.txt': new Uint8Array([
        ...Buffer.from('Harbour bridge to close for repairs\n\nThe harbour bridge will close for six weeks while engineers replace corroded cables, the caf'),
        0xe9, ...Buffer.from(' owner said on Monday '), 0x96, 0x20, 0x93, ...Buffer.from('again'), 0x94, 0x2e,
      ]),
      // Japanese in Shift-JIS: neither UTF-8 nor Windows-1252.
      'sjis.txt': new Uint8Array([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd, 0x0a]),
    });
    const r = await readCorpus([dir], { outlet: 'Test' });
    const cp = r.articles.find((a) => a.sourceFile === 'cp1252.txt')!;
    expect(cp.body).toContain('the café owner said on Monday – “again”.');
    expect(issuesOf(r, 'cp1252.txt')).toMatchObject([{ severity: 'notice', message: expect.stringMatching(/Windows-1252.*re-save the file as UTF-8/) }]);
    expect(issuesOf(r, 'sjis.txt')).toMatchObject([{ severity: 'skip', message: expect.stringMatching(/^sjis\.txt: skipped: it is (not|neither) UTF-8.*re-save it as UTF-8/) }]);
  });

  it('skips an article over the size limit', async () => {
    const dir = folder('size', { 'big.txt': ARTICLE + 'x'.repeat(3000), 'small.txt': ARTICLE });
    const r = await readCorpus([dir], { outlet: 'Test', maxBytes: 1000 });
    expect(r.articles.map((a) => a.sourceFile)).toEqual(['small.txt']);
    expect(issuesOf(r, 'big.txt')).toMatchObject([{ severity: 'skip', message: expect.stringMatching(/over the 0\.0 MB limit.*raise the limit/) }]);

    const records = readContent('big.jsonl', Buffer.from(JSON.stringify({ outlet: 'A', title: 'T', text: 'y'.repeat(2000) }) + '\n'), 'jsonl', { maxBytes: 1000 });
    expect(records.issues).toMatchObject([{ file: 'big.jsonl', line: 1, severity: 'skip' }]);
  });

  it('reports a malformed .json file and a record of the wrong shape', async () => {
    const bad = readContent('broken.json', Buffer.from('[\n  {"title": "a",\n   "text": "b",}\n]'), 'json');
    expect(bad.issues).toMatchObject([{ file: 'broken.json', line: 3, severity: 'skip', message: expect.stringMatching(/^broken\.json:3: not valid JSON/) }]);
    const shape = readContent('shape.json', Buffer.from('{"title": "not an array"}'), 'json');
    expect(shape.issues[0].message).toMatch(/expected an array of articles/);
    const field = readContent('field.json', Buffer.from('[{"title": {"nested": true}, "text": "x"}]'), 'json');
    expect(field.issues[0].message).toMatch(/^field\.json: record 1: title: expected text/);
  });

  it('reads an HTML fragment, and skips a page with no text (rendered by JavaScript)', () => {
    const frag = readContent(
      'frag.html',
      Buffer.from('<p>The council voted on Tuesday to approve the new library, which will open next spring after two years of delays.</p><script>x = "NO"</script>'),
      'html',
      { outlet: 'X' },
    );
    expect(frag.articles[0].body).toBe('The council voted on Tuesday to approve the new library, which will open next spring after two years of delays.');
    const js = readContent('app.html', Buffer.from('<html><body><div id="root"></div><script>render()</script></body></html>'), 'html');
    expect(js.issues).toMatchObject([{ severity: 'skip', message: expect.stringMatching(/^app\.html: has no readable text/) }]);
  });

  it('reports a CSV without a text column', () => {
    const r = readContent('cols.csv', Buffer.from('outlet,title,url\nA,B,C\n'), 'csv');
    expect(r.issues).toMatchObject([{ severity: 'skip', message: expect.stringMatching(/no "text" column \(found: outlet, title, url\)/) }]);
  });

  it('reports bad front matter and skips text that is all furniture', () => {
    const fm = readContent('fm.txt', Buffer.from('---\noutlett: Typo\n---\n' + ARTICLE), 'txt');
    expect(fm.issues[0].message).toMatch(/^fm\.txt:2: front matter: .*outlett.*allowed keys/);
    const yaml = readContent('yaml.txt', Buffer.from('---\ntitle: [unclosed\n---\n' + ARTICLE), 'txt');
    expect(yaml.issues[0]).toMatchObject({ severity: 'skip', message: expect.stringMatching(/not valid YAML/) });
    const furniture = readContent('menu.txt', Buffer.from('Home\nNews\nSport\nSign in\n'), 'txt', { outlet: 'X' });
    expect(furniture.articles).toEqual([]);
    expect(furniture.issues[0].message).toMatch(/no article text left after removing 4 line/);
  });

  it('reports a bad manifest as an error and reads the folder without it', async () => {
    const dir = folder('bad-manifest', { 'manifest.json': '{"files": {"a.txt": {"outlet": "A", "colour": "red"}}}', 'a.txt': ARTICLE });
    const r = await readCorpus([dir], { outlet: 'Fallback' });
    expect(r.articles.map((a) => a.outlet)).toEqual(['Fallback']);
    expect(r.issues).toMatchObject([{ file: 'manifest.json', severity: 'error', message: expect.stringMatching(/^manifest\.json: .*colour/) }]);
  });

  it('notes manifest entries that match no file', async () => {
    const dir = folder('typo-manifest', { 'manifest.json': '{"files": {"a.txt": {"outlet": "A"}, "b.txt": {"outlet": "B"}}}', 'a.txt': ARTICLE });
    const r = await readCorpus([dir]);
    expect(r.issues).toMatchObject([{ file: 'manifest.json', severity: 'notice', message: expect.stringMatching(/"b\.txt", which was not read/) }]);
  });

  it('never follows a symlink loop and reads a linked file once', async () => {
    const dir = folder('loop', { 'a.txt': ARTICLE, 'sub/b.txt': ARTICLE.replace('Harbour', 'River') });
    symlinkSync(dir, path.join(dir, 'sub', 'back'));
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'sub', 'alias.txt'));
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));
    const r = await readCorpus([dir], { outlet: 'Test' });
    expect(r.articles.map((a) => a.sourceFile)).toEqual(['a.txt', 'sub/b.txt']);
    expect(r.issues.map((i) => i.file).sort()).toEqual(['dangling.txt', 'sub/back']);
  });

  it('reports missing paths, unsupported files and empty folders', async () => {
    const dir = folder('misc', { 'notes.md': '# notes', 'data.bin': 'x' });
    const r = await readCorpus([path.join(tmp, 'nope'), path.join(dir, 'notes.md'), dir]);
    expect(r.issues.map((i) => i.severity)).toEqual(['error', 'skip', 'error']);
    expect(r.issues[0].message).toMatch(/not found; check the path/);
    expect(r.issues[1].message).toMatch(/unsupported file type/);
    expect(r.issues[2].message).toMatch(/has no .txt, .json, .jsonl, .csv or .html files/);
  });

  it('gives the same result twice', async () => {
    const a = await readCorpus([FIXTURES]);
    const b = await readCorpus([FIXTURES]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(readFileSync(path.join(FIXTURES, 'plain.txt'), 'utf8')).toContain('Harbour bridge');
  });
});
