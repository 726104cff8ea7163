import type { ArticleAnalysis } from './types';
import { QUOTED_SUFFIX } from './voice';
import { TOTAL_LABEL } from './families';

/**
 * Each figure's count split by sentence, so an outlet with few articles can be resampled by sentence.
 * Follows the counting rules of analyzeArticle: a figure `<family>` counts the family's markers and
 * `<family>.<label>` those with that label; `loaded` counts loaded sentences; `frame.<id>` counts sentences
 * with that frame. Quoted markers count under '<figure>@quoted' (frames have no voice). A test checks that the
 * sentence counts add up to every figure.
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
    const v = m.voice === 'quoted' ? QUOTED_SUFFIX : '';
    const total = TOTAL_LABEL.get(m.family);
    if (total === undefined || total === m.label) add(m.family + v, m.sentenceIndex);
    add(`${m.family}.${m.label}${v}`, m.sentenceIndex);
  }
  for (const s of analysis.sentences) for (const frame of s.frames ?? []) add(`frame.${frame}`, s.index);
  return out;
}
