import { describe, expect, it } from 'vitest';
import { decodeText, normaliseNewlines } from '@/lib/ingest/decode';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('refuses an empty file', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses binary files: NUL bytes or many control characters', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeText(bytes(0x41, 0x01, 0x02, 0x03, 0x04, 0x42))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('reads UTF-8 and drops its byte-order mark', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Beijing’s FM')]));
    expect(r).toEqual({ ok: true, text: 'Beijing’s FM', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for Western 8-bit text', () => {
    // "Café – “quoted”" in Windows-1252
    const r = decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94));
    expect(r).toEqual({ ok: true, text: 'Café – “quoted”', encoding: 'windows-1252' });
  });

  it('refuses text that is neither UTF-8 nor Windows-1252', () => {
    expect(decodeText(bytes(0x41, 0x81, 0x42))).toMatchObject({ ok: false, reason: 'not-text' });
    // Shift-JIS Japanese: almost every byte is 8-bit
    expect(decodeText(bytes(0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd))).toMatchObject({ ok: false, reason: 'not-text' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Hi there', 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text: 'Hi there', encoding: 'utf-16le' });
  });

  it('normalises line ends and Unicode form', () => {
    expect(normaliseNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(normaliseNewlines('Cafe\u0301')).toBe('Café');
  });
});
