/**
 * Windows of a long text for reading: an article page shows one window, so no page grows with the article (a 5 MB
 * text would otherwise render hundreds of MB of HTML). Windows follow sentence boundaries; a sentence longer than a
 * window (a page without full stops) is cut into window-sized pieces.
 */

/** Characters of text per window: an ordinary article (under ~2,500 words) is one window. */
export const WINDOW_CHARS = 16_000;

export interface TextWindow {
  from: number;
  to: number;
}

export function textWindows(spans: ReadonlyArray<{ start: number; end: number }>, length: number, size = WINDOW_CHARS): TextWindow[] {
  const out: TextWindow[] = [];
  let from = 0;
  for (const s of spans) {
    if (s.end - from > size && s.start > from) {
      out.push({ from, to: s.start });
      from = s.start;
    }
    while (s.end - from > size) {
      out.push({ from, to: from + size });
      from += size;
    }
  }
  if (from < length || out.length === 0) out.push({ from, to: Math.max(length, from) });
  return out;
}

/** The 0-based window holding character `offset` (the last one past the end). */
export function windowOf(windows: TextWindow[], offset: number): number {
  let lo = 0;
  let hi = windows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (windows[mid].from <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
