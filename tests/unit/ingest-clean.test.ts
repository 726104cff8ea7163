import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, REASONS } from '@/lib/ingest/clean';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.join(ROOT, 'data/demo');
const SITES = path.join(ROOT, 'tests/fixtures/ingest/sites');
const seedLabels: Record<string, { title: number[]; keep: number[]; boilerplate: number[] }> = JSON.parse(
  readFileSync(path.join(ROOT, 'data/eval/boilerplate-labels.json'), 'utf8'),
).files;
const siteLabels: Record<string, { title: number; keep: number[] }> = JSON.parse(readFileSync(path.join(SITES, 'labels.json'), 'utf8'));

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seed = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');
const lines = (text: string) => text.split('\n');
const reasonOf = (r: ReturnType<typeof cleanText>, line: number) => r.removedLines.find((x) => x.line === line)?.reason;

describe('cleanText on the demo seeds', () => {
  it('has a hand label for every seed', () => {
    expect(Object.keys(seedLabels).sort()).toEqual(seedFiles);
  });

  for (const file of seedFiles) {
    it(`${file}: keeps every labelled article line and no furniture`, () => {
      const text = seed(file);
      const r = cleanText(text);
      const label = seedLabels[file];
      for (const n of label.keep) expect(r.body).toContain(lines(text)[n - 1].trim());
      expect(r.keptLines).toEqual(label.keep);
      for (const n of [...label.boilerplate, ...label.title]) expect(r.keptLines).not.toContain(n);
    });

    it(`${file}: accounts for every non-empty line exactly once`, () => {
      const text = seed(file);
      const r = cleanText(text);
      const nonEmpty = lines(text).flatMap((l, i) => (l.trim() ? [i + 1] : []));
      expect([...r.keptLines, ...r.removedLines.map((x) => x.line)].sort((a, b) => a - b)).toEqual(nonEmpty);
      for (const x of r.removedLines) expect(x.text).toBe(lines(text)[x.line - 1].trim());
    });
  }

  it('joins kept lines with blank lines, one paragraph each', () => {
    const r = cleanText(seed('002_1dc01d1a2ebabfc6.txt'));
    expect(r.body.split('\n\n')).toHaveLength(11);
    expect(r.body).not.toMatch(/\n\n\n/);
  });

  it('names why each kind of furniture was cut', () => {
    const rt = cleanText(seed('001_f4fae667b6a03989.txt'));
    expect(reasonOf(rt, 1)).toBe(REASONS.wordList);
    expect(reasonOf(rt, 2)).toBe(REASONS.dateline);
    expect(reasonOf(rt, 4)).toBe(REASONS.title);
    expect(reasonOf(rt, 6)).toBe(REASONS.repeatedTitle);
    expect(reasonOf(rt, 14)).toBe(REASONS.crossLink);
    expect(reasonOf(rt, 28)).toBe(REASONS.share);
    expect(reasonOf(rt, 32)).toBe(REASONS.number);
    const week = cleanText(seed('003_ad73ec21addfee54.txt'));
    expect(reasonOf(week, 7)).toBe(REASONS.newsletter);
    expect(reasonOf(week, 9)).toBe(REASONS.repeated);
    expect(reasonOf(week, 12)).toBe(REASONS.bio);
    expect(reasonOf(week, 13)).toBe(REASONS.separator);
    expect(reasonOf(week, 14)).toBe(REASONS.headlineList);
    const lib = cleanText(seed('004_ac739cc2e056d6f6.txt'));
    expect(reasonOf(lib, 5)).toBe(REASONS.caption);
    expect(reasonOf(lib, 25)).toBe(REASONS.navigation);
  });

  it('finds the headline, or none when the text starts with the article', () => {
    expect(cleanText(seed('000_34e510508c1e10d0.txt')).title).toBe('China and Russia make a gesture of unity to the EU and the US.');
    expect(cleanText(seed('004_ac739cc2e056d6f6.txt')).title).toBe('United against U.S. aggression: What’s behind the Xi-Putin summit?');
    expect(cleanText(seed('002_1dc01d1a2ebabfc6.txt')).title).toBeUndefined();
  });
});

describe('cleanText on pages of other sites', () => {
  for (const [file, label] of Object.entries(siteLabels)) {
    it(`${file}: keeps the article, drops cookie banners, bylines, lists and comments`, () => {
      const text = readFileSync(path.join(SITES, file), 'utf8');
      const r = cleanText(text);
      expect(r.keptLines).toEqual(label.keep);
      expect(reasonOf(r, label.title)).toBe(REASONS.title);
      for (const n of label.keep) expect(r.body.replace(/\s+/g, ' ')).toContain(lines(text)[n - 1].trim());
    });
  }

  it('keeps subheadings between paragraphs', () => {
    const r = cleanText(readFileSync(path.join(SITES, 'bbc-like.txt'), 'utf8'));
    expect(r.body).toContain('What does a hosepipe ban mean?');
    expect(reasonOf(r, 19)).toBe(REASONS.byline);
    expect(reasonOf(r, 12)).toBe(REASONS.dateline);
  });

  it('rejoins hard-wrapped paragraphs and reports every line of them', () => {
    const r = cleanText(readFileSync(path.join(SITES, 'blog-like.txt'), 'utf8'));
    const paragraphs = r.body.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^When the last paper .* over the past decade\.$/);
    expect(r.keptLines).toContain(11);
  });

  it('cuts cookie notices, comment prompts and author bios by cue', () => {
    const r = cleanText(readFileSync(path.join(SITES, 'local-paper-like.txt'), 'utf8'));
    expect(reasonOf(r, 1)).toBe(REASONS.cookie);
    expect(reasonOf(r, 11)).toBe(REASONS.comments);
    expect(reasonOf(r, 28)).toBe(REASONS.bio);
    expect(reasonOf(r, 29)).toBe(REASONS.copyright);
    // A plain reported sentence between an ad cross-link and a caption stays.
    expect(r.keptLines).toContain(19);
  });
});

describe('cleanText options and edge cases', () => {
  it('cuts a given title and its repeats, and offsets line numbers', () => {
    const text = 'Big storm hits coast\n\nBig storm hits coast\n\nA storm with winds of 100 mph hit the coast on Sunday, cutting power to thousands of homes and closing roads across the region.';
    const r = cleanText(text, { title: 'Big storm hits coast', lineOffset: 4 });
    expect(r.removedLines.map((x) => [x.line, x.reason])).toEqual([
      [5, REASONS.title],
      [7, REASONS.repeatedTitle],
    ]);
    expect(r.keptLines).toEqual([9]);
    expect(r.title).toBeUndefined();
  });

  it('keeps sentences that merely mention newsletters or sharing', () => {
    const text =
      'The ministry said its weekly newsletter had reached 40,000 subscribers since the spring, according to figures released on Friday.\n' +
      'Officials said they would share the data with the regulator before the end of the year.';
    expect(cleanText(text).keptLines).toEqual([1, 2]);
  });

  it('returns an empty body when everything is furniture', () => {
    const r = cleanText('Home\nNews\nSport\n0:00\n-');
    expect(r.body).toBe('');
    expect(r.keptLines).toEqual([]);
    expect(r.removedLines).toHaveLength(5);
  });

  it('handles CRLF line ends', () => {
    const r = cleanText(seed('000_34e510508c1e10d0.txt').replace(/\n/g, '\r\n'));
    expect(r.keptLines).toEqual(seedLabels['000_34e510508c1e10d0.txt'].keep);
    expect(r.body).not.toContain('\r');
  });
});
