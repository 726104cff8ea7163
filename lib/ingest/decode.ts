/**
 * Bytes to text: refuse binary files, accept UTF-8 (with or without BOM) and UTF-16 with a BOM,
 * fall back to Windows-1252 only when the bytes look like Western-European 8-bit text.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'empty' | 'binary' | 'not-text'; detail: string };

/** Share of control characters (other than tab, LF, CR, FF, ESC) above which a file counts as binary. */
const MAX_CONTROL_RATIO = 0.1;
/** Only the head is sniffed for binary content: enough to be sure, cheap on large files. */
const SNIFF_BYTES = 8192;

/** Bytes Windows-1252 leaves undefined: text in that encoding never contains them. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the file is empty' };

  // UTF-16 has NUL bytes by design, so its BOM is checked before the binary sniff.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');

  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, reason: 'binary', detail: 'it contains NUL bytes, so it is a binary file, not text' };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (control / head.length > MAX_CONTROL_RATIO) {
    return { ok: false, reason: 'binary', detail: `${Math.round((100 * control) / head.length)}% of its first bytes are control characters, so it is not text` };
  }

  try {
    // ignoreBOM false: TextDecoder strips a UTF-8 BOM itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // fall through: not UTF-8
  }

  let high = 0;
  for (const b of bytes) {
    if (CP1252_UNDEFINED.has(b)) {
      return { ok: false, reason: 'not-text', detail: `it is neither UTF-8 nor Windows-1252 (byte 0x${b.toString(16)} is undefined in Windows-1252)` };
    }
    if (b >= 0x80) high++;
  }
  // Western text in an 8-bit code page is mostly ASCII; a high share of 8-bit bytes means
  // another encoding (Shift-JIS, GBK, KOI8-R…) that would decode to mojibake.
  if (high / bytes.length > 0.3) {
    return { ok: false, reason: 'not-text', detail: `it is not UTF-8, and ${Math.round((100 * high) / bytes.length)}% of its bytes are 8-bit, too many for Windows-1252 text` };
  }
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 by table: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control
 * characters on some builds, which would turn “smart quotes” and dashes into invisible characters.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.trim() === '' ? { ok: false, reason: 'empty', detail: 'the file holds only a byte-order mark and whitespace' } : { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: 'not-text', detail: `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}` };
  }
}

/** \r\n and lone \r to \n, NFC, no BOM: line numbers then match what editors show. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
