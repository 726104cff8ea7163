import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LoadedTone, type EvalFigure } from '@/app/methodology/LoadedTone';
import { num3 } from '@/app/_lib/format';

describe('methodology: loaded language and tone', () => {
  it('explains both measures with the committed BABE, BASIL and hand-label figures', () => {
    const results = JSON.parse(readFileSync('data/eval/results.json', 'utf8')) as EvalFigure[];
    const html = renderToStaticMarkup(createElement(LoadedTone, { results }));
    for (const [task, dataset, metric] of [
      ['loaded-language', 'babe-sg2', 'macro_f1'],
      ['loaded-language', 'basil', 'sentence_auc'],
      ['loaded-language', 'basil', 'word_precision'],
    ]) {
      const r = results.find((x) => x.task === task && x.dataset === dataset && x.metric === metric);
      expect(r, `${task} ${dataset} ${metric} in data/eval/results.json`).toBeDefined();
      expect(html).toContain(`<strong>${num3.format(r!.value)}</strong>`);
    }
    const tone = results.find((x) => x.task === 'markers' && x.metric === 'sentiment:precision' && x.file.endsWith('(test)'))!;
    expect(html).toContain(`<strong>${num3.format(tone.value)}</strong>`);
    expect(html).toContain('names and named groups are masked');
    expect(html).toContain('Event words');
    expect(html).toContain('killed');
  });

  it('says a figure was not measured instead of showing a number it does not have', () => {
    const html = renderToStaticMarkup(createElement(LoadedTone, { results: [] }));
    expect(html).toContain('not measured (run npm run eval)');
    expect(html).not.toContain('<strong>0</strong>');
  });
});
