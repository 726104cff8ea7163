import { describe, expect, it } from 'vitest';
import { MAX_SLUG, slugify, slugPath, uniqueSlug } from '@/lib/text/slug';

describe('one slug rule for outlets, actors, events and stories', () => {
  it('keeps Latin slugs as before: accents off, apostrophes gone, other punctuation one hyphen', () => {
    expect(slugify('Le Mónde Diplomatique')).toBe('le-monde-diplomatique');
    expect(slugify("O'Reilly Media")).toBe('oreilly-media');
    expect(slugify('  Fox News  ')).toBe(slugify('FOX NEWS'));
    expect(slugify('The Washington Post')).toBe('the-washington-post');
  });

  it('gives names in other scripts their own readable slugs, never one shared fallback', () => {
    const names = ['Первый канал', 'Новая газета', '人民日报', '新华社', 'Ελληνική Ραδιοφωνία', 'الجزيرة', 'הארץ', 'हिन्दुस्तान टाइम्स', 'Йошкар-Ола', 'Иошкар-Ола'];
    const slugs = names.map(slugify);
    expect(new Set(slugs).size).toBe(names.length);
    expect(slugify('Первый канал')).toBe('первый-канал');
    expect(slugify('人民日报')).toBe('人民日报');
    // Russian й is a letter of its own, not и with an accent.
    expect(slugify('Йошкар-Ола')).not.toBe(slugify('Иошкар-Ола'));
    // Devanagari vowel signs are combining marks that words cannot lose.
    expect(slugify('हिन्दुस्तान')).toBe('हिन्दुस्तान');
  });

  it('never returns an empty slug, and two names without letters differ', () => {
    expect(slugify('!!!')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify('!!!')).not.toBe(slugify('???'));
  });

  it('cuts long names with a hash of the whole, so two long names with one beginning stay apart', () => {
    const a = slugify(`${'Very Long Outlet Name '.repeat(10)}A`);
    const b = slugify(`${'Very Long Outlet Name '.repeat(10)}B`);
    expect([...a].length).toBeLessThanOrEqual(MAX_SLUG);
    expect(a).not.toBe(b);
  });

  it('suffixes a collision instead of merging, and percent-encodes for links', () => {
    const taken = new Set(['reuters', 'reuters-2']);
    expect(uniqueSlug('reuters', (s) => taken.has(s))).toBe('reuters-3');
    expect(slugPath('первый-канал')).toBe('%D0%BF%D0%B5%D1%80%D0%B2%D1%8B%D0%B9-%D0%BA%D0%B0%D0%BD%D0%B0%D0%BB');
  });
});
