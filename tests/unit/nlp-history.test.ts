import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/nlp';

// Words the tagger's lexicon does not hold, so they reach its cache of unknown words (invented names).
const tokensOf = (text: string) => parseText(text).tokens.map((t) => text.slice(t.start, t.end));

describe('a parse does not depend on what was parsed before', () => {
  it('splits a possessive the same way after the same name ended a sentence', () => {
    const probe = "Zarnowski's handling of the Quellbrook budget drew criticism.";
    const fresh = tokensOf(probe);
    expect(fresh.slice(0, 2)).toEqual(['Zarnowski', "'s"]);
    // wink leaves "Zarnowski's" whole before a full stop and remembered it as one word from then on.
    expect(tokensOf("The vote was a defeat of Zarnowski's.")).toContain("Zarnowski's");
    expect(tokensOf(probe)).toEqual(fresh);
    // Within one text too: the second mention is split like the first text's.
    const both = tokensOf("The plan was Zarnowski's. Zarnowski's aides said so.");
    expect(both.slice(-6, -3)).toEqual(['Zarnowski', "'s", 'aides']);
  });

  it('tags the same text the same way each time', () => {
    const text = "Pelmora's mayor said the Vintrel's plan was unfair. The council, led by Pelmora's deputy, disagreed.";
    const first = parseText(text);
    parseText("It was Vintrel's. So was Pelmora's.");
    expect(parseText(text)).toEqual(first);
  });
});

describe('a numeral is a number whichever text brought it first', () => {
  it('tags "2031" as a number in "in 2031" after "Jan.2031" brought it first', () => {
    // A numeral no other test parses, so "Jan.2031" is where the process meets it first.
    parseText('Last updated Jan.2031 by staff.');
    const text = 'Sales fell 14 percent in 2031, the company said.';
    expect(parseText(text).tokens.find((t) => text.slice(t.start, t.end) === '2031')?.pos).toBe('NUM');
  });
});

describe('a plain unknown word parses alike first and later', () => {
  it('tags a text with invented names the same before and after other texts brought them', () => {
    // Letters-only unknown words are read from the cache once seen (lib/nlp/parse.ts): the parse must not change.
    const text = 'Governor Brastovin told Kelvarra officials that Brastovin would veto the Kelvarra bill.';
    const fresh = parseText(text);
    parseText('Brastovin, Kelvarra. "Brastovin" (Kelvarra) Brastovin-Kelvarra talks; Kelvarra’s Brastovin!');
    expect(parseText(text)).toEqual(fresh);
    expect(tokensOf(text)).toContain('Brastovin');
  });
});
