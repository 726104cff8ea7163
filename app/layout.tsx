import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Parallax', template: '%s · Parallax' },
  description: 'Same story, different outlets, different pictures: how each source frames the same events, with the words behind every number.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Parallax
          </a>
          <span className="tagline">same story, different outlets, the words behind every number</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
