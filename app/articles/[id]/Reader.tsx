'use client';
/**
 * The article's text, sentence by sentence, with its markers and per-sentence figures. A client component only for
 * the weight of the page: a server component's output is sent twice (as HTML and again as the page's payload, in
 * React's element encoding, about twice the HTML), while a client component's payload is its props, compact data.
 * A long part of a marker-dense text was 750 kB as a server component.
 */
import { pct } from '../../_lib/format';
import { MarkedSentence, type Legend, type Span } from '../../_components/Marked';
import { SentimentBar } from '../../_components/SentimentBar';

export interface ReaderSentence {
  index: number;
  start: number;
  text: string;
  sentiment: number | null;
  loaded: number | null;
  frames: string[];
}

/**
 * A marker as the text needs it, as a tuple to keep the payload small: [id, sentence index, family, label, start, end];
 * `id` indexes the page's list of marker details (MarkerDetails).
 */
export type ReaderMarker = [number, number, string, string, number, number];

export function Reader({
  sentences,
  markers,
  legend,
  frameNames,
}: {
  sentences: ReaderSentence[];
  markers: ReaderMarker[];
  legend: Legend;
  frameNames: Record<string, string>;
}) {
  const bySentence = new Map<number, Span[]>();
  for (const [id, sentence, family, label, start, end] of markers) {
    const list = bySentence.get(sentence) ?? [];
    list.push({ id, family, label, start, end });
    bySentence.set(sentence, list);
  }
  const scale = Math.max(1, ...sentences.map((s) => Math.abs(s.sentiment ?? 0)));
  return (
    <ol className="sentences">
      {sentences.map((s) => (
        <li key={s.index} id={`s${s.index}`}>
          <span className="idx">{s.index + 1}</span>
          <span>
            <MarkedSentence text={s.text} start={s.start} markers={bySentence.get(s.index) ?? []} legend={legend} />
          </span>
          <span className="side">
            {s.sentiment !== null && <SentimentBar value={s.sentiment} scale={scale} label="Sentence sentiment (AFINN sum)" />}
            {s.loaded !== null && s.loaded !== undefined && <span className="block">loaded {pct.format(s.loaded)}</span>}
            {s.frames.length > 0 && (
              <span className="block">
                {s.frames.map((f) => (
                  <span key={f} className="tag">
                    {frameNames[f] ?? f}
                  </span>
                ))}
              </span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
