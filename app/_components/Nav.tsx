'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Overview', match: (p: string) => p === '/' || p.startsWith('/events') || p.startsWith('/stories') },
  { href: '/blindspots', label: 'Blindspots', match: (p: string) => p.startsWith('/blindspots') },
  { href: '/outlets', label: 'Outlets', match: (p: string) => p.startsWith('/outlets') || p.startsWith('/articles') },
  { href: '/compare', label: 'Compare', match: (p: string) => p.startsWith('/compare') },
  { href: '/charts', label: 'Charts', match: (p: string) => p.startsWith('/charts') },
  { href: '/methodology', label: 'Methodology', match: (p: string) => p.startsWith('/methodology') },
  { href: '/api-docs', label: 'API', match: (p: string) => p.startsWith('/api-docs') },
];

/** The shared nav; a client component only to mark the current section for screen readers and the eye. */
export function Nav() {
  const path = usePathname() ?? '/';
  return (
    <nav aria-label="Main" className="nav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={l.match(path) ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
