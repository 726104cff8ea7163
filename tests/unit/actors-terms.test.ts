import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/nlp';
import { termsFromParse } from '@/lib/actors/terms';

// Sentences written for this test.
const terms = (body: string) => termsFromParse(body, parseText(body));
const term = (body: string, text: string) => terms(body).find((t) => t.text === text)!;

describe('termsFromParse: the label rules read the parse', () => {
  it('points every term at its characters, joins hyphenated words and possessives, leaves punctuation in post', () => {
    const body = 'The Western-backed regime, Norland’s ally, faced anti-China hawks.';
    const ts = terms(body);
    for (const t of ts) expect(body.slice(t.start, t.end)).toBe(t.text);
    expect(ts.map((t) => t.text)).toEqual(['The', 'Western-backed', 'regime', 'Norland’s', 'ally', 'faced', 'anti-China', 'hawks']);
    expect(term(body, 'Norland’s').tags.has('Possessive')).toBe(true);
    expect(term(body, 'regime').post).toBe(', ');
    expect(term(body, 'hawks').post).toBe('.');
  });

  it('tags words in context: "support" a noun after "growing", "blamed" a verb after a subject', () => {
    expect(term('They oppose growing U.S. support for the island.', 'support').tags.has('Noun')).toBe(true);
    expect(term('Norland blamed the envoy for the delay.', 'blamed').tags.has('Verb')).toBe(true);
    expect(term('They met on Monday in March.', 'Monday').tags.has('WeekDay')).toBe(true);
    expect(term('They met on Monday in March.', 'March').tags.has('Month')).toBe(true);
    expect(term('The NATO summit ended.', 'NATO').tags.has('Acronym')).toBe(true);
  });
});
