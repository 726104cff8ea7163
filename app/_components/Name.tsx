import type { ReactNode } from 'react';

/**
 * A name that came from the data (outlet, actor, event, story, article title, file name), isolated from the text
 * around it: a right-to-left override or other bidi control in a name reorders only the name itself, never the
 * words after it ("‮gnp.exe · 3 May" must not turn the date around). <bdi> is HTML's isolate; the stylesheet's
 * `bdi { unicode-bidi: isolate }` keeps it so where a browser default differs.
 */
export function Name({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}
