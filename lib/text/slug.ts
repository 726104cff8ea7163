/**
 * The one slug rule of the project, for outlets, actors, events and stories: lower case, words joined by hyphens,
 * in the name's own script. Latin letters lose their accents (Le Mónde → le-monde, as before); every other script
 * is kept as written (Первый канал → первый-канал, 人民日报 → 人民日报, Ελληνική → ελληνική), because stripping marks
 * there merges distinct letters (Russian й and и) or breaks words (Devanagari vowel signs). Apostrophes vanish
 * (O'Reilly → oreilly); every other run of non-letters becomes one hyphen.
 *
 * Slugs are Unicode: links must percent-encode them (`slugPath`), and pages decode them (app/_lib/params.ts).
 * Pure and dependency-free, so the browser bundle, the workers and the database code share it.
 */

/** Longer slugs are cut and given a hash of the whole name, so two long names that share a beginning stay apart. */
export const MAX_SLUG = 80;

const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;

/** Accents off Latin letters only: NFD, drop a combining mark when the letter it sits on is Latin, recompose. */
function stripLatinAccents(s: string): string {
  const d = s.normalize('NFD');
  let out = '';
  let base = '';
  for (const ch of d) {
    if (MARK.test(ch)) {
      if (!LATIN.test(base)) out += ch;
    } else {
      base = ch;
      out += ch;
    }
  }
  return out.normalize('NFC');
}

/**
 * The slug of a name; a name without any letter or digit (punctuation, emoji) gets `x-<hash>` of the name, so two
 * such names never share a slug. Never empty.
 */
export function slugify(name: string): string {
  const words = stripLatinAccents(name.normalize('NFKC'))
    .replace(/['’ʼ`´]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return `x-${hash8(name)}`;
  const slug = words.join('-');
  const chars = [...slug];
  if (chars.length <= MAX_SLUG) return slug;
  return `${chars
    .slice(0, MAX_SLUG - 9)
    .join('')
    .replace(/-$/, '')}-${hash8(name)}`;
}

/** `base`, or `base-2`, `base-3`… : the first one `taken` does not hold (collisions get a suffix, never a merge). */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  let s = base;
  for (let i = 2; taken(s); i++) s = `${base}-${i}`;
  return s;
}

/** A slug as a URL path segment. */
export function slugPath(slug: string): string {
  return encodeURIComponent(slug);
}

/** 32-bit FNV-1a as 8 hex digits: stable, short, no node:crypto (this module also runs in the browser). */
function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
