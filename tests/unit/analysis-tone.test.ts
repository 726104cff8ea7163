import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { countsAsTone, EVENT_WORDS, TONE_WORDS } from '@/lib/analysis/sentiment';
import { splitSentences } from '@/lib/ingest/sentences';

const analyse = (body: string) => analyzeArticle(body, splitSentences(body));
const toneWords = (body: string): string[] => analyse(body).markers.filter((m) => m.family === 'sentiment').map((m) => m.text.toLowerCase());

describe('tone counts evaluation, not events, topics or names', () => {
  it('does not count words that name what happened', () => {
    expect(toneWords('The flood killed nine people and deepened the crisis; victims died before the agreement was reached.')).toEqual([]);
  });

  it('counts the words that judge it', () => {
    expect(toneWords('The response was a dishonest, outrageous disaster.')).toEqual(['dishonest', 'outrageous', 'disaster']);
  });

  it('never counts a word inside a name', () => {
    expect(toneWords('Joy Hope Perfect met the Good Neighbor Fund in Paradise Valley.')).toEqual([]);
  });

  it('keeps a rare evaluative adjective but not a rare noun, verb, adverb or superlative nobody measured', () => {
    expect(countsAsTone('reckless', 'ADJ')).toBe(true);
    expect(TONE_WORDS.has('reckless') || EVENT_WORDS.has('reckless')).toBe(false);
    expect(countsAsTone('crisis', 'NOUN')).toBe(false);
    expect(countsAsTone('crisis', 'ADJ')).toBe(false);
    expect(countsAsTone('inadvertently', 'ADV')).toBe(false);
    expect(countsAsTone('lowest', 'ADJ', 'low')).toBe(false);
  });

  it('does not count legal procedure, hedges, truth values or outcomes in numbers', () => {
    expect(toneWords('A grand jury indicted the treasurer, a judge issued a subpoena, and the criminal case against him was dismissed on Monday.')).toEqual([]);
    expect(toneWords('It is unlikely the claim was false, and it was clear that the talks had stalled.')).toEqual([]);
    expect(toneWords('The storm caused property damage, and the growing number of claims forced the insurer to limit payouts.')).toEqual([]);
  });

  it('reads function senses from the words around', () => {
    expect(toneWords('The senator, a presidential hopeful with a net worth of $40 million, stuck to her script and spent a great deal of time in Ohio.')).toEqual([]);
    expect(toneWords('What kind of plan is this? Sales rose, thanks to new rules. For better or worse, the vote is set.')).toEqual([]);
    expect(toneWords('Officials determined that the virus spread in May.')).toEqual([]);
    expect(toneWords('The mayor is determined to reopen the pier.')).toEqual(['determined']);
    expect(toneWords('The bill failed in the Senate.')).toEqual([]);
    expect(toneWords('The agency failed to protect residents.')).toContain('failed');
  });

  it('does not count test results, sickness, readiness, warnings issued or keeping to an agreement', () => {
    expect(toneWords('Two players tested positive on Monday, and the coach fell ill in May.')).toEqual([]);
    expect(toneWords('The pastor was critically ill by June.')).toEqual([]);
    expect(toneWords('The agency was prepared to send help, and the lab sent an alert to the city.')).toEqual([]);
    expect(toneWords('The group said it would honor the agreement.')).toEqual([]);
    // The same words where they judge: a positive step, a guard who seemed alert.
    expect(toneWords('The plan was a positive step.')).toEqual(['positive']);
    expect(toneWords('The ill-judged remark was not the only problem; the guard seemed alert and calm.')).toContain('alert');
  });

  it('counts the feelings and evaluative speech acts the guidelines name, even where BABE rarely marks them', () => {
    expect(toneWords('Critics condemned the plan and praised the delay, and residents fear more cuts.')).toEqual(['condemned', 'praised', 'fear']);
  });

  it('counts the writer’s tone in the figures and a quotation’s beside it', () => {
    const a = analyse('“This is a terrible, dishonest plan,” the senator said. The plan is sensible and good.');
    expect(a.figures['sentiment.negative'].count).toBe(0);
    expect(a.figures['sentiment.negative@quoted'].count).toBe(2);
    expect(a.figures['sentiment.positive'].count).toBeGreaterThan(0);
    expect(a.measures['sentiment.score']).toBeGreaterThan(0);
    expect(a.measures['sentiment.score@quoted']).toBeLessThan(0);
  });
});
