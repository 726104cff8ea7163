/**
 * The tagger under actor detection (lib/actors/text.ts): terms with exact offsets, compromise's lexicon and clues
 * for parts of speech, and the name runs findActors turns into actors.
 */
import { describe, expect, it } from 'vitest';
import { parseBody, type Parsed } from '@/lib/actors/text';

const term = (p: Parsed, text: string) => {
  const t = p.terms.find((x) => x.text === text);
  if (!t) throw new Error(`no term ${text} in ${p.terms.map((x) => x.text).join(' ')}`);
  return t;
};
const names = (list: Parsed['people']) => list.map((e) => e.terms.map((t) => t.text).join(' '));

describe('parseBody', () => {
  it('points every term at its characters, with the gap to the next term as its post', () => {
    const body = 'Beijing’s top diplomat, Wang Yi, said (in Moscow) — “no”.\nU.S.-led talks resumed.';
    const p = parseBody(body);
    for (const [i, t] of p.terms.entries()) {
      expect(body.slice(t.start, t.end)).toBe(t.text);
      expect(body.slice(t.end, p.terms[i + 1]?.start ?? body.length)).toBe(t.post);
    }
    expect(p.terms.map((t) => t.text)).toEqual(['Beijing’s', 'top', 'diplomat', 'Wang', 'Yi', 'said', 'in', 'Moscow', 'no', 'U.S.-led', 'talks', 'resumed']);
  });

  it('splits hyphenated words as compromise does, except after a prefix or a single letter', () => {
    const p = parseBody('The Western-backed regime faced a military build-up, anti-China hawks and an x-ray.');
    const texts = p.terms.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['Western', 'backed', 'build', 'up', 'anti-China', 'x-ray']));
    expect(term(p, 'Western').post).toBe('-');
  });

  it('reads a noun-or-verb word from its neighbours', () => {
    // "support" after a name used attributively is a noun; "breaks" after a subject, a verb.
    const noun = term(parseBody('They oppose growing U.S. support for the island.'), 'support');
    expect(noun.tags.has('Noun')).toBe(true);
    const verb = term(parseBody('If Europe breaks those links, trade will suffer.'), 'breaks');
    expect(verb.tags.has('Verb')).toBe(true);
    expect(verb.tags.has('Noun')).toBe(false);
    // Clues stop at punctuation: "deal" before a comma keeps its noun reading.
    expect(term(parseBody("They urged it to return to Iran's nuclear deal, something the government refused."), 'deal').tags.has('Noun')).toBe(true);
  });

  it('finds people, organisations and places the lexicon does not list whole', () => {
    const p = parseBody('Anton Lindqvist met Mr Okafor in Xinjiang, reports the Liberty Post. Kofi Sato said nothing.');
    // Titles stay in the run here; findActors trims them ("Mr Okafor" → Okafor).
    expect(names(p.people)).toEqual(['Anton Lindqvist', 'Mr Okafor', 'Kofi Sato']);
    expect(names(p.places)).toContain('Xinjiang');
    expect(names(p.organizations)).toContain('Liberty Post');
    // A sentence-initial capital is not evidence of a name by itself.
    expect(names(p.people).some((n) => n.includes('said'))).toBe(false);
  });
});
