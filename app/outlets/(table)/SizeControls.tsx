/**
 * The framing table's sample size filter: how many outlets the minimum articles and words hide, a one-click way to
 * show them all, and a plain GET form (works without scripts) to set the minimums. State lives in the URL.
 */
import type { SearchParams } from '../../_lib/params';
import type { SizeFilter } from './size';

function hrefWith(params: SearchParams, changes: Record<string, string | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (k in changes || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) q.append(k, x);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== null) q.set(k, v);
  const s = q.toString();
  return `/outlets${s ? `?${s}` : ''}`;
}

export function SizeControls({ size, total, params }: { size: SizeFilter; total: number; params: SearchParams }) {
  const kept = Object.entries(params).filter(([k, v]) => k !== 'minArticles' && k !== 'minWords' && typeof v === 'string') as Array<[string, string]>;
  const limits = [size.minArticles > 0 ? `at least ${size.minArticles} article${size.minArticles === 1 ? '' : 's'}` : '', size.minWords > 0 ? `at least ${size.minWords} words` : ''].filter(Boolean);
  return (
    <div className="notice small size-filter" id="size-filter">
      <p>
        {limits.length ? (
          <>
            Showing outlets with {limits.join(' and ')}
            {size.defaulted && size.minArticles > 0 ? ' (the default: smaller outlets say little, their intervals are wide)' : ''}:{' '}
            <strong id="hidden-count">{size.hidden} hidden</strong> of {total}.{' '}
            {size.hidden > 0 && (
              <a href={hrefWith(params, { minArticles: '0', minWords: null })} id="show-all">
                Show all {total} outlets
              </a>
            )}
          </>
        ) : (
          <>
            Showing all {total} outlets, whatever their size.
            {size.hidden === 0 && !size.defaulted ? (
              <>
                {' '}
                <a href={hrefWith(params, { minArticles: null, minWords: null })}>Hide small outlets (default)</a>
              </>
            ) : null}
          </>
        )}
      </p>
      <form method="get" action="/outlets" className="row" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        {kept.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          Minimum articles <input type="number" name="minArticles" min={0} step={1} defaultValue={size.minArticles} style={{ width: '6em' }} />
        </label>
        <label>
          Minimum words <input type="number" name="minWords" min={0} step={1} defaultValue={size.minWords} style={{ width: '8em' }} />
        </label>
        <button type="submit">Apply</button>
      </form>
    </div>
  );
}
