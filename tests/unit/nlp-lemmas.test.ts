import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseText } from '@/lib/nlp';

// Sentences written for this test: inflections, one form under two parts of speech, and contractions whose parts
// take their lemma from the expansion ("he's" = he is / he has).
const TEXT = [
  "The mayor claims the state is broke, and he's been claiming it for weeks.",
  "He's tired, they'll say, and she didn't mind; we can't wait and won't go.",
  'She left the left wing after the leaves fell, and the boxes were carried by oxen.',
  'Crowds gathered while the bravest swimmers dived into the coldest lakes.',
].join(' ');

const wink = winkNLP(model, ['sbd', 'pos', 'negation']);

describe('parse lemmas', () => {
  it("gives every token wink's own lemma, whether the lemma was seen before or not", () => {
    const expected = wink.readDoc(TEXT).tokens().out(wink.its.lemma as unknown as typeof wink.its.value);
    // The first parse asks wink for most lemmas, the second takes them from the memo; a text mixing seen words
    // with a few new ones takes the per-token path.
    for (const text of [TEXT, TEXT, `${TEXT} Zorblax quibbled.`]) {
      const p = parseText(text);
      const want = text === TEXT ? expected : wink.readDoc(text).tokens().out(wink.its.lemma as unknown as typeof wink.its.value);
      expect(p.tokens.map((t) => t.lemma)).toEqual(want);
    }
  });
});
