'use client';
import { useMemo, useState } from 'react';
import Link from 'next/link';
import { flexRender, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { parseAsString, useQueryState, useQueryStates } from 'nuqs';
import { fig, int, interval } from '../../_lib/format';
import { serializeCols, serializeMins, serializeSort, type SortItem } from './state';
import { exportData, exportQuery, framingColumns, parseState, TABLE_OPTIONS, viewState, type TableMetric, type TableRow } from './model';
import { slugPath } from '@/lib/text/slug';
import { Name } from '../../_components/Name';

// The URL keeps plain strings: nuqs compares them by value, so a re-render never mistakes a re-parsed array for a change.
const KEYS = { sort: parseAsString.withDefault(''), q: parseAsString.withDefault(''), min: parseAsString.withDefault(''), cols: parseAsString.withDefault('') };

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function FramingTable({
  metrics,
  rows,
  defaultVisible,
  hasIntervals,
  sizeParams = {},
}: {
  metrics: TableMetric[];
  rows: TableRow[];
  defaultVisible: string[];
  hasIntervals: boolean;
  /** The minimum articles and words asked in the URL (app/outlets/(table)/size.ts): the CSV link carries them. */
  sizeParams?: Record<string, string>;
}) {
  const [raw, setRaw] = useQueryStates(KEYS, { history: 'replace', scroll: false });
  const [voice] = useQueryState('voice');
  const state = useMemo(() => parseState(raw), [raw.sort, raw.q, raw.min, raw.cols]);
  const setState = (next: { sort?: SortItem[] | null; q?: string | null; min?: Record<string, number> | null; cols?: string[] | null }) => {
    const out: Partial<Record<keyof typeof KEYS, string | null>> = {};
    if ('sort' in next) out.sort = next.sort && next.sort.length ? serializeSort(next.sort) : null;
    if ('q' in next) out.q = next.q || null;
    if ('min' in next) out.min = next.min && Object.keys(next.min).length ? serializeMins(next.min) : null;
    if ('cols' in next) out.cols = next.cols ? serializeCols(next.cols) : null;
    return setRaw(out);
  };
  // Bumped by "Reset view" so the uncontrolled min inputs clear too.
  const [generation, setGeneration] = useState(0);
  const metricKeys = useMemo(() => new Set(metrics.map((m) => m.key)), [metrics]);
  // Memoised on the URL strings: TanStack recomputes row models (and queues state resets) whenever these
  // references change, so fresh arrays on every render would never settle.
  const { sorting, columnVisibility, columnFilters } = useMemo(() => viewState(state, metrics, defaultVisible), [state, metrics, defaultVisible]);
  const visibleKeys = useMemo(() => new Set(metrics.filter((m) => columnVisibility[m.key]).map((m) => m.key)), [metrics, columnVisibility]);
  const columns = useMemo(() => framingColumns(metrics), [metrics]);

  const table = useReactTable({
    ...TABLE_OPTIONS,
    data: rows,
    columns,
    state: { sorting, columnVisibility, columnFilters },
    onSortingChange: (u: Updater<SortingState>) => {
      const next = typeof u === 'function' ? u(sorting) : u;
      void setState({ sort: next.map((s) => ({ id: s.id, desc: s.desc })) });
    },
    isMultiSortEvent: (e) => (e as MouseEvent).shiftKey,
  });

  const setMin = (key: string, raw: string) => {
    const next = { ...state.min };
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) delete next[key];
    else next[key] = n;
    void setState({ min: Object.keys(next).length ? next : null });
  };
  const setVisible = (keys: string[]) => void setState({ cols: keys });
  const toggleCol = (key: string) => {
    const next = new Set(visibleKeys);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setVisible(metrics.map((m) => m.key).filter((k) => next.has(k)));
  };

  const shownRows = table.getRowModel().rows;
  const leaf = table.getVisibleLeafColumns();

  // The CSV comes from the server (app/outlets/export.csv), built from the same model and this URL state: a link
  // that can be shared. JSON stays a browser download of what is shown.
  const query = exportQuery(raw);
  // The voice switch (VoiceSwitch) keeps its own key; the CSV counts the same voice.
  const extra = new URLSearchParams({ ...sizeParams, ...(voice ? { voice } : {}) }).toString();
  const csvHref = `/outlets/export.csv${query}${extra ? `${query ? '&' : '?'}${extra}` : ''}`;
  const exportJson = () => {
    const { records } = exportData(leaf, shownRows, metricKeys);
    download('parallax-framing.json', 'application/json', `${JSON.stringify(records, null, 2)}\n`);
  };

  const families = [...new Map(metrics.map((m) => [m.family, m.familyName])).entries()];
  const sortIndex = (id: string) => sorting.findIndex((s) => s.id === id);

  return (
    <>
      <div className="controls">
        <div>
          <label htmlFor="outlet-filter">Filter outlets</label>
          <input
            id="outlet-filter"
            type="search"
            value={state.q}
            placeholder="name contains…"
            // The URL accepts 200 characters (app/_lib/query.ts): longer would make the link a bad request.
            maxLength={200}
            onChange={(e) => void setState({ q: e.target.value || null })}
          />
        </div>
        <div className="row">
          <a className="button" href={csvHref}>
            Download CSV
          </a>
          <button type="button" onClick={exportJson}>
            Download JSON
          </button>
          <button type="button" onClick={() => {
              setGeneration((g) => g + 1);
              void setState({ sort: null, q: null, min: null, cols: null });
            }}>
            Reset view
          </button>
        </div>
        <p className="muted small" aria-live="polite" id="row-count">
          {shownRows.length} of {rows.length} outlets · {leaf.length - 3} of {metrics.length} metrics shown · shift-click headers to sort by several
          columns
        </p>
      </div>
      <details className="card">
        <summary>
          Columns ({visibleKeys.size} of {metrics.length} shown)
        </summary>
        <div className="row" style={{ display: 'flex', gap: '0.4rem', flexWrap: 'wrap', margin: '0.5rem 0' }}>
          <button type="button" onClick={() => setVisible(defaultVisible)}>
            Defaults
          </button>
          <button type="button" onClick={() => setVisible(metrics.map((m) => m.key))}>
            All
          </button>
          <button type="button" onClick={() => setVisible(metrics.filter((m) => m.key === m.family).map((m) => m.key))}>
            Family totals
          </button>
        </div>
        <div className="colpicker">
          {families.map(([family, name]) => (
            <fieldset key={family}>
              <legend>{name}</legend>
              {metrics
                .filter((m) => m.family === family)
                .map((m) => (
                  <label key={m.key}>
                    <input type="checkbox" checked={visibleKeys.has(m.key)} onChange={() => toggleCol(m.key)} /> {m.name}
                    {m.kind === 'measure' ? <span className="muted small"> (measure)</span> : null}
                  </label>
                ))}
            </fieldset>
          ))}
        </div>
      </details>
      <div className="table-wrap" style={{ marginTop: '0.75rem' }}>
        <table className="framing" aria-describedby="table-caption row-count">
          <thead>
            {table.getHeaderGroups().map((hg, depth) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  if (h.isPlaceholder) return <td key={h.id} colSpan={h.colSpan} aria-hidden="true" />;
                  if (depth === 0 && h.subHeaders.length) {
                    return (
                      <th key={h.id} colSpan={h.colSpan} scope="colgroup" className="group">
                        {flexRender(h.column.columnDef.header, h.getContext())}
                      </th>
                    );
                  }
                  const dir = h.column.getIsSorted();
                  const idx = sortIndex(h.column.id);
                  const meta = h.column.columnDef.meta as TableMetric | undefined;
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={meta || h.column.id !== 'outlet' ? 'num' : undefined}
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                      data-col={h.column.id}
                    >
                      <button
                        type="button"
                        className="sortbtn"
                        onClick={h.column.getToggleSortingHandler()}
                        title={`${meta ? `${meta.title} (${meta.kind === 'rate' ? 'per 100 words' : 'measure'}). ` : ''}Click to sort, shift-click to add to the sort.`}
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
                        {dir && sorting.length > 1 ? <span className="muted small">{idx + 1}</span> : null}
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
            <tr>
              {leaf.map((c) => {
                const meta = c.columnDef.meta as TableMetric | undefined;
                if (!meta) return <td key={c.id} aria-hidden="true" />;
                return (
                  <td key={c.id} className="num">
                    <input
                      key={generation}
                      type="number"
                      step="any"
                      inputMode="decimal"
                      aria-label={`Minimum ${meta.title}`}
                      placeholder="min"
                      defaultValue={state.min[c.id] ?? ''}
                      onChange={(e) => setMin(c.id, e.target.value)}
                    />
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((r) => (
              <tr key={r.id} data-outlet={r.original.slug}>
                {r.getVisibleCells().map((cell) => {
                  const id = cell.column.id;
                  if (id === 'outlet')
                    return (
                      <th key={cell.id} scope="row">
                        <Link href={`/outlets/${slugPath(r.original.slug)}`}><Name>{r.original.name}</Name></Link>
                      </th>
                    );
                  if (id === 'articles' || id === 'words')
                    return (
                      <td key={cell.id} className="num">
                        {int.format(cell.getValue<number>())}
                      </td>
                    );
                  const meta = cell.column.columnDef.meta as TableMetric;
                  const f = r.original.figures[id];
                  if (!f)
                    return (
                      <td key={cell.id} className="num muted">
                        —
                      </td>
                    );
                  return (
                    <td key={cell.id} className="num" data-value={f.v}>
                      <Link
                        href={`/outlets/${slugPath(r.original.slug)}/evidence?metric=${encodeURIComponent(id)}${voice ? `&voice=${encodeURIComponent(voice)}` : ''}`}
                        title={`${meta.title} for ${r.original.name}: ${fig(f.v)}${f.lo !== null ? `, 95% interval ${interval(f.lo, f.hi)}` : ''} (n = ${f.n} ${f.unit}). Open the evidence.`}
                      >
                        <span className="v">{fig(f.v)}</span>
                        {hasIntervals && <span className="ci">{f.lo !== null ? interval(f.lo, f.hi) : 'no interval'}</span>}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shownRows.length === 0 && <p className="empty">No outlet matches these filters.</p>}
    </>
  );
}
