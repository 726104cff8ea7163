'use client';
import type { ReactNode } from 'react';
import { parseAsArrayOf, parseAsString, useQueryState } from 'nuqs';

export interface ToggleFamily {
  id: string;
  name: string;
  color: number;
  count: number;
}

const NONE = 'none';

/**
 * Marker family toggles for the highlighted text inside. Which families show lives in the URL (`fam`), so a
 * shared link shows the same highlights; the text itself is server-rendered once and only restyled here.
 */
export function FamilyToggles({ families, hiddenByDefault = [], children }: { families: ToggleFamily[]; hiddenByDefault?: string[]; children: ReactNode }) {
  const defaults = families.map((f) => f.id).filter((id) => !hiddenByDefault.includes(id));
  const [fam, setFam] = useQueryState('fam', parseAsArrayOf(parseAsString).withDefault(defaults).withOptions({ history: 'replace', scroll: false }));
  const known = new Set(families.map((f) => f.id));
  // Unknown ids in a hand-edited URL are ignored rather than failing the page.
  const shown = new Set(fam.filter((id) => known.has(id)));
  const toggle = (id: string) => {
    const next = new Set(shown);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    const list = families.map((f) => f.id).filter((x) => next.has(x));
    void setFam(list.length ? list : [NONE]);
  };
  const tokens = families.filter((f) => shown.has(f.id)).flatMap((f) => [f.id, `c${f.color}`]);
  return (
    <>
      <div className="toggles" role="group" aria-label="Highlight marker families">
        <span className="label">Highlight:</span>
        {families.map((f) => (
          <button key={f.id} type="button" aria-pressed={shown.has(f.id)} onClick={() => toggle(f.id)} title={`${f.count} markers`}>
            <span className="swatch" style={{ background: `var(--c${f.color})`, boxShadow: `inset 0 -3px 0 var(--u${f.color})` }} aria-hidden="true" />
            {f.name}
            <span className="muted small">{f.count}</span>
          </button>
        ))}
        <button type="button" onClick={() => void setFam(families.map((f) => f.id))}>
          All
        </button>
        <button type="button" onClick={() => void setFam([NONE])}>
          None
        </button>
      </div>
      <div className="hlroot" data-show={tokens.join(' ')}>
        {children}
      </div>
    </>
  );
}
