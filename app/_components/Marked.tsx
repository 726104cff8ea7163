/**
 * Text with its markers highlighted. Markers overlap (a word can be a hedge, a loaded word and a report verb), so
 * the text is cut at every marker boundary and each piece lists every family covering it; CSS paints the shown ones.
 */
import type { ReactNode } from 'react';

export interface Span {
  /** Index of the marker in the page's list of marker details (MarkerDetails): the mark shows them when clicked. */
  id?: number;
  family: string;
  label: string;
  start: number;
  end: number;
  /** Needed only where a mark describes itself (no id): see details(). */
  rule?: string;
  weight?: number;
  attrs?: unknown;
  /** Whose words: 'writer' or 'quoted' (lib/analysis/voice.ts), and the quoted speaker. */
  voice?: string;
  speaker?: string | null;
}

export interface FamilyStyle {
  name: string;
  color: number;
}

export type Legend = Record<string, FamilyStyle>;

export function describe(m: Span, legend: Legend): string {
  const fam = legend[m.family]?.name ?? m.family;
  const extras =
    m.attrs && typeof m.attrs === 'object' && !Array.isArray(m.attrs)
      ? Object.entries(m.attrs as Record<string, unknown>)
          .map(([k, v]) => `${k}: ${String(v)}`)
          .join(', ')
      : '';
  const voice = m.voice === 'quoted' ? ` · quoted${m.speaker ? `: ${m.speaker}` : ', speaker unknown'}` : m.voice === 'writer' ? ' · writer’s own words' : '';
  return `${fam} · ${m.label} — rule ${m.rule ?? '?'} (weight ${Math.round((m.weight ?? 0) * 1000) / 1000})${extras ? ` · ${extras}` : ''}${voice}`;
}

/**
 * How a mark tells what it is: markers with an id point at the page's detail list (shown on click or Enter by
 * MarkerDetails; the descriptions are sent once, not once per mark in the HTML and again in the page's payload); others
 * carry their description as a title.
 */
function details(on: Span[], legend: Legend, focusable = true): Record<string, string | number> {
  if (on.every((m) => m.id !== undefined)) {
    const d = { 'data-d': [...new Set(on.map((m) => m.id))].join(' ') };
    return focusable ? { ...d, tabIndex: 0, role: 'button' } : d;
  }
  return { title: on.map((m) => describe(m, legend)).join('\n') };
}

/** A piece a control can be named by (a lone quote mark cannot): only such pieces take focus. */
const WORDY = /[\p{L}\p{N}]/u;

/** Splits off markers that span (almost) the whole sentence: they are sentence annotations, not words. */
export function sentenceLevel<T extends Span>(markers: T[], start: number, end: number): { words: T[]; whole: T[] } {
  const words: T[] = [];
  const whole: T[] = [];
  const len = end - start;
  for (const m of markers) {
    if (len > 40 && m.start <= start + 2 && m.end >= end - 2) whole.push(m);
    else words.push(m);
  }
  return { words, whole };
}

/** Renders body[offset, offset + text.length) with the given markers (body offsets) as <mark> pieces. */
export function MarkedText({ text, offset, markers, legend }: { text: string; offset: number; markers: Span[]; legend: Legend }) {
  const end = offset + text.length;
  const inside = markers.filter((m) => m.end > offset && m.start < end && m.end > m.start);
  if (!inside.length) return <>{text}</>;
  const cuts = new Set<number>([offset, end]);
  for (const m of inside) {
    cuts.add(Math.max(offset, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a - offset, b - offset);
    const on = inside.filter((m) => m.start <= a && m.end >= b);
    if (!on.length) {
      out.push(piece);
      continue;
    }
    const colors = [...new Set(on.map((m) => legend[m.family]?.color ?? 9))];
    const families = [...new Set(on.map((m) => m.family))];
    const sentiment = on.find((m) => m.family === 'sentiment');
    out.push(
      <mark
        key={a}
        className="hl"
        data-c={colors.join(' ')}
        data-f={families.join(' ')}
        data-pn={sentiment ? sentiment.label : undefined}
        {...details(on, legend, WORDY.test(piece))}
      >
        {piece}
      </mark>,
    );
  }
  return <>{out}</>;
}

/** A sentence with word markers highlighted and whole-sentence markers noted on the sentence itself. */
export function MarkedSentence({
  text,
  start,
  markers,
  legend,
}: {
  text: string;
  start: number;
  markers: Span[];
  legend: Legend;
}) {
  const { words, whole } = sentenceLevel(markers, start, start + text.length);
  const colors = [...new Set(whole.map((m) => legend[m.family]?.color ?? 9))];
  return (
    <span
      className="sent"
      data-sc={colors.length ? colors.join(' ') : undefined}
      // Clickable but not a control of its own: the words inside are (no nested buttons).
      {...(whole.length ? details(whole, legend, false) : {})}
    >
      <MarkedText text={text} offset={start} markers={words} legend={legend} />
    </span>
  );
}

/** A whole article body, sentence by sentence, keeping the text between sentences (paragraph breaks). */
export function MarkedBody({
  body,
  sentences,
  markers,
  legend,
}: {
  body: string;
  sentences: Array<{ index: number; start: number; end: number }>;
  markers: Array<Span & { sentenceIndex: number }>;
  legend: Legend;
}) {
  const bySentence = new Map<number, Span[]>();
  for (const m of markers) bySentence.set(m.sentenceIndex, [...(bySentence.get(m.sentenceIndex) ?? []), m]);
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start > at) out.push(body.slice(at, s.start));
    out.push(<MarkedSentence key={s.index} text={body.slice(s.start, s.end)} start={s.start} markers={bySentence.get(s.index) ?? []} legend={legend} />);
    at = Math.max(at, s.end);
  }
  if (at < body.length) out.push(body.slice(at));
  return <div className="body-text">{out}</div>;
}
