/** Span matching and agreement statistics shared by agreement.ts and merge.ts. */
import type { Instance, LabelFile, LabelledSentence, Mention } from './schema';

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * One-to-one matching of overlapping spans: candidate pairs (compatible and overlapping) taken greedily by largest
 * overlap, then by closest boundaries, so each span is matched at most once.
 */
export function overlapMatch<T extends Span, U extends Span>(a: T[], b: U[], compatible: (x: T, y: U) => boolean = () => true): Array<[number, number]> {
  const pairs: Array<{ i: number; j: number; ov: number; d: number }> = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      if (!overlaps(x, y) || !compatible(x, y)) return;
      pairs.push({ i, j, ov: Math.min(x.end, y.end) - Math.max(x.start, y.start), d: Math.abs(x.start - y.start) + Math.abs(x.end - y.end) });
    }),
  );
  pairs.sort((p, q) => q.ov - p.ov || p.d - q.d || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    out.push([p.i, p.j]);
  }
  return out;
}

export function exactMatch<T extends Span, U extends Span>(a: T[], b: U[], compatible: (x: T, y: U) => boolean = () => true): Array<[number, number]> {
  const used = new Set<number>();
  const out: Array<[number, number]> = [];
  a.forEach((x, i) => {
    const j = b.findIndex((y, k) => !used.has(k) && y.start === x.start && y.end === x.end && compatible(x, y));
    if (j >= 0) {
      used.add(j);
      out.push([i, j]);
    }
  });
  return out;
}

/** F1 of one annotator against the other (symmetric): 2·matched / (|A| + |B|); NaN when both are empty. */
export function f1(matched: number, na: number, nb: number): number {
  return na + nb === 0 ? NaN : (2 * matched) / (na + nb);
}

/** Cohen's kappa over paired labels; NaN when chance agreement is 1 (one label only). */
export function cohenKappa(pairs: Array<[string, string]>): number {
  if (!pairs.length) return NaN;
  const n = pairs.length;
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    ca.set(x, (ca.get(x) ?? 0) + 1);
    cb.set(y, (cb.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [k, v] of ca) pe += (v / n) * ((cb.get(k) ?? 0) / n);
  return pe === 1 ? NaN : (po - pe) / (1 - pe);
}

/** B-cubed precision, recall, F1 of clustering `a` against `b` over the same items (cluster ids per item). */
export function bcubed(a: string[], b: string[]): { precision: number; recall: number; f1: number } {
  const n = a.length;
  if (!n) return { precision: NaN, recall: NaN, f1: NaN };
  const key = (x: string, y: string) => `${x}\u0000${y}`;
  const both = new Map<string, number>();
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    both.set(key(a[i], b[i]), (both.get(key(a[i], b[i])) ?? 0) + 1);
    ca.set(a[i], (ca.get(a[i]) ?? 0) + 1);
    cb.set(b[i], (cb.get(b[i]) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const shared = both.get(key(a[i], b[i]))!;
    p += shared / ca.get(a[i])!;
    r += shared / cb.get(b[i])!;
  }
  p /= n;
  r /= n;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Two speaker spans agree when both are null or they overlap. */
export function sameSpeaker(x: Span | null | undefined, y: Span | null | undefined): boolean {
  if (!x || !y) return !x && !y;
  return overlaps(x, y);
}

/** The part of an instance an annotator decides (voice and borrowed speakers are derived). */
export function ownKey(i: Instance): string {
  const own = i.family === 'report-verb' || (i.family === 'quote' && (i.kind === 'direct' || i.kind === 'partial'));
  const sp = own ? (i.speaker ? `${i.speaker.start}-${i.speaker.end}` : 'null') : '';
  const attrs = i.attrs ? JSON.stringify(Object.entries(i.attrs).sort()) : '';
  return `${i.family}|${i.kind}|${i.start}|${i.end}|${sp}|${attrs}`;
}

export function mentionKey(m: Mention): string {
  return `${m.start}|${m.end}|${m.actor}|${m.type}`;
}

/** Sentences labelled in both files (optionally one part), paired by id, with a check that they point at the same text. */
export function commonSentences(a: LabelFile, b: LabelFile, keep?: (id: string) => boolean): Array<[LabelledSentence, LabelledSentence]> {
  const bm = new Map(b.sentences.map((s) => [s.id, s]));
  const out: Array<[LabelledSentence, LabelledSentence]> = [];
  for (const s of a.sentences) {
    const t = bm.get(s.id);
    if (!t || (keep && !keep(s.id))) continue;
    if (s.record !== t.record || s.start !== t.start || s.end !== t.end) throw new Error(`${s.id}: the two files point at different text (${s.record} ${s.start}-${s.end} vs ${t.record} ${t.start}-${t.end})`);
    out.push([s, t]);
  }
  return out;
}

/** Words of a span as [start, end) pairs (the dashboard's word rule), for token-level voice agreement. */
export function wordSpans(text: string, offset: number): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ start: offset + m.index!, end: offset + m.index! + m[0].length }));
}
