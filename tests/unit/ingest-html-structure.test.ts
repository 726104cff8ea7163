/**
 * The HTML path reads what the markup says about each line: lists, tables and subheadings of plain text are the
 * article's, link lists and figure captions are not, and the page's author names its byline. Pages written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/ingest/corpus';

const para = (s: string) => `<p>${s}</p>`;
const BODY = [
  'The regional rail operator announced on Wednesday that it would add three trains a day between the two cities from June, after a year of complaints about crowding.',
  'The new services will run in the early morning and late evening, when passengers said they most often had to stand for the whole journey.',
  'The operator said it had leased four extra carriages from a neighbouring network and would publish the full timetable next month.',
];

function page(main: string, head = ''): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><title>Rail operator adds trains | Example Courier</title>${head}</head><body>` +
      `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/travel">Travel</a></li></ul></nav>` +
      `<article><h1>Rail operator adds trains</h1>${main}</article></body></html>`,
  );
}

function read(html: Buffer) {
  const r = readContent('page.html', html, 'html', { outlet: 'Example Courier' });
  expect(r.articles, JSON.stringify(r.issues)).toHaveLength(1);
  return { body: r.articles[0].body, removed: r.reports[0].removedLines.map((l) => `${l.reason}: ${l.text}`) };
}

describe('the HTML path reads the markup', () => {
  it('keeps list items, table cells and subheadings of plain text, even unpunctuated or repeated', () => {
    const { body, removed } = read(
      page(
        para(BODY[0]) +
          '<h2>What changes</h2><ul><li>Two extra morning trains</li><li>One extra evening train</li><li>Four more carriages</li></ul>' +
          para(BODY[1]) +
          '<table><tr><th>Route</th><th>Trains a day</th></tr><tr><td>North line</td><td>14</td></tr><tr><td>South line</td><td>14</td></tr></table>' +
          para(BODY[2]),
      ),
    );
    for (const kept of ['What changes', 'Two extra morning trains', 'One extra evening train', 'Four more carriages', 'Trains a day', 'North line', 'South line']) expect(body).toContain(kept);
    // The second "14" is a table cell, not a repeated line.
    expect(body.split('\n\n').filter((l) => l === '14')).toHaveLength(2);
    // (Readability itself drops the <h1> that repeats the title.)
    expect(removed).toEqual([]);
  });

  it('cuts a list of links, a paragraph that is mostly a link, and figure captions, each with its reason', () => {
    const { body, removed } = read(
      page(
        para(BODY[0]) +
          '<figure><img src="/t.jpg" alt="A train at the platform"><figcaption>A train waits at the central station</figcaption></figure>' +
          para(BODY[1]) +
          '<img src="/c.jpg" alt="Passengers boarding the evening service"><span>Passengers boarding the evening service</span>' +
          para('<a href="/more">Read our full guide to the new timetable</a>') +
          para(BODY[2]) +
          '<ul><li><a href="/a">Bus fares to rise in April</a></li><li><a href="/b">Bridge works delayed again</a></li><li><a href="/c">Airport adds winter routes</a></li></ul>',
      ),
    );
    expect(body).toBe(BODY.join('\n\n'));
    expect(removed).toEqual([
      'photo caption: A train waits at the central station',
      'photo caption: Passengers boarding the evening service',
      'link text: Read our full guide to the new timetable',
      'link text: Bus fares to rise in April',
      'link text: Bridge works delayed again',
      'link text: Airport adds winter routes',
    ]);
  });

  it('keeps a full paragraph whose names are links, and an unpunctuated paragraph longer than a headline', () => {
    const linked = 'Transport minister <a href="/p/1">Alex Morgan</a> and mayor <a href="/p/2">Sam Rivera</a> welcomed the <a href="/t">announcement</a> at a <a href="/e">press event</a> on Wednesday.';
    const unpunctuated = 'Passenger groups said the extra trains were a start but that the operator still had to fix the delays that have affected one train in five this winter';
    const { body } = read(page(para(BODY[0]) + para(linked) + para(BODY[1]) + para(unpunctuated) + para(BODY[2])));
    expect(body).toContain('Transport minister Alex Morgan and mayor Sam Rivera welcomed the announcement');
    expect(body).toContain(unpunctuated);
  });

  it("cuts a byline naming the page's author, from meta tags or JSON-LD", () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jordan Lee' }] })}</script>`;
    const { body, removed } = read(page(para('Jordan Lee, Transport Correspondent') + BODY.map(para).join(''), ld));
    expect(body).toBe(BODY.join('\n\n'));
    expect(removed).toContain('byline: Jordan Lee, Transport Correspondent');
  });
});
