/**
 * Quotation spans in a body: straight and curly, single and double marks, told apart from apostrophes
 * (Russia’s, don't, countries' concerns) by the characters around them and by pairing.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end for a quote left open (multi-paragraph quotes). */
  end: number;
  /** The quoted characters between the marks. */
  innerStart: number;
  innerEnd: number;
  kind: 'single' | 'double';
  /** Number of quotes enclosing this one (0 = top level). */
  depth: number;
  closed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-/“‘"«„]/;

type Mark = { pos: number; role: 'open' | 'close' | 'toggle' | 'close?'; kind: 'single' | 'double' };

export function findQuotes(body: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(body); m; m = paragraph.exec(body)) pairParagraph(body, m.index, m.index + m[0].length, out);
  out.sort((a, b) => a.open - b.open);
  // Counted in place: a filtered copy of every quote per quote was most of this function's allocation.
  for (const q of out) {
    let depth = 0;
    for (const o of out) if (o !== q && o.open < q.open && o.end >= q.end) depth++;
    q.depth = depth;
  }
  return out;
}

/**
 * LETTER.test and /\s/.test of one character, ASCII answered by char code: every apostrophe of a text ("don't",
 * "Russia’s") asked two Unicode regexes.
 */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(ch);
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(ch);
}

function classify(body: string, i: number, from: number, to: number): Mark | undefined {
  const c = body[i];
  const prev = i > from ? body[i - 1] : ' ';
  const next = i + 1 < to ? body[i + 1] : ' ';
  switch (c) {
    case '“':
    case '„':
    case '«':
      return { pos: i, role: 'open', kind: 'double' };
    case '”':
    case '»':
      return { pos: i, role: 'close', kind: 'double' };
    case '"':
      if (SPACE_OR_OPEN.test(prev) && !isSpace(next)) return { pos: i, role: 'open', kind: 'double' };
      if (!isSpace(prev) && !isLetter(next)) return { pos: i, role: 'close', kind: 'double' };
      return { pos: i, role: 'toggle', kind: 'double' };
    case '‘':
      if (isLetter(prev) && isLetter(next)) return undefined;
      return { pos: i, role: 'open', kind: 'single' };
    case '’':
    case "'": {
      if (isLetter(prev) && isLetter(next)) return undefined; // don't, Russia’s
      if (SPACE_OR_OPEN.test(prev) && isLetter(next)) {
        if (/^\d0s\b/.test(body.slice(i + 1, i + 5))) return undefined; // the '90s
        return { pos: i, role: 'open', kind: 'single' };
      }
      if (!isSpace(prev)) return { pos: i, role: 'close?', kind: 'single' };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Every character classify() can turn into a mark; the others are skipped without a call. */
const CANDIDATE = /["“”„«»‘’']/g;

function pairParagraph(body: string, from: number, to: number, out: QuoteSpan[]): void {
  const marks: Mark[] = [];
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(body); m && m.index < to; m = CANDIDATE.exec(body)) {
    const mark = classify(body, m.index, from, to);
    if (mark) marks.push(mark);
  }
  const stack: Mark[] = [];
  const pair = (open: Mark, closePos: number | undefined): void => {
    const closed = closePos !== undefined;
    out.push({
      open: open.pos,
      end: closed ? closePos + 1 : to,
      innerStart: open.pos + 1,
      innerEnd: closed ? closePos : to,
      kind: open.kind,
      depth: 0,
      closed,
    });
  };
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    if (mark.kind === 'double') {
      const openIdx = findLast(stack, 'double');
      const isClose = mark.role === 'close' || (mark.role === 'toggle' && openIdx >= 0);
      if (!isClose) {
        stack.push(mark);
        continue;
      }
      if (openIdx < 0) continue; // stray closing mark
      pair(stack[openIdx], mark.pos);
      stack.length = openIdx; // singles left open inside were apostrophes
      continue;
    }
    if (mark.role === 'open') {
      stack.push(mark);
      continue;
    }
    // A possible closing single mark: only a quote if a single quote is open right now.
    const top = stack[stack.length - 1];
    if (!top || top.kind !== 'single') continue;
    if (looksPossessive(body, mark.pos, to) && closesSoonAfter(body, marks, k)) continue; // ‘workers’ paradise’
    pair(top, mark.pos);
    stack.pop();
  }
  // A double quote left open runs to the paragraph end (news continues long quotes across paragraphs).
  const firstOpen = stack.findIndex((m) => m.kind === 'double');
  if (firstOpen >= 0) pair(stack[firstOpen], undefined);
}

function findLast(stack: Mark[], kind: 'single' | 'double'): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].kind === kind) return i;
  return -1;
}

/** s’ followed by a lower-case word reads as a plural possessive. */
function looksPossessive(body: string, pos: number, to: number): boolean {
  return body[pos - 1] === 's' && pos + 2 < to && body[pos + 1] === ' ' && /\p{Ll}/u.test(body[pos + 2]);
}

/** Does another possible closing single mark follow within two words (before any opening single mark)? */
function closesSoonAfter(body: string, marks: Mark[], k: number): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    if (marks[j].kind !== 'single') continue;
    if (marks[j].role === 'open') return false;
    const between = body.slice(marks[k].pos + 1, marks[j].pos).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return between <= 2;
  }
  return false;
}
