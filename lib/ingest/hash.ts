import { trimEndWhere } from '@/lib/text/trim';
import { createHash } from 'node:crypto';

/** Text as stored: Unicode NFC, Unix line ends, no trailing spaces, no leading or trailing blank lines. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // Line by line, as /[ \t]+$/gm did (its `$` also ends a line at U+2028/U+2029), without its quadratic retries.
    .split(/([\n\u2028\u2029])/)
    .map((part) => trimEndWhere(part, /[ \t]/))
    .join('')
    .trim();
}

/** The identity of an article's content: the same text is stored once, whatever its file name. */
export function contentHash(body: string): string {
  return createHash('sha256').update(normalizeText(body)).digest('hex');
}
