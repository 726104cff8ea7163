/** The readable form of `parallax analyse` (without --json): the text with its words marked, then every marker. */
import type { RecordAnalysis, RecordMarker } from './analyse';

/** Longest marker bracketed inside the text; longer ones (a loaded sentence, a long quote) are listed only. */
const WORD_MARK = 40;

/** `text` with word-sized markers in ⟦…⟧ (overlaps: the first one wins) and their families after it. */
export function markText(text: string, markers: readonly RecordMarker[]): string {
  const words = markers.filter((m) => m.end > m.start && m.end - m.start <= WORD_MARK).sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Array<{ start: number; end: number; families: Set<string> }> = [];
  for (const m of words) {
    const last = chosen[chosen.length - 1];
    if (last && last.start === m.start && last.end === m.end) last.families.add(m.family);
    else if (!last || m.start >= last.end) chosen.push({ start: m.start, end: m.end, families: new Set([m.family]) });
  }
  let out = '';
  let at = 0;
  for (const c of chosen) {
    out += `${text.slice(at, c.start)}⟦${text.slice(c.start, c.end)}⟧{${[...c.families].join(',')}}`;
    at = c.end;
  }
  return out + text.slice(at);
}

function markerLine(m: RecordMarker): string {
  const voice = m.voice === 'quoted' ? `quoted${m.speaker ? ` (${m.speaker})` : ''}` : 'writer';
  const text = m.text.length > 60 ? `${m.text.slice(0, 57)}…` : m.text;
  return `  ${`${m.start}-${m.end}`.padEnd(11)} ${`${m.family}/${m.kind}`.padEnd(24)} ${voice.padEnd(18)} ${JSON.stringify(text)}  ${m.rule}`;
}

export function listing(r: RecordAnalysis, text: string): string {
  const head = `== ${r.file}${r.record !== undefined ? ` record ${r.record}` : ''} (id ${r.id}): ${r.markers.length} markers, ${r.actors.length} actors`;
  const body = markText(text, r.markers)
    .split('\n')
    .map((l) => (l ? `  ${l}` : ''))
    .join('\n');
  const actors = r.actors.map((a) => `  ${`${a.start}-${a.end}`.padEnd(11)} actor ${a.actor} (${a.type}) ${JSON.stringify(a.text)}`);
  return [head, '', body, '', ...r.markers.map(markerLine), ...actors, ''].join('\n');
}
