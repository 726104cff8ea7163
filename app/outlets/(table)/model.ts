/**
 * The framing table's model, shared by the table in the browser (FramingTable.tsx) and the CSV export route
 * (app/outlets/export.csv): the same columns, sort and filter functions and URL state make the same rows, so a
 * downloaded CSV is exactly the table its link was copied from. Pure: no React, no database.
 */
import {
  createColumnHelper,
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type Column,
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  type Row,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { FIXED_COLUMNS, parseCols, parseMins, parseSort } from './state';

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

/** The URL state as it appears in the query string: plain strings, '' when absent. */
export interface RawState {
  sort: string;
  q: string;
  min: string;
  cols: string;
}

export interface ViewState {
  sorting: SortingState;
  columnVisibility: VisibilityState;
  columnFilters: ColumnFiltersState;
}

const outletFilter: FilterFn<TableRow> = (row, _id, value: string) => row.original.name.toLowerCase().includes(value.toLowerCase());
const minFilter: FilterFn<TableRow> = (row, id, value: number) => {
  const v = row.getValue<number | undefined>(id);
  return v !== undefined && v >= value;
};

const helper = createColumnHelper<TableRow>();

export function framingColumns(metrics: TableMetric[]): ColumnDef<TableRow, any>[] {
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
}

/** The parsed URL state; malformed parts count as absent (the proxy has refused malformed URLs already). */
export function parseState(raw: RawState) {
  return {
    sort: parseSort(raw.sort) ?? [],
    q: raw.q,
    min: parseMins(raw.min) ?? {},
    // An empty cols means "defaults"; hiding every metric is not a useful view.
    cols: raw.cols === '' ? null : parseCols(raw.cols),
  };
}

/** TanStack's sorting, visibility and filters for a parsed state; ids this corpus does not have are dropped. */
export function viewState(state: ReturnType<typeof parseState>, metrics: TableMetric[], defaultVisible: string[]): ViewState {
  const keys = new Set(metrics.map((m) => m.key));
  const visible = new Set((state.cols ?? defaultVisible).filter((k) => keys.has(k)));
  return {
    sorting: state.sort.filter((s) => keys.has(s.id) || (FIXED_COLUMNS as readonly string[]).includes(s.id)),
    columnVisibility: Object.fromEntries(metrics.map((m) => [m.key, visible.has(m.key)])),
    columnFilters: [
      ...(state.q ? [{ id: 'outlet', value: state.q }] : []),
      ...Object.entries(state.min)
        .filter(([k]) => keys.has(k))
        .map(([id, value]) => ({ id, value })),
    ],
  };
}

/** Options both tables share besides data, columns and state. */
export const TABLE_OPTIONS = {
  enableMultiSort: true,
  // No pagination: nothing to reset when sorting or filtering changes.
  autoResetPageIndex: false,
  maxMultiSortColCount: 8,
  getCoreRowModel: getCoreRowModel<TableRow>(),
  getSortedRowModel: getSortedRowModel<TableRow>(),
  getFilteredRowModel: getFilteredRowModel<TableRow>(),
};

export interface ExportData {
  header: string[];
  records: Array<Record<string, string | number | null>>;
}

/** The shown rows and columns as records: each metric with its interval's bounds beside it. */
export function exportData(leaf: Column<TableRow, unknown>[], shown: Row<TableRow>[], metricKeys: Set<string>): ExportData {
  const header: string[] = [];
  for (const c of leaf) {
    if (metricKeys.has(c.id)) header.push(c.id, `${c.id} low`, `${c.id} high`);
    else header.push(c.id);
  }
  const records = shown.map((r) => {
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
}

/**
 * One CSV cell. Text starting with = + - @ (or a tab or CR) is a formula to a spreadsheet, and outlet names are
 * ingested data: such text gets a leading apostrophe, which spreadsheets show as text. Numbers stay numbers.
 */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText({ header, records }: ExportData): string {
  const lines = [header.map(csvField).join(','), ...records.map((r) => header.map((h) => csvField(r[h])).join(','))];
  return `${lines.join('\n')}\n`;
}

/** The CSV of the table a URL state shows, built without a browser: the same TanStack model, run headless. */
export function framingCsv(rows: TableRow[], metrics: TableMetric[], defaultVisible: string[], raw: RawState): string {
  const state = viewState(parseState(raw), metrics, defaultVisible);
  const table = createTable<TableRow>({
    ...TABLE_OPTIONS,
    data: rows,
    columns: framingColumns(metrics),
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  });
  // As useReactTable does: the table's own defaults for every other piece of state, then ours.
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, ...state } }));
  return csvText(exportData(table.getVisibleLeafColumns(), table.getRowModel().rows, new Set(metrics.map((m) => m.key))));
}

/** The export link's query: the state as the table's URL carries it, empty parts left out. */
export function exportQuery(raw: RawState): string {
  const q = new URLSearchParams();
  for (const k of ['sort', 'min', 'cols', 'q'] as const) if (raw[k] !== '') q.set(k, raw[k]);
  const s = q.toString();
  return s ? `?${s}` : '';
}
