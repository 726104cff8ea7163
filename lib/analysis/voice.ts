/**
 * Voice: whose words a marker is. A marker inside a quotation is the quoted speaker's ("quoted"), anything else is
 * the outlet's own ("writer"). Pure. The quotation spans are the parse's (ArticleAnalysis.quotations: direct,
 * partial, scare and title quotations, with the speaker the attribution resolved).
 */
import type { Marker, Quotation } from './types';

export type Voice = 'writer' | 'quoted';
export const VOICES = ['writer', 'quoted', 'all'] as const;
/** What a reader counts: the outlet's own words (default), the words it quotes, or both. */
export type VoiceView = (typeof VOICES)[number];
export const DEFAULT_VOICE: VoiceView = 'writer';

/** Families whose markers are quotations themselves: the writer's act of quoting, not words inside a quote. */
const QUOTATION_FAMILIES = new Set(['quote', 'scare-quote']);

/** What voice needs of a quotation. */
type QuotedSpan = Pick<Quotation, 'start' | 'end' | 'speaker'>;

/**
 * Sets `voice` (and `speaker`, when the quotation has one) on every marker, in place, and returns them. A marker
 * lies in a quotation when its characters do; the innermost quotation with a speaker names it ("‘thugs’" inside a
 * quote of Putin's is Putin's). A quotation's own marker keeps the writer's voice: quoting is the writer's act.
 * A loaded sentence whose loaded words are all quoted is quoted too: its evidence is someone else's words.
 */
export function assignVoice<M extends Marker>(markers: M[], quotations: readonly QuotedSpan[]): M[] {
  const quotes = [...quotations].sort((a, b) => a.start - b.start || b.end - a.end);
  // The analysis hands its markers sorted by start: sort only when they are not.
  let sorted = true;
  for (let i = 1; i < markers.length && sorted; i++) sorted = markers[i - 1].start <= markers[i].start;
  const order = markers.map((_, i) => i);
  if (!sorted) order.sort((a, b) => markers[a].start - markers[b].start);
  // Sweep by start: `open` holds the quotations begun so far that may still contain a marker (nesting depth, small).
  let open: QuotedSpan[] = [];
  let next = 0;
  for (const i of order) {
    const m = markers[i];
    while (next < quotes.length && quotes[next].start <= m.start) open.push(quotes[next++]);
    if (open.length > 4) open = open.filter((q) => q.end > m.start);
    let inside: QuotedSpan | undefined;
    let speaker: string | undefined;
    for (const q of open) {
      if (q.end < m.end || q.end <= m.start) continue;
      if (QUOTATION_FAMILIES.has(m.family) && q.start === m.start && q.end === m.end) continue; // the marker's own quotation
      // Later in `open` means starting later, so nested deeper: the last one that contains the marker is innermost.
      inside = q;
      if (q.speaker) speaker = q.speaker;
    }
    m.voice = inside ? 'quoted' : 'writer';
    if (speaker) m.speaker = speaker;
    else delete m.speaker;
  }
  voiceLoadedSentences(markers);
  return markers;
}

/** A loaded sentence takes the voice of its loaded words when all of them are quoted (one speaker, if they agree). */
function voiceLoadedSentences(markers: Marker[]): void {
  const words = new Map<number, Marker[]>();
  for (const m of markers) {
    if (m.family !== 'loaded' || m.label !== 'word') continue;
    const list = words.get(m.sentenceIndex);
    if (list) list.push(m);
    else words.set(m.sentenceIndex, [m]);
  }
  for (const m of markers) {
    if (m.family !== 'loaded' || m.label !== 'sentence') continue;
    const list = words.get(m.sentenceIndex);
    if (!list?.length || list.some((w) => w.voice !== 'quoted')) continue;
    m.voice = 'quoted';
    const speakers = new Set(list.map((w) => w.speaker));
    const [only] = speakers;
    if (speakers.size === 1 && only) m.speaker = only;
  }
}

/** Suffix of the stored figure that counts the quoted voice ('hedge' counts the writer's, 'hedge@quoted' the quoted). */
export const QUOTED_SUFFIX = '@quoted';

/** A voice from a URL value: absent or empty is the default; anything else must be one of VOICES. */
export function parseVoice(raw: string | undefined): VoiceView | null {
  if (raw === undefined || raw === '') return DEFAULT_VOICE;
  return (VOICES as readonly string[]).includes(raw) ? (raw as VoiceView) : null;
}

/**
 * Stored figures seen in one voice: rows keyed by (group, metric) where the quoted voice is stored as
 * '<metric>@quoted' beside '<metric>' (the writer's). Returns one row per base metric: the writer's row, or for a
 * metric with a voice (`voiced`) what `combine` makes of the writer's row and the quoted one, which is null when
 * none is stored (article scores store a zero quoted figure as no row). A metric without a voice (frames, shares)
 * is the same in every view.
 */
export function foldVoice<R extends { metric: string }>(
  rows: readonly R[],
  voice: VoiceView,
  group: (r: R) => string | number,
  voiced: (metric: string) => boolean,
  combine: (writer: R, quoted: R | null, voice: 'quoted' | 'all') => R,
): R[] {
  const base = rows.filter((r) => !r.metric.endsWith(QUOTED_SUFFIX));
  if (voice === 'writer') return base;
  const quoted = new Map<string, R>();
  for (const r of rows) if (r.metric.endsWith(QUOTED_SUFFIX)) quoted.set(`${group(r)}\t${r.metric.slice(0, -QUOTED_SUFFIX.length)}`, r);
  return base.map((r) => (voiced(r.metric) ? { ...combine(r, quoted.get(`${group(r)}\t${r.metric}`) ?? null, voice), metric: r.metric } : r));
}

/** The stored keys to read for these metrics in a voice (the quoted ones may not exist: frames have none). */
export function keysForVoice(metrics: readonly string[], voice: VoiceView): string[] {
  return voice === 'writer' ? [...metrics] : metrics.flatMap((m) => [m, m + QUOTED_SUFFIX]);
}
