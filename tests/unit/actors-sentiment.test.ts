import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActors, scoreTarget } from '@/lib/actors';
import { flatten, predict, prepareSentence, targetFeatures, type TargetModel } from '@/lib/actors/target-sentiment';
import model from '@/lib/actors/target-sentiment-model.json';
import { splitSentences } from '@/lib/ingest/sentences';

const toward = (body: string, actor: string) => {
  const m = findActors(body, splitSentences(body)).find((x) => x.actor === actor);
  if (!m) throw new Error(`${actor} not found in: ${body}`);
  return m.sentiment;
};

describe('target-dependent sentiment', () => {
  it('is negative toward the target of an attack, with the words that carry it', () => {
    const body = 'Critics slammed Putin for the brutal crackdown on peaceful protesters.';
    const s = toward(body, 'vladimir-putin');
    expect(s.polarity).toBe('negative');
    expect(s.score).toBeLessThan(-0.3);
    const words = s.evidence.map((e) => e.text);
    expect(words).toEqual(expect.arrayContaining(['slammed', 'brutal']));
    for (const e of s.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
    expect(s.evidence.find((e) => e.text === 'slammed')!.weight).toBeLessThan(0);
  });

  it('is positive toward praised actors', () => {
    expect(toward('Beijing hailed the successful summit as a great victory for peace.', 'china').polarity).toBe('positive');
  });

  it('is neutral on plain reporting', () => {
    expect(toward('Lavrov met Wang Yi in Nanning on Monday.', 'sergey-lavrov').polarity).toBe('neutral');
  });

  it('separates two actors of one sentence', () => {
    const body = 'Wang Yi thanked Russia for its generous support, but he condemned the United States for its aggressive sanctions.';
    expect(toward(body, 'russia').polarity).toBe('positive');
    expect(toward(body, 'united-states').polarity).toBe('negative');
  });

  it('scores a target given by offsets, as the NewsMTSC evaluation does', () => {
    const text = 'NATO was blamed for the crisis and the destruction of the region.';
    const s = scoreTarget(text, [[0, 4]]);
    expect(s.polarity).toBe('negative');
    expect(s.probabilities.negative + s.probabilities.neutral + s.probabilities.positive).toBeCloseTo(1, 2);
    expect(s.score).toBeCloseTo(s.probabilities.positive - s.probabilities.negative, 2);
  });

  it('scores a target whose span takes in a quote mark (NewsMTSC targets do)', () => {
    const text = 'The “NATO” alliance was blamed for the crisis and the destruction of the region.';
    const s = scoreTarget(text, [[4, 10]]);
    expect(Number.isFinite(s.score)).toBe(true);
    expect(s.polarity).toBe('negative');
    expect(s.evidence.length).toBeGreaterThan(0);
  });

  it('scores every demo mention exactly as the fitted model predicts from its feature vector', () => {
    // scoreTarget accumulates weights while walking the features; fitting reads targetFeatures. Same numbers.
    const demo = path.resolve(import.meta.dirname, '../../data/demo');
    let checked = 0;
    for (const f of readdirSync(demo).filter((x) => x.endsWith('.txt'))) {
      const body = readFileSync(path.join(demo, f), 'utf8');
      const sentences = splitSentences(body);
      for (const m of findActors(body, sentences)) {
        const sent = sentences[m.sentenceIndex];
        const text = body.slice(sent.start, sent.end);
        const spans: Array<[number, number]> = [[m.start - sent.start, m.end - sent.start]];
        const fast = scoreTarget(text, spans, [], undefined, prepareSentence(text));
        const p = predict(model as TargetModel, flatten(targetFeatures(text, spans, (model as TargetModel).params)));
        expect(fast.probabilities.negative).toBeCloseTo(p[0], 3);
        expect(fast.probabilities.positive).toBeCloseTo(p[2], 3);
        expect(fast.score).toBeCloseTo(p[2] - p[0], 3);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
