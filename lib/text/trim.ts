/**
 * Trimming a run of characters off the end of a string. `text.replace(/[…]+$/, '')` looks
 * like one step but the engine retries the run from every start position inside it, which is
 * quadratic in the run's length (200 KB of "." took seconds); scanning back from the end is linear.
 */

/** `text` without the trailing characters that `oneChar` (a single-character class such as /[\s.]/u) accepts. */
export function trimEndWhere(text: string, oneChar: RegExp): string {
  let end = text.length;
  while (end > 0) {
    // Step over a whole code point so astral characters are tested as one.
    const low = text.charCodeAt(end - 1);
    const size = end >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!oneChar.test(text.slice(end - size, end))) break;
    end -= size;
  }
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
