import Link from 'next/link';

export function Pager({ page, pages, href, label = 'Pages' }: { page: number; pages: number; href: (p: number) => string; label?: string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? <Link href={href(page - 1)}>← Previous</Link> : <span className="muted">← Previous</span>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Next →</Link> : <span className="muted">Next →</span>}
    </nav>
  );
}
