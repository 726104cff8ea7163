/** Formats and axis style shared by the chart figures (client components import it; pure). */
export const fmt = (v: unknown) => (typeof v === 'number' ? (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3)) : String(v ?? '—'));
export const pctFmt = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '—');
export const AXIS = { fill: 'currentColor', fontSize: 12 };
// Legend text in the page's text colour: series colours are too light for text on a light background.
export const legendText = (v: unknown) => <span style={{ color: 'var(--fg)' }}>{String(v)}</span>;
