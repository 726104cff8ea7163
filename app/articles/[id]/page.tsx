import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle, type MarkerSpan } from '@/lib/db/queries';
import { buildCatalog } from '../../_lib/catalog';
import { QUOTED_SUFFIX } from '@/lib/analysis/voice';
import { date, fig, int, pct, signed, webHref } from '../../_lib/format';
import { HIDDEN_BY_DEFAULT, legendFor } from '../../_lib/legend';
import { checkQuery, idOrNotFound, one, pageInRangeOrNotFound, pageOf, parseId, type SearchParams } from '../../_lib/params';
import { ARTICLE_QUERY } from '../../_lib/query';
import { Pager } from '../../_components/Pager';
import { FamilyToggles } from '../../_components/FamilyToggles';
import { describe } from '../../_components/Marked';
import { Reader } from './Reader';
import { MarkerDetails } from '../../_components/MarkerDetails';
import { SentimentBar } from '../../_components/SentimentBar';
import { ActorList } from '../../_components/ActorList';
import { slugPath } from '@/lib/text/slug';
import { Name } from '../../_components/Name';

export const dynamic = 'force-dynamic';

/** Rows of the "Every marker" list: every word of a long part is clickable in the text anyway. */
const MARKERS_LISTED = 150;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  if (id === null) return { title: 'Article not found' };
  const a = await getArticle(id);
  return { title: a ? a.title : 'Article not found' };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const id = idOrNotFound((await params).id);
  const sp = await searchParams;
  checkQuery(ARTICLE_QUERY, sp);
  const sentence = one(sp, 's');
  const a = await getArticle(id, { part: pageOf(sp, 'part'), ...(sentence ? { sentence: Number(sentence) } : {}) });
  if (!a) notFound();
  pageInRangeOrNotFound(pageOf(sp, 'part'), a.parts);
  const partHref = (p: number) => `/articles/${a.id}?part=${p}`;
  const { legend, toggles } = legendFor(a.markers);
  // Marks point at a list of distinct details (MarkerDetails): many markers share one (the same rule, the same speaker).
  const details: string[] = [];
  const detailIndex = new Map<string, number>();
  const markers = a.markers.map((m) => {
    const text = describe(m, legend);
    let id = detailIndex.get(text);
    if (id === undefined) detailIndex.set(text, (id = details.push(text) - 1));
    return { ...m, id };
  });
  const catalog = buildCatalog(a.scores.map((s) => s.metric));
  const scores = new Map(a.scores.map((s) => [s.metric, s]));
  const scale = Math.max(1, ...a.sentences.map((s) => Math.abs(s.sentiment ?? 0)));
  const scored = a.sentences.some((s) => s.sentiment !== null);
  return (
    <>
      <p className="crumbs">
        <Link href={`/outlets/${slugPath(a.outlet.slug)}`}><Name>{a.outlet.name}</Name></Link>
        {a.story && (
          <>
            {' '}
            › <Link href={`/stories/${a.story.id}`}><Name>{a.story.title}</Name></Link>
          </>
        )}
        {a.event && (
          <>
            {' '}
            › <Link href={`/events/${a.event.id}`}><Name>{a.event.title}</Name></Link>
          </>
        )}
      </p>
      <h1><Name>{a.title}</Name></h1>
      <p className="meta">
        <Name>{a.outlet.name}</Name> · {date(a.publishedAt)} · {int.format(a.words)} words · {int.format(a.totalSentences)} sentences · {int.format(a.totalMarkers)} markers
        {webHref(a.url) && (
          <>
            {' '}
            · <a href={webHref(a.url)!}>original</a>
          </>
        )}{' '}
        · source file <code><Name>{a.sourceFile}</Name></code>
      </p>
      {a.analysedTo !== null && (
        <p className="notice">
          This text is longer than the ingest&apos;s word limit: it is stored and shown whole, but its figures and markers cover the first{' '}
          {int.format(a.analysedTo)} characters only (up to the limit set with <code>ingest --max-words</code>).
        </p>
      )}
      {a.parts > 1 && (
        <p className="muted small">
          A long text, shown in {a.parts} parts: this is part {a.part}, characters {int.format(a.window.from + 1)}–{int.format(a.window.to)} of {int.format(a.length)}.
        </p>
      )}
      <Pager page={a.part} pages={a.parts} href={partHref} label="Parts of the text" />
      <div className="reader">
        <section aria-labelledby="text-h">
          <h2 id="text-h" className="sr-only">
            Text with markers
          </h2>
          {a.markers.length === 0 && <p className="notice">This article has no markers yet: run <code>npx parallax score</code>.</p>}
          <FamilyToggles families={toggles} hiddenByDefault={HIDDEN_BY_DEFAULT}>
            <Reader
              sentences={a.sentences.map(({ index, start, text, sentiment, loaded, frames }) => ({ index, start, text, sentiment, loaded, frames }))}
              markers={markers.map((m) => [m.id, m.sentenceIndex, m.family, m.label, m.start, m.end])}
              legend={legend}
              frameNames={Object.fromEntries(catalog.metrics.filter((m) => m.family === 'frame').map((m) => [m.key.slice('frame.'.length), m.name]))}
            />
          </FamilyToggles>
          <Pager page={a.part} pages={a.parts} href={partHref} label="Parts of the text" />
          <p className="small muted">
            {scored ? 'Right: sentence sentiment (AFINN sum), probability of loaded language, policy frames. ' : 'Sentences are not scored yet. '}
            Click a highlighted word (or focus it and press Enter) for its family, kind and the rule that fired; the list is under “Every marker”.
          </p>
          <MarkerDetails details={details} />
        </section>
        <aside>
          <section className="card" aria-labelledby="fig-h">
            <h2 id="fig-h" style={{ marginTop: 0 }}>
              Figures
            </h2>
            {catalog.families.length > 0 && <p className="small muted">The writer’s own words; words inside quotations are counted beside them as “quoted”.</p>}
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
                        // The figure counts the writer's own words; the quoted voice (lib/analysis/voice.ts) beside it.
                        const q = scores.get(`${m.key}${QUOTED_SUFFIX}`);
                        const quoted = q && (m.kind === 'rate' ? q.count : q.value) !== 0 ? q : null;
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
                              {quoted && (
                                <span className="muted quoted-voice"> · quoted {m.kind === 'rate' ? int.format(quoted.count) : signed.format(quoted.value)}</span>
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
            <summary>Removed boilerplate ({int.format(a.removedTotal)} lines)</summary>
            {a.removedLines.length === 0 ? (
              <p className="muted small">The cleaner removed nothing from this article{a.removedLines.length === 0 ? ' (or it was ingested before cleaning was recorded)' : ''}.</p>
            ) : (
              <>
              {a.removedTotal > a.removedLines.length && (
                <p className="muted small">The first {a.removedLines.length} of {int.format(a.removedTotal)} removed lines:</p>
              )}
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
              </>
            )}
          </details>
          <details className="card">
            <summary>{a.parts > 1 ? `Every marker in this part (${a.markers.length})` : `Every marker (${a.markers.length})`}</summary>
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
                  {a.markers.slice(0, MARKERS_LISTED).map((m, i) => (
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
              {a.markers.length > MARKERS_LISTED && (
                <p className="muted small">
                  The first {MARKERS_LISTED} of {int.format(a.markers.length)}; click any highlighted word in the text for its rule.
                </p>
              )}
            </div>
          </details>
        </aside>
      </div>
    </>
  );
}
