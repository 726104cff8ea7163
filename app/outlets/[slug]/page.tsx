import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getActorTable, getOutletArticles, getOutletBySlug, getOutletStories, OUTLET_ARTICLES_PAGE } from '@/lib/db/queries';
import { loadOutletFigures } from '../../_lib/figures';
import { date, fig, int, interval, signed, webHref } from '../../_lib/format';
import { sizeFilter } from '../(table)/size';
import { getEventOutletMoments, getRatePriors } from '@/lib/db/queries';
import { decompositionOf, decompositionsByOutlet } from '../../_lib/decomposition';
import { SelectionFramingChart, SelectionFramingTable } from './SelectionFraming';
import { actorRollupOf, actorViewHrefs, checkQuery, pageInRangeOrNotFound, pageOf, parseSlug, slugOrNotFound, voiceOf, type SearchParams } from '../../_lib/params';
import { VoiceSwitch } from '../../_components/VoiceSwitch';
import { OUTLET_QUERY } from '../../_lib/query';
import { Pager } from '../../_components/Pager';
import { ExportLinks } from '../../_components/ExportLinks';
import { ActorOutletTable } from '../../_components/ActorOutletTable';
import { slugPath } from '@/lib/text/slug';
import { Name } from '../../_components/Name';
import { OutletTimeline } from './OutletTimeline';
import { one } from '../../_lib/query';

export const dynamic = 'force-dynamic';

/** Stories listed on the profile, most covered first (the page stays small for an outlet in thousands). */
const STORIES_SHOWN = 20;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const o = slug ? await getOutletBySlug(slug) : null;
  return { title: o ? o.name : 'Outlet not found' };
}

