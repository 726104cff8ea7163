/**
 * Rows of label + bar, the one shape every chart can be reduced to for a social preview (satori has no SVG charts).
 * Every row the chart has is drawn (the chosen outlets, exactly): rows and type shrink to fit, and labels are cut to
 * the width their column has.
 */

/** Room for the rows under the title. */
export const ROWS_HEIGHT = 440;
export const LABEL_W = 330;

/** Row height, type size and the characters a label may have, for `count` rows. */
export function rowMetrics(count: number) {
  const rowH = Math.min(46, Math.floor(ROWS_HEIGHT / Math.max(1, count)));
  const font = Math.max(9, Math.min(24, Math.floor(rowH * 0.6)));
  // An average glyph is about 0.55 em wide in the fallback sans-serif.
  const chars = Math.floor(LABEL_W / (font * 0.55)) - 2;
  return { rowH, font, chars };
}

export const cut = (label: string, chars: number) => (label.length > chars ? `${label.slice(0, chars - 1)}…` : label);

export function ogBars(rows: Array<{ label: string; value: number; color: string; note?: string }>, signed: boolean) {
  const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r.value)));
  const width = 540;
  const { rowH, font, chars } = rowMetrics(rows.length);
  return rows.map((r) => {
    const w = Math.max(2, (Math.abs(r.value) / max) * (signed ? width / 2 : width));
    return (
      <div key={r.label} style={{ display: 'flex', alignItems: 'center', height: rowH, fontSize: font }}>
        <div style={{ width: LABEL_W, display: 'flex', justifyContent: 'flex-end', paddingRight: 16, color: '#333', overflow: 'hidden' }}>{cut(r.label, chars)}</div>
        <div style={{ display: 'flex', width, position: 'relative', height: Math.max(4, rowH - 12) }}>
          <div
            style={{
              position: 'absolute',
              left: signed ? (r.value >= 0 ? width / 2 : width / 2 - w) : 0,
              width: w,
              height: Math.max(4, rowH - 12),
              background: r.color,
              borderRadius: 4,
            }}
          />
        </div>
        <div style={{ display: 'flex', flex: 1, paddingLeft: 14, color: '#333', fontSize: Math.max(9, font - 2), whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {r.note ?? r.value.toFixed(3)}
        </div>
      </div>
    );
  });
}

/** Actors and time: one bar per outlet, its mean over the chart's rows. */
export function ogMeans(outlets: Array<{ slug: string; name: string; color: string }>, rows: Array<Record<string, string | number | null>>) {
  return ogBars(
    outlets.map((o) => {
      const vals = rows.map((r) => r[o.slug]).filter((v): v is number => typeof v === 'number');
      return { label: o.name, value: vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : 0, color: o.color };
    }),
    true,
  );
}
