/** How many outlets of each lean covered something, as a bar and as text (the text is what a screen reader reads). */
import { LEAN_COLORS, LEAN_LABELS, LEANS, type Lean } from '@/lib/outlets/leans';

export type LeanTally = Partial<Record<Lean | 'unrated', number>>;

export function tallyText(t: LeanTally): string {
  const parts = [...LEANS, 'unrated' as const].flatMap((l) => (t[l] ? [`${t[l]} ${l === 'unrated' ? 'unrated' : LEAN_LABELS[l].toLowerCase()}`] : []));
  return parts.join(', ') || 'none';
}

/** `scale`: the count a full-width bar stands for, so bars on one page compare by length too. */
export function LeanBar({ tally, scale }: { tally: LeanTally; scale: number }) {
  const total = Object.values(tally).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <span className="leanbar" title={tallyText(tally)}>
      <span className="leanbar-track" aria-hidden="true">
        {[...LEANS, 'unrated' as const].map((l) =>
          tally[l] ? <span key={l} className="leanbar-seg" style={{ width: `${(100 * tally[l]!) / Math.max(scale, total, 1)}%`, background: LEAN_COLORS[l] }} /> : null,
        )}
      </span>
      <span className="sr-only">{tallyText(tally)}</span>
    </span>
  );
}

/** An outlet's lean as a small labelled chip (text, not colour alone). */
export function LeanChip({ lean }: { lean: string | null }) {
  if (!lean || !(LEANS as readonly string[]).includes(lean)) return null;
  return (
    <span className={`lean-chip lean-${lean}`} style={{ borderColor: LEAN_COLORS[lean as Lean] }}>
      {LEAN_LABELS[lean as Lean]}
    </span>
  );
}

export function LeanLegend() {
  return (
    <ul className="lean-legend" aria-label="Lean colours">
      {[...LEANS, 'unrated' as const].map((l) => (
        <li key={l}>
          <span className="swatch" style={{ background: LEAN_COLORS[l] }} aria-hidden="true" />
          {l === 'unrated' ? 'Unrated' : LEAN_LABELS[l]}
        </li>
      ))}
    </ul>
  );
}
