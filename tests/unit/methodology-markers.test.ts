import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MarkerFigures, type MarkerFigure } from '@/app/methodology/MarkerFigures';

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
});
