'use client';
import { useTransition } from 'react';
import { parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { CHART_NAMES, CHART_TYPES } from './spec';
import { CHART_TYPE_PARAMS } from './types/registry';

export interface MetricOption {
  key: string;
  title: string;
  group: string;
}

/**
 * The chart's settings, kept in the URL (nuqs, non-shallow: the server recomputes the data), so the address bar is
 * always the permalink of what is on screen.
 */
export function ChartControls({ metrics, defaults }: { metrics: MetricOption[]; defaults: { metric: string; x: string; y: string } }) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useQueryStates(
    {
      type: parseAsStringLiteral(CHART_TYPES).withDefault('bars'),
      metric: parseAsString.withDefault(defaults.metric),
      x: parseAsString.withDefault(defaults.x),
      y: parseAsString.withDefault(defaults.y),
      // A shared link's run: dropped on any change, as the chart is then no longer the one that link showed.
      run: parseAsString,
    },
    // Every key stays in the URL, defaults included: the link must not depend on what the defaults are tomorrow.
    { shallow: false, history: 'push', scroll: false, startTransition, clearOnDefault: false },
  );
  const groups = [...new Set(metrics.map((m) => m.group))];
  const select = (id: 'metric' | 'x' | 'y', label: string) => (
    <div key={id}>
      <label htmlFor={`chart-${id}`}>{label}</label>
      <select id={`chart-${id}`} value={state[id]} onChange={(e) => void setState({ ...state, [id]: e.target.value, run: null })}>
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {metrics
              .filter((m) => m.group === g)
              .map((m) => (
                <option key={m.key} value={m.key}>
                  {m.title}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
  return (
    <form className="controls" onSubmit={(e) => e.preventDefault()} aria-busy={pending}>
      <div>
        <label htmlFor="chart-type">Chart</label>
        <select id="chart-type" value={state.type} onChange={(e) => void setState({ ...state, type: e.target.value as (typeof CHART_TYPES)[number], run: null })}>
          {CHART_TYPES.map((t) => (
            <option key={t} value={t}>
              {CHART_NAMES[t]}
            </option>
          ))}
        </select>
      </div>
      {CHART_TYPE_PARAMS[state.type].params.map((p) => select(p.key, p.label))}
      <p className="small muted" aria-live="polite">
        {pending ? 'Updating…' : ''}
      </p>
    </form>
  );
}
