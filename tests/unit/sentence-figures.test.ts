import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { sentenceCounts } from '@/lib/analysis/sentence-figures';
import { cleanText } from '@/lib/ingest/clean';
import { splitSentences } from '@/lib/ingest/sentences';
import { seedTexts } from '../helpers/seeds';

describe('sentenceCounts', () => {
  for (const { file, text } of seedTexts()) {
    it(`splits every figure of ${file} by sentence without losing or adding a hit`, () => {
      const { body } = cleanText(text);
      const analysis = analyzeArticle(body, splitSentences(body));
      const counts = sentenceCounts(analysis);
      let nonZero = 0;
      for (const [metric, figure] of Object.entries(analysis.figures)) {
        const summed = [...(counts.get(metric)?.values() ?? [])].reduce((a, b) => a + b, 0);
        expect(summed, metric).toBe(figure.count);
        if (figure.count > 0) nonZero++;
      }
      expect(nonZero).toBeGreaterThan(5);
    });
  }
});
