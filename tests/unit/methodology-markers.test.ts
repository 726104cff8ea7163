import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MarkerFigures, type MarkerFigure } from '@/app/methodology/MarkerFigures';
import { BlindFigures, type BlindSplit } from '@/app/methodology/BlindFigures';
import { num3 } from '@/app/_lib/format';

describe('methodology: marker precision and recall', () => {
  it('shows every family with test and tune figures from the committed results file', () => {
    const results = (JSON.parse(readFileSync('data/eval/results.json', 'utf8')) as Array<MarkerFigure & { task: string }>).filter((r) => r.task === 'markers');
    expect(results.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(createElement(MarkerFigures, { results }));
    for (const family of ['hedge', 'certainty', 'report-verb', 'source', 'quote/direct+partial', 'quote/scare', 'sentiment']) {
      expect(html).toContain(`<th scope="row">${family}</th>`);
    }
    const hedge = results.find((r) => r.file.endsWith('(test)') && r.metric === 'hedge:precision')!;
    expect(html).toContain(hedge.value.toFixed(3).replace(/0+$/, '').replace(/\.$/, ''));
  });
  it('renders nothing without marker figures', () => {
    expect(renderToStaticMarkup(createElement(MarkerFigures, { results: [] }))).toBe('');
  });
  it('shows each blind split’s first measurement from the committed file', () => {
    const { splits } = JSON.parse(readFileSync('data/eval/hand-labels/blind.json', 'utf8')) as { splits: BlindSplit[] };
    expect(splits.map((x) => x.part)).toEqual(expect.arrayContaining(['tune6', 'tune7']));
    const html = renderToStaticMarkup(createElement(BlindFigures, { splits }));
    for (const x of splits) expect(html).toContain(`<th scope="row">${x.part} `);
    const tune7 = splits.find((x) => x.part === 'tune7')!;
    expect(html).toContain(`${num3.format(tune7.figures.source.precision)} / ${num3.format(tune7.figures.source.recall)}`);
    expect(renderToStaticMarkup(createElement(BlindFigures, { splits: [] }))).toBe('');
  });
});