export default async function OutletPage({ params, searchParams }: Props) {
  const slug = slugOrNotFound((await params).slug);
  const sp = await searchParams;
  checkQuery(OUTLET_QUERY, sp);
  const page = pageOf(sp);
  const voice = voiceOf(sp);
  const outlet = await getOutletBySlug(slug);
  if (!outlet) notFound();
  const [figures, { articles, total }, actors, stories] = await Promise.all([
    loadOutletFigures(undefined, voice),
    getOutletArticles(outlet.id, page),
    getActorTable({ kind: 'outlet', id: outlet.id }, 15, { rollup: actorRollupOf(sp) }),
    getOutletStories(outlet.id, STORIES_SHOWN),
  ]);
  const mine = figures.byOutlet.get(outlet.id);
  const summary = figures.outlets.find((o) => o.id === outlet.id);
  const pages = Math.max(1, Math.ceil(total / OUTLET_ARTICLES_PAGE));
  pageInRangeOrNotFound(page, pages);
  const famName = new Map(figures.catalog.families.map((f) => [f.id, f.name]));
  // The time series: each family's total rate, one at a time (?metric=); an unknown metric falls back to the first.
  const timelineMetrics = figures.catalog.metrics.filter((m) => m.key === m.family && m.kind === 'rate').map((m) => ({ key: m.key, title: m.title }));
  const asked = one(sp, 'metric');
  const timelineMetric = timelineMetrics.find((m) => m.key === asked)?.key ?? timelineMetrics.find((m) => m.key === 'hedge')?.key ?? timelineMetrics[0]?.key ?? '';
  // Rank among outlets, highest first: tells a reader whether a figure is unusual without another page. Only the
  // outlets the framing table shows count (the same minimum articles and words, app/outlets/(table)/size.ts).
  const size = sizeFilter(figures.outlets, { minArticles: one(sp, 'minArticles'), minWords: one(sp, 'minWords') });
  const ranked = new Set(figures.outlets.filter(size.shown).map((o) => o.id));
  const rankedHere = summary ? size.shown(summary) : false;
  const rank = (metric: string, value: number) => {
    if (!rankedHere) return 'not ranked';
    let above = 0;
    let n = 0;
    for (const [id, o] of figures.byOutlet) {
      if (!ranked.has(id)) continue;
      const f = o.get(metric);
      if (!f) continue;
      n++;
      if (f.value > value) above++;
    }
    return `${above + 1} of ${n}`;
  };
  // Selection apart from framing, per family total (lib/analysis/decompose.ts).
  const totals = timelineMetrics.map((m) => m.key);
  const [cells, { priors }] = totals.length ? await Promise.all([getEventOutletMoments(totals, voice), getRatePriors(totals, voice)]) : [[], { priors: new Map() }];
  const within = (metric: string) => priors.get(metric)?.within ?? 0;
  const decomposition = timelineMetrics.map((m) => ({ metric: m.key, title: m.title, d: decompositionOf(cells, new Set([outlet.id]), m.key, within(m.key)) }));
  const charted = new Set(figures.outlets.filter((o) => ranked.has(o.id) || o.id === outlet.id).map((o) => o.id));
  const byOutlet = timelineMetric ? decompositionsByOutlet(cells, timelineMetric, within(timelineMetric), charted) : new Map();
  const chartPoints = figures.outlets.flatMap((o) => (byOutlet.has(o.id) ? [{ slug: o.slug, name: o.name, d: byOutlet.get(o.id)! }] : []));
  return (
    <>
      <p className="crumbs">
        <Link href="/outlets">Framing table</Link> › <Name>{outlet.name}</Name>
      </p>
      <h1><Name>{outlet.name}</Name></h1>
      <p className="lede">
        {int.format(summary?.articles ?? total)} articles, {int.format(summary?.words ?? 0)} words
        {summary?.firstDate ? `, published ${date(summary.firstDate)} – ${date(summary.lastDate)}` : ', undated'}
        {webHref(outlet.homepage) && (
          <>
            {' '}
            · <a href={webHref(outlet.homepage)!}>{outlet.homepage}</a>
          </>
        )}
        .
      </p>

      <h2 id="figures-h">Figures</h2>
      <VoiceSwitch />
      {!mine ? (
        <p className="empty">No figures for this outlet yet: run <code>npx parallax score</code>.</p>
      ) : (
        <>
          {figures.source === 'article-scores' && (
            <p className="notice small">No outlet-level scores in this database yet: figures are pooled from article scores, without intervals.</p>
          )}
          <p className="small muted" id="rank-note">
            {rankedHere
              ? `Ranks count the ${ranked.size} outlets with at least ${size.minArticles} article${size.minArticles === 1 ? '' : 's'}${size.minWords ? ` and ${size.minWords} words` : ''}, as the framing table shows them.`
              : `Not ranked: ${summary?.articles ?? 0} article${summary?.articles === 1 ? '' : 's'} is under the framing table’s minimum of ${size.minArticles}${size.minWords ? ` articles or ${size.minWords} words` : ''}; its intervals say how little they show.`}
          </p>
          <div className="scroll">
            <table className="data" aria-labelledby="figures-h">
              <thead>
                <tr>
                  <th scope="col">Family</th>
                  <th scope="col">Metric</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                  <th scope="col" className="num">
                    95% interval
                  </th>
                  <th scope="col" className="num">
                    Hits
                  </th>
                  <th scope="col" className="num">
                    Rank (high→low)
                  </th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {figures.catalog.metrics
                  .filter((m) => mine.has(m.key))
                  .map((m) => {
                    const f = mine.get(m.key)!;
                    return (
                      <tr key={m.key}>
                        <td>{famName.get(m.family)}</td>
                        <th scope="row">
                          {m.name} <span className="muted small">{m.kind === 'rate' ? 'per 100 words' : 'measure'}</span>
                        </th>
                        <td className="num">{fig(f.value)}</td>
                        <td className="num">{f.low !== null ? interval(f.low, f.high) : '—'}</td>
                        <td className="num">{m.kind === 'rate' ? int.format(f.count) : '—'}</td>
                        <td className="num">{rank(m.key, f.value)}</td>
                        <td>
                          <Link href={`/outlets/${slugPath(outlet.slug)}/evidence?metric=${encodeURIComponent(m.key)}${voice === 'writer' ? '' : `&voice=${voice}`}`}>
                            sentences<span className="sr-only"> for {m.title}</span>
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </>
      )}

      {decomposition.some((r) => r.d) && (
        <>
          <h2 id="selection-framing-h">Selection or framing?</h2>
          <SelectionFramingTable rows={decomposition} name={outlet.name} />
          <SelectionFramingChart points={chartPoints} current={outlet.slug} title={timelineMetrics.find((m) => m.key === timelineMetric)?.title ?? timelineMetric} />
        </>
      )}

      {summary && (
        <>
          <h2 id="over-time">Over time, against its group and the corpus</h2>
          <OutletTimeline outlet={summary} outlets={figures.outlets} metric={timelineMetric} metrics={timelineMetrics} />
        </>
      )}

      <h2 id="stories">Stories it covered</h2>
      {stories.stories.length ? (
        <div className="scroll">
          <table className="data">
            <caption className="sr-only">Stories this outlet covered, most covered first</caption>
            <thead>
              <tr>
                <th scope="col">Story</th>
                <th scope="col" className="num">Events covered</th>
                <th scope="col" className="num">Articles</th>
              </tr>
            </thead>
            <tbody>
              {stories.stories.map((st) => (
                <tr key={st.id}>
                  <th scope="row">
                    <Link href={`/stories/${st.id}`}><Name>{st.title}</Name></Link>
                  </th>
                  <td className="num">
                    {int.format(st.covered)} of {int.format(st.events)}
                  </td>
                  <td className="num">{int.format(st.articles)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {stories.total > stories.stories.length && (
            <p className="small muted">
              The {STORIES_SHOWN} most covered of {int.format(stories.total)} stories; its articles below link to every event.
            </p>
          )}
        </div>
      ) : (
        <p className="muted">None of its articles belongs to a story.</p>
      )}

      <h2 id="actors">Actors</h2>
      <ActorOutletTable table={actors} outlets={[{ id: outlet.id, name: outlet.name }]} viewHrefs={actorViewHrefs(`/outlets/${slugPath(outlet.slug)}`, sp)} />

      <h2 id="articles">Articles</h2>
      <div className="scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Published</th>
              <th scope="col">Title</th>
              <th scope="col">Event</th>
              <th scope="col" className="num">
                Words
              </th>
              <th scope="col" className="num">
                Sentiment per word
              </th>
              <th scope="col">Markers by family</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td className="num">{date(a.publishedAt)}</td>
                <th scope="row">
                  <Link href={`/articles/${a.id}`}><Name>{a.title}</Name></Link>
                </th>
                <td>{a.eventId ? <Link href={`/events/${a.eventId}`}><Name>{a.eventTitle}</Name></Link> : <span className="muted">none</span>}</td>
                <td className="num">{int.format(a.words)}</td>
                <td className="num">{a.sentiment === null ? '—' : signed.format(a.sentiment)}</td>
                <td className="small">
                  {Object.entries(a.markers)
                    .map(([f, n]) => `${famName.get(f) ?? f} ${n}`)
                    .join(' · ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} href={(p) => `/outlets/${slugPath(outlet.slug)}?page=${p}#articles`} />
      <ExportLinks items={[{ view: 'outlets', label: 'figures', query: { outlets: outlet.slug } }, { view: 'articles', label: 'articles', query: { outlets: outlet.slug } }, { view: 'markers', label: 'markers', query: { outlets: outlet.slug } }, { view: 'actors', label: 'actors', query: { outlet: outlet.slug, rollup: actorRollupOf(sp) ? 'true' : null } }]} />
    </>
  );
}
