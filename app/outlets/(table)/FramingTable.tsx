'use client';
import { useMemo, useState } from 'react';
import Link from 'next/link';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type FilterFn,
  type Row,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { parseAsString, useQueryStates } from 'nuqs';
import { fig, int, interval } from '../../_lib/format';
import { parseCols, parseMins, parseSort, serializeCols, serializeMins, serializeSort, type SortItem } from './state';

export interface TableMetric {
  key: string;
  family: string;
  familyName: string;
  name: string;
  title: string;
  kind: 'rate' | 'measure';
}

export interface TableFigure {
  v: number;
  lo: number | null;
  hi: number | null;
  n: number;
  unit: string;
}

export interface TableRow {
  id: number;
  slug: string;
  name: string;
  articles: number;
  words: number;
  figures: Record<string, TableFigure>;
}

// The URL keeps plain strings: nuqs compares them by value, so a re-render never mistakes a re-parsed array for a change.
const KEYS = { sort: parseAsString.withDefault(''), q: parseAsString.withDefault(''), min: parseAsString.withDefault(''), cols: parseAsString.withDefault('') };

const outletFilter: FilterFn<TableRow> = (row, _id, value: string) => row.original.name.toLowerCase().includes(value.toLowerCase());
const minFilter: FilterFn<TableRow> = (row, id, value: number) => {
  const v = row.getValue<number | undefined>(id);
  return v !== undefined && v >= value;
};

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

/**
 * One CSV cell. Text starting with = + - @ (or a tab or CR) is a formula to a spreadsheet, and outlet names are
 * ingested data: such text gets a leading apostrophe, which spreadsheets show as text. Numbers stay numbers.
 */
function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const helper = createColumnHelper<TableRow>();

export function FramingTable({
  metrics,
  rows,
  defaultVisible,
  hasIntervals,
}: {
  metrics: TableMetric[];
  rows: TableRow[];
  defaultVisible: string[];
  hasIntervals: boolean;
}) {
  const [raw, setRaw] = useQueryStates(KEYS, { history: 'replace', scroll: false });
  const state = useMemo(
    () => ({
      sort: parseSort(raw.sort) ?? [],
      q: raw.q,
      min: parseMins(raw.min) ?? {},
      // An empty cols means "defaults"; hiding every metric is not a useful view.
      cols: raw.cols === '' ? null : parseCols(raw.cols),
    }),
    [raw.sort, raw.q, raw.min, raw.cols],
  );
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
  const sorting: SortingState = useMemo(
    () => state.sort.filter((s) => metricKeys.has(s.id) || ['outlet', 'articles', 'words'].includes(s.id)),
    [state.sort, metricKeys],
  );
  const visibleKeys = useMemo(() => new Set((state.cols ?? defaultVisible).filter((k) => metricKeys.has(k))), [state.cols, defaultVisible, metricKeys]);
  const columnVisibility: VisibilityState = useMemo(() => Object.fromEntries(metrics.map((m) => [m.key, visibleKeys.has(m.key)])), [metrics, visibleKeys]);
  const columnFilters = useMemo(
    () => [
      ...(state.q ? [{ id: 'outlet', value: state.q }] : []),
      ...Object.entries(state.min)
        .filter(([k]) => metricKeys.has(k))
        .map(([id, value]) => ({ id, value })),
    ],
    [state.q, state.min, metricKeys],
  );

  const columns = useMemo(() => {
    const byFamily = new Map<string, TableMetric[]>();
    for (const m of metrics) byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
    const fixed: ColumnDef<TableRow, any>[] = [
      helper.accessor('name', { id: 'outlet', header: 'Outlet', filterFn: outletFilter, sortingFn: 'alphanumeric' }),
      helper.accessor('articles', { id: 'articles', header: 'Articles', enableColumnFilter: false }),
      helper.accessor('words', { id: 'words', header: 'Words', enableColumnFilter: false }),
    ];
    const groups: ColumnDef<TableRow, any>[] = [...byFamily.entries()].map(([family, list]) =>
      helper.group({
        id: `family:${family}`,
        header: list[0].familyName,
        columns: list.map((m) =>
          helper.accessor((r) => r.figures[m.key]?.v, {
            id: m.key,
            header: m.name,
            filterFn: minFilter,
            sortUndefined: 'last',
            meta: m,
          }),
        ),
      }),
    );
    return [...fixed, ...groups];
  }, [metrics]);

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility, columnFilters },
    onSortingChange: (u: Updater<SortingState>) => {
      const next = typeof u === 'function' ? u(sorting) : u;
      void setState({ sort: next.map((s) => ({ id: s.id, desc: s.desc })) });
    },
    enableMultiSort: true,
    // No pagination: nothing to reset when sorting or filtering changes.
    autoResetPageIndex: false,
    isMultiSortEvent: (e) => (e as MouseEvent).shiftKey,
    maxMultiSortColCount: 8,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
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

  const exportData = () => {
    const header: string[] = [];
    for (const c of leaf) {
      if (metricKeys.has(c.id)) header.push(c.id, `${c.id} low`, `${c.id} high`);
      else header.push(c.id);
    }
    const records = shownRows.map((r: Row<TableRow>) => {
      const rec: Record<string, string | number | null> = {};
      for (const c of leaf) {
        if (c.id === 'outlet') rec.outlet = r.original.name;
        else if (c.id === 'articles') rec.articles = r.original.articles;
        else if (c.id === 'words') rec.words = r.original.words;
        else {
          const f = r.original.figures[c.id];
          rec[c.id] = f?.v ?? null;
          rec[`${c.id} low`] = f?.lo ?? null;
          rec[`${c.id} high`] = f?.hi ?? null;
        }
      }
      return rec;
    });
    return { header, records };
  };
  const exportCsv = () => {
    const { header, records } = exportData();
    const lines = [header.map(csvField).join(','), ...records.map((r) => header.map((h) => csvField(r[h])).join(','))];
    download('parallax-framing.csv', 'text/csv', `${lines.join('\n')}\n`);
  };
  const exportJson = () => {
    const { records } = exportData();
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
          <button type="button" onClick={exportCsv}>
            Download CSV
          </button>
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
                        <Link href={`/outlets/${r.original.slug}`}>{r.original.name}</Link>
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
                        href={`/outlets/${r.original.slug}/evidence?metric=${encodeURIComponent(id)}`}
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
