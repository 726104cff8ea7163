/**
 * The parse around runs no word is made of (200 KB of "-", a 100,000-character "a-a-a…", a 90,000-character URL):
 * wink's tokenizer took minutes on them, so lib/nlp hands them to the tagger as spaces. The words around a run are
 * still parsed, offsets still point into the text as given, and the run yields no token. Outcomes only; the
 * timeout is a hang guard (speed: `npm run bench -- --only hostile`).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/nlp';

const GUARD = { timeout: 900_000 };
const shapes: Array<[string, string]> = [
  ['200 KB of "-"', '-'.repeat(200_000)],
  ['100,000 characters of "a-"', 'a-'.repeat(50_000)],
  ['a 90,000-character URL', `https://example.org/${'ab/'.repeat(30_000)}`],
  ['100,000 "." then a letter', `${'.'.repeat(100_000)}x`],
];

describe('parse around long runs without words', () => {
  it.each(shapes)('%s: the words around it are parsed, offsets kept', GUARD, (_, run) => {
    const text = `The council approved the budget on Monday. ${run} Critics said it may fail.`;
    const p = parseText(text);
    expect(p.text).toBe(text);
    const words = p.tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(expect.arrayContaining(['council', 'approved', 'Critics', 'said', 'may', 'fail']));
    const runStart = text.indexOf(run);
    expect(p.tokens.some((t) => t.start >= runStart && t.end <= runStart + run.length)).toBe(false);
    expect(p.tokens.find((t) => text.slice(t.start, t.end) === 'said')!.pos).toBe('VERB');
  });

  it('leaves ordinary text, and a short dash run, to the tagger as it is', () => {
    const text = 'Rates rose -- sharply -- on Tuesday.';
    const words = parseText(text).tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toContain('--');
    expect(words).toContain('sharply');
  });
});
