import { describe, expect, it } from 'vitest';
import { findActors } from '@/lib/actors';
import { NEUTRAL_WORDS, REPORT_WORDS, TITLE_WORDS } from '@/lib/actors/target-sentiment';
import { splitSentences } from '@/lib/ingest/sentences';

// Sentences written for this test. {T} is where a title goes; the person is "Dana Whitlock" (not in the gazetteer).
const SENTENCES = [
  '{T}Dana Whitlock said the bill would fail.',
  'Critics slammed {T}Dana Whitlock for the brutal crackdown on protesters.',
  '{T}Dana Whitlock praised the volunteers for their generous and heroic work.',
  'Voters cheered as {T}Dana Whitlock won a decisive victory in the election.',
  'According to {T}Dana Whitlock, the talks will resume next week.',
  '{T}Dana Whitlock was accused of corruption and lying to investigators.',
  'The report blamed {T}Dana Whitlock for the disastrous response to the flood.',
  'Supporters hailed {T}Dana Whitlock as a brilliant and honest leader.',
  '{T}Dana Whitlock met the delegation on Tuesday.',
  'Lawmakers said {T}Dana Whitlock had failed the state, and many called for resignation.',
  '{T}Dana Whitlock told reporters that the economy was strong and improving.',
  'Between the two parties, {T}Dana Whitlock will decide the outcome.',
];
const TITLES = ['', 'Then-President ', 'Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ', 'Sen. ', 'Rep. ', 'Gov. ', 'Speaker ', 'President ', 'Justice ', 'Secretary ', 'Senator ', 'Governor ', 'Former Gov. '];

const sentimentOf = (body: string) => {
  const m = findActors(body, splitSentences(body)).find((x) => x.actor === 'dana-whitlock');
  if (!m) throw new Error(`Dana Whitlock not found in: ${body}`);
  return m.sentiment;
};

describe('target sentiment without title bias', () => {
  it('never changes a label, score or evidence when a title is added, removed or swapped', () => {
    let flips = 0;
    for (const template of SENTENCES) {
      const base = sentimentOf(template.replace('{T}', ''));
      for (const title of TITLES) {
        const s = sentimentOf(template.replace('{T}', title));
        if (s.polarity !== base.polarity) flips++;
        expect(s.score, `${title}| ${template}`).toBe(base.score);
        expect(s.evidence.map((e) => e.text)).toEqual(base.evidence.map((e) => e.text));
      }
    }
    expect(flips).toBe(0);
  });

  it('never changes a score when the party letter of an affiliation is swapped ("(D-Ohio)" vs "(R-Ohio)")', () => {
    for (const template of SENTENCES) {
      const [d, r, i] = ['D', 'R', 'I'].map((p) => sentimentOf(template.replace('{T}', '').replace('Dana Whitlock', `Dana Whitlock (${p}-Ohio)`)));
      expect(r.score, template).toBe(d.score);
      expect(i.score, template).toBe(d.score);
    }
  });

  it('still tells praise from blame (the test above is not about a constant)', () => {
    expect(sentimentOf(SENTENCES[1].replace('{T}', 'Gov. ')).polarity).toBe('negative');
    expect(sentimentOf(SENTENCES[7].replace('{T}', 'Gov. ')).polarity).toBe('positive');
  });

  it('shows no title, report verb or function word as evidence', () => {
    for (const template of SENTENCES) {
      for (const title of TITLES) {
        for (const e of sentimentOf(template.replace('{T}', title)).evidence) {
          const w = e.text.toLowerCase();
          expect(TITLE_WORDS.has(w) || REPORT_WORDS.has(w) || NEUTRAL_WORDS.has(w), `${e.text} in ${template}`).toBe(false);
        }
      }
    }
  });
});
