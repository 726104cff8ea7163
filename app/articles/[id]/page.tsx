import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle, type MarkerSpan } from '@/lib/db/queries';
import { buildCatalog } from '../../_lib/catalog';
import { date, fig, int, pct, signed, webHref } from '../../_lib/format';
import { HIDDEN_BY_DEFAULT, legendFor } from '../../_lib/legend';
import { idOrNotFound, parseId } from '../../_lib/params';
import { FamilyToggles } from '../../_components/FamilyToggles';
import { MarkedSentence } from '../../_components/Marked';
import { SentimentBar } from '../../_components/SentimentBar';
import { ActorList } from '../../_components/ActorList';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  if (id === null) return { title: 'Article not found' };
  const a = await getArticle(id);
  return { title: a ? a.title : 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const id = idOrNotFound((await params).id);
  const a = await getArticle(id);
  if (!a) notFound();
  const { legend, toggles } = legendFor(a.markers);
  const bySentence = new Map<number, MarkerSpan[]>();
  for (const m of a.markers) bySentence.set(m.sentenceIndex, [...(bySentence.get(m.sentenceIndex) ?? []), m]);
  const catalog = buildCatalog(a.scores.map((s) => s.metric));
  const scores = new Map(a.scores.map((s) => [s.metric, s]));
  const scale = Math.max(1, ...a.sentences.map((s) => Math.abs(s.sentiment ?? 0)));
  const scored = a.sentences.some((s) => s.sentiment !== null);
  return (
    <>
      <p className="crumbs">
        <Link href={`/outlets/${a.outlet.slug}`}>{a.outlet.name}</Link>
        {a.story && (
          <>
            {' '}
            › <Link href={`/stories/${a.story.id}`}>{a.story.title}</Link>
          </>
        )}
        {a.event && (
          <>
            {' '}
            › <Link href={`/events/${a.event.id}`}>{a.event.title}</Link>
          </>
        )}
      </p>
      <h1>{a.title}</h1>
      <p className="meta">
        {a.outlet.name} · {date(a.publishedAt)} · {int.format(a.words)} words · {a.sentences.length} sentences · {int.format(a.markers.length)} markers
        {webHref(a.url) && (
          <>
            {' '}
            · <a href={webHref(a.url)!}>original</a>
          </>
        )}{' '}
        · source file <code>{a.sourceFile}</code>
      </p>
      <div className="reader">
        <section aria-labelledby="text-h">
          <h2 id="text-h" className="sr-only">
            Text with markers
          </h2>
          {a.markers.length === 0 && <p className="notice">This article has no markers yet: run <code>npx parallax score</code>.</p>}
          <FamilyToggles families={toggles} hiddenByDefault={HIDDEN_BY_DEFAULT}>
            <ol className="sentences">
              {a.sentences.map((s) => (
                <li key={s.index} id={`s${s.index}`}>
                  <span className="idx">{s.index + 1}</span>
                  <span>
                    <MarkedSentence text={a.body.slice(s.start, s.end)} start={s.start} markers={bySentence.get(s.index) ?? []} legend={legend} />
                  </span>
                  <span className="side">
                    {s.sentiment !== null && <SentimentBar value={s.sentiment} scale={scale} label="Sentence sentiment (AFINN sum)" />}
                    {s.loaded !== null && s.loaded !== undefined && <span className="block">loaded {pct.format(s.loaded)}</span>}
                    {s.frames.length > 0 && (
                      <span className="block">
                        {s.frames.map((f) => (
                          <span key={f} className="tag">
                            {catalog.byKey.get(`frame.${f}`)?.name ?? f}
                          </span>
                        ))}
                      </span>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </FamilyToggles>
          <p className="small muted">
            {scored ? 'Right: sentence sentiment (AFINN sum), probability of loaded language, policy frames. ' : 'Sentences are not scored yet. '}
            Hover a highlighted word for the rule that fired; the full list is under “Every marker”.
          </p>
        </section>
        <aside>
          <section className="card" aria-labelledby="fig-h">
            <h2 id="fig-h" style={{ marginTop: 0 }}>
              Figures
            </h2>
            {catalog.families.length === 0 ? (
              <p className="muted">Not scored yet.</p>
            ) : (
              catalog.families.map((f) => (
                <div key={f.id}>
                  <h3>
                    <span className="swatch" style={{ background: `var(--c${legend[f.id]?.color ?? f.color})` }} aria-hidden="true" />
                    {f.name}
                  </h3>
                  <dl className="figures">
                    {catalog.metrics
                      .filter((m) => m.family === f.id)
                      .map((m) => {
                        const s = scores.get(m.key)!;
                        return (
                          <div key={m.key} style={{ display: 'contents' }}>
                            <dt>{m.name}</dt>
                            <dd title={m.kind === 'rate' ? `${s.count} hits, ${fig(s.value)} per 100 words` : undefined}>
                              {m.kind === 'rate' ? (
                                <>
                                  {int.format(s.count)} <span className="muted">· {fig(s.value)}/100w</span>
                                </>
                              ) : m.key.endsWith('share') || m.key.endsWith('probability') ? (
                                pct.format(s.value)
                              ) : (
                                signed.format(s.value)
                              )}
                            </dd>
                          </div>
                        );
                      })}
                  </dl>
                </div>
              ))
            )}
          </section>
          <section className="card" aria-labelledby="actors-h">
            <h2 id="actors-h" style={{ marginTop: 0 }}>
              Actors
            </h2>
            <ActorList mentions={a.mentions} />
          </section>
          <details className="card">
            <summary>Removed boilerplate ({a.removedLines.length} lines)</summary>
            {a.removedLines.length === 0 ? (
              <p className="muted small">The cleaner removed nothing from this article{a.removedLines.length === 0 ? ' (or it was ingested before cleaning was recorded)' : ''}.</p>
            ) : (
              <ol className="small">
                {a.removedLines.map((l, i) => (
                  <li key={i}>
                    <span className="muted">
                      line {l.line}, {l.reason}:
                    </span>{' '}
                    {l.text}
                  </li>
                ))}
              </ol>
            )}
          </details>
          <details className="card">
            <summary>Every marker ({a.markers.length})</summary>
            <div className="scroll" style={{ maxHeight: '24rem' }}>
              <table className="data small">
                <thead>
                  <tr>
                    <th scope="col">Text</th>
                    <th scope="col">Family</th>
                    <th scope="col">Rule</th>
                    <th scope="col" className="num">
                      Weight
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.markers.map((m, i) => (
                    <tr key={i}>
                      <td>
                        <a href={`#s${m.sentenceIndex}`}>{m.text.length > 60 ? `${m.text.slice(0, 57)}…` : m.text}</a>
                      </td>
                      <td>
                        {legend[m.family]?.name ?? m.family}: {m.label}
                      </td>
                      <td>
                        <code>{m.rule}</code>
                      </td>
                      <td className="num">{fig(m.weight)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </aside>
      </div>
    </>
  );
}
