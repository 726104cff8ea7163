/**
 * Named sets of outlets from parallax.config.json ("groups": { "watch": [...] }) are groups like lean:left: the
 * overview's and /blindspots' `groups=set:watch` and a chart's draw exactly the set's members; the menus offer it; an
 * edited config shows on the next page without a restart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '@/lib/ingest/types';
import { importOutletMetadata } from '@/lib/db/operations/import-outlets';
import { readOutletFile } from '@/lib/outlets/import-file';
import { requireServer, tempDir } from '../helpers/database';
import { browserAvailable, seededAppAndBrowser, type SeededApp } from './support';

const serverAvailable = await requireServer();

const OUTLETS = [
  { name: 'Left One', lean: 'left' },
  { name: 'Left Two', lean: 'left' },
  { name: 'Left Three', lean: 'lean-left' },
  { name: 'Right One', lean: 'right' },
  { name: 'Right Two', lean: 'right' },
  { name: 'Right Three', lean: 'lean-right' },
  { name: 'Center One', lean: 'center' },
];

/** Who covered what: A only the left (a blindspot), B only the right, C the center and one right outlet. */
const EVENTS = [
  { event: 'Harbour bridge reopening', subject: 'the harbour bridge', outlets: ['Left One', 'Left Two', 'Left Three'] },
  { event: 'Dock workers strike', subject: 'the dock workers', outlets: ['Right One', 'Right Two', 'Right Three'] },
  { event: 'City budget vote', subject: 'the city budget', outlets: ['Center One', 'Right Two'] },
];

function corpus(): ArticleInput[] {
  return EVENTS.flatMap((e, i) =>
    e.outlets.map((outlet, j) => ({
      outlet,
      event: e.event,
      title: `${outlet} on ${e.subject}`,
      publishedAt: new Date(Date.UTC(2024, 4, 3 + i, 8 + j)),
      sourceFile: `${outlet}-${i}.txt`,
      body: [
        `Officials said on ${['Monday', 'Tuesday', 'Wednesday'][j]} that ${e.subject} may reportedly see changes within ${3 + j} weeks, according to ${outlet}.`,
        `Critics allegedly argued that the plan for ${e.subject} could perhaps cost more than the council expected.`,
        `The mayor's office said it would publish a full report on ${e.subject} by the end of the month.`,
      ].join('\n\n'),
    })),
  );
}

describe.runIf(serverAvailable && browserAvailable)('named sets of outlets from parallax.config.json', () => {
  let env: SeededApp;
  const work = tempDir('parallax-sets-e2e-');
  const config = path.join(work.dir, 'parallax.config.json');
  const ids = new Map<string, number>();
  let rightOneSlug = '';

  beforeAll(async () => {
    const csv = path.join(work.dir, 'outlets.csv');
    writeFileSync(csv, 'outlet,lean\n' + OUTLETS.map((o) => `${o.name},${o.lean}`).join('\n') + '\n');
    env = await seededAppAndBrowser(
      corpus(),
      async (db, database) => {
        await importOutletMetadata(database, readOutletFile(csv));
        for (const e of await db.event.findMany({ include: { articles: { select: { sourceFile: true }, take: 1 } } })) {
          // Source files are OUTLET-i.txt, i the index in EVENTS.
          ids.set(EVENTS[Number(/-(\d)\.txt$/.exec(e.articles[0].sourceFile)![1])].event, e.id);
        }
        rightOneSlug = (await db.outlet.findFirstOrThrow({ where: { name: 'Right One' } })).slug;
        // Members by name as ingested, or by slug.
        writeFileSync(config, JSON.stringify({ groups: { watch: ['Left One', 'Left Two', 'Left Three', rightOneSlug] } }, null, 2));
      },
      { PARALLAX_CONFIG: config },
    );
  }, 600_000);
  afterAll(async () => {
    await env?.close();
    work.remove();
  });

  /** The events a page links to, by their name in EVENTS. */
  const linked = async (url: string) => {
    const res = await fetch(`${env.app.url}${url}`);
    expect(res.status, url).toBe(200);
    const html = await res.text();
    const found = new Set([...html.matchAll(/href="\/events\/(\d+)"/g)].map((m) => Number(m[1])));
    return EVENTS.map((e) => e.event).filter((name) => found.has(ids.get(name)!));
  };

  it('narrows the overview and /blindspots to the events of the set, and offers it in the menus', async () => {
    expect(ids.size).toBe(3);
    expect(await linked('/')).toEqual(['Harbour bridge reopening', 'Dock workers strike', 'City budget vote']);
    // Right One is in the set: the strike is kept, the budget vote (Center One, Right Two) is not.
    expect(await linked('/?groups=set:watch')).toEqual(['Harbour bridge reopening', 'Dock workers strike']);
    // Both one-sided events are blindspots of the whole corpus; within the set only the left one has three rated outlets.
    expect(await linked('/blindspots')).toEqual(['Harbour bridge reopening', 'Dock workers strike']);
    expect(await linked('/blindspots?groups=set:watch')).toEqual(['Harbour bridge reopening']);
    for (const page of ['/', '/charts']) {
      const html = (await (await fetch(`${env.app.url}${page}`)).text()).replaceAll('<!-- -->', '');
      expect(html.includes('<option value="set:watch">set: watch (4)</option>'), `${page} offers set:watch`).toBe(true);
    }
  });

  it('draws exactly the set in a chart, and its Open Graph image renders', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${env.app.url}/charts?type=bars&metric=hedge&groups=set:watch`, { waitUntil: 'networkidle' });
      await page.locator('.chart-canvas svg.recharts-surface').first().waitFor();
      const ticks = (await page.locator('.chart-canvas .recharts-cartesian-axis-tick-value').allTextContents()).filter((t) => !/^[-−]?[\d.,]+%?$/.test(t));
      expect([...ticks].sort()).toEqual(['Left One', 'Left Three', 'Left Two', 'Right One']);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toContain('groups=set:watch');
      const png = await fetch(image!.replace(/^https?:\/\/[^/]+/, env.app.url));
      expect(png.headers.get('content-type')).toBe('image/png');
    } finally {
      await context.close();
    }
  });

  it('follows an edited config on the next page, without a restart', async () => {
    const before = readFileSync(config, 'utf8');
    writeFileSync(config, JSON.stringify({ groups: { watch: ['Center One'] } }));
    try {
      expect(await linked('/?groups=set:watch')).toEqual(['City budget vote']);
    } finally {
      writeFileSync(config, before);
    }
  });
});
