/**
 * Links to the complete download of what a page shows (app/api/_lib/exports.ts): every row, not the page's slice,
 * with the run, analysis version and filters in the file. Server component: plain links.
 */
const FORMATS = [
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['jsonl', 'JSON Lines'],
] as const;

export function ExportLinks({ items }: { items: Array<{ view: string; label: string; query?: Record<string, string | number | null | undefined> }> }) {
  return (
    <p className="small muted" data-exports>
      Download, complete:{' '}
      {items.map((item, i) => {
        const q = new URLSearchParams();
        for (const [k, v] of Object.entries(item.query ?? {})) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
        const base = `/api/v1/export/${item.view}?${q.toString()}${q.size ? '&' : ''}format=`;
        return (
          <span key={item.view}>
            {i > 0 && ' · '}
            {item.label} (
            {FORMATS.map(([f, name], j) => (
              <span key={f}>
                {j > 0 && ', '}
                <a href={`${base}${f}`} download>
                  {name}
                </a>
              </span>
            ))}
            )
          </span>
        );
      })}
      . <a href="/api-docs">API</a>
    </p>
  );
}
