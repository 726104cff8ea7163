/**
 * The words and phrases each side uses distinctively (log-odds ratio with an informative Dirichlet prior, Monroe,
 * Colaresi & Quinn 2008; lib/analysis/distinctive.ts), each opening the sentences that use it, linked to their articles.
 */
import Link from 'next/link';
import { fig, int } from '../_lib/format';
import type { WordEvidence } from '../_lib/distinctive';
import { Name } from './Name';

export function DistinctiveWords({ sides, against, capped }: { sides: Array<{ key: string; label: string; words: WordEvidence[] }>; against: string; capped: boolean }) {
  return (
    <section className="distinctive" aria-label="Distinctive words">
      <p className="small muted">
        Words and two-word phrases each side uses more than {against}, ranked by the z-score of the log-odds ratio with an informative Dirichlet
        prior (Monroe, Colaresi &amp; Quinn 2008; prior: both sides&apos; words pooled); only z &gt; 1.96 is listed. Open a word for
        the sentences that use it.{capped ? ' Computed on the first 30,000 sentences.' : ''}
      </p>
      <div className="grid-2">
        {sides.map((s) => (
          <div key={s.key} className="card" data-side={s.key}>
            <h3 style={{ marginTop: 0 }}><Name>{s.label}</Name></h3>
            {s.words.length === 0 ? (
              <p className="empty small">No distinctive words.</p>
            ) : (
              <ul className="words">
                {s.words.map((w) => (
                  <li key={w.term}>
                    <details>
                      <summary>
                        <strong className="term">{w.term}</strong>{' '}
                        <span className="muted small">
                          z {fig(w.z)} · {int.format(w.count)}× here, {int.format(w.other)}× elsewhere
                        </span>
                      </summary>
                      <ul className="small">
                        {w.examples.map((e) => (
                          <li key={`${e.articleId}:${e.index}`}>
                            <Link href={`/articles/${e.articleId}#s${e.index}`}>{e.text.length > 220 ? `${e.text.slice(0, 217)}…` : e.text}</Link>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
