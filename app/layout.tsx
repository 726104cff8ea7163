import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { connection } from 'next/server';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { Nav } from './_components/Nav';
import { publicOrigin } from '@/lib/serve/origin';
import './globals.css';

export const metadata: Metadata = {
  // Relative metadata URLs resolve against the configured origin, never against the request's Host header.
  metadataBase: new URL(publicOrigin()),
  // FSI … PDI (invisible) isolate the page's own title, often a name from the data, from the suffix: a right-to-left
  // override in an outlet's or article's name must not reorder " · Parallax" (or whatever a tab shows after it).
  title: { default: 'Parallax', template: '\u2068%s\u2069 · Parallax' },
  description: 'Same story, different outlets, different pictures: how each source frames the same events, with the words behind every number.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfbf9' },
    { media: '(prefers-color-scheme: dark)', color: '#141416' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, the not-found page included: its scripts need that request's CSP nonce
  // (proxy.ts), and a page prerendered at build time would carry none, so the browser would block them.
  await connection();
  return (
    <html lang="en">
      <body>
        <a href="#content" className="skip">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Parallax
          </Link>
          <Nav />
          <span className="tagline">same story, different outlets, the words behind every number</span>
        </header>
        <NuqsAdapter>
          <main id="content">{children}</main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
