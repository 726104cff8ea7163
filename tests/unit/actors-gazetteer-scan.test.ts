import { describe, expect, it } from 'vitest';
import { createActorIndex, defaultIndex, type ActorIndex } from '@/lib/actors/gazetteer';

// Sentences written for this test.
const viaRegex = (index: ActorIndex, text: string) => [...text.matchAll(index.pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, surface: m[0] }));

describe('gazetteer scan: the matches of the alias regex, without the regex', () => {
  const texts = [
    'The United States and China met in Beijing; U.S. officials and Chinese diplomats spoke.',
    'Anti-China hawks in the White House, the Kremlin’s envoy and Russia’s Lavrov disagreed.',
    'ChinaX, XChina, China2 and 2China are no names; (China) and “Russia” are.',
    'A letter outside the BMP before a name: \u{1D400}China, and after one: China\u{1D400}; an emoji: 😀China😀.',
    'Lone surrogates \uD800China\uDC00 and accented letters éChina Chinaé.',
    '',
    'China',
  ];
  it('finds what the regex finds in the default index', () => {
    for (const t of texts) expect(defaultIndex().scan(t)).toEqual(viaRegex(defaultIndex(), t));
  });

  it('also with user aliases, one-letter and punctuated ones among them', () => {
    const index = createActorIndex([
      { actor: 'china', alias: 'the Middle Kingdom' },
      { actor: 'Zed Corp', alias: 'é' },
      { actor: 'Bracket Group', alias: '(x)' },
    ]);
    for (const t of [...texts, 'é, (x) and the Middle Kingdom; The Middle Kingdom. éé (x)y']) expect(index.scan(t)).toEqual(viaRegex(index, t));
  });

  it('falls back to the regex when an alias holds a character outside the BMP', () => {
    const index = createActorIndex([{ actor: 'Star Org', alias: '\u{1D400}Star' }]);
    const t = 'The \u{1D400}Star and China.';
    expect(index.scan(t)).toEqual(viaRegex(index, t));
    expect(index.scan(t).map((m) => m.surface)).toContain('\u{1D400}Star');
  });
});
