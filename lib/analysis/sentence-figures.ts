import type { ArticleAnalysis } from './types';

/**
 * Each figure's count split by sentence, so an outlet with few articles can be resampled by sentence.
 * Follows the counting rules of analyzeArticle: a figure `<family>` counts the family's markers and
 * `<family>.<label>` those with that label; `loaded` counts loaded sentences; `frame.<id>` counts sentences
 * with that frame. A test checks that the sentence counts add up to every figure.
 */
export function sentenceCounts(analysis: ArticleAnalysis): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const add = (metric: string, sentence: number) => {
    let bySentence = out.get(metric);
    if (!bySentence) out.set(metric, (bySentence = new Map()));
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) + 1);
  };
  for (const m of analysis.markers) {
    if (m.family === 'frame') continue;
    if (m.family !== 'loaded') add(m.family, m.sentenceIndex);
    add(`${m.family}.${m.label}`, m.sentenceIndex);
    if (m.family === 'loaded' && m.label === 'sentence') add('loaded', m.sentenceIndex);
  }
  for (const s of analysis.sentences) for (const frame of s.frames ?? []) add(`frame.${frame}`, s.index);
  return out;
}
