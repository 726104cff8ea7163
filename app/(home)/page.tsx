import Link from 'next/link';
import { getCorpusStats, getCoverage, getOutlets, COVERAGE_PAGE, type CoverageCell, type CoverageEvent } from '@/lib/db/queries';
import { date, dateTime, int } from '../_lib/format';
import { checkQuery, pageInRangeOrNotFound, pageOf, type SearchParams } from '../_lib/params';
import { OVERVIEW_QUERY } from '../_lib/query';
import { Pager } from '../_components/Pager';
import { Name } from '../_components/Name';
import { slugPath } from '@/lib/text/slug';

// Reads the database on every request: scores change when a scoring run lands.
export const dynamic = 'force-dynamic';

function groupByStory(events: CoverageEvent[]) {
  const groups: Array<{ id: number | null; title: string; events: CoverageEvent[] }> = [];
  for (const e of events) {
    const last = groups[groups.length - 1];
    if (last && last.id === e.storyId) last.events.push(e);
    else groups.push({ id: e.storyId, title: e.storyTitle ?? 'Events outside any story', events: [e] });
  }
  return groups;
}

/** A one-event story titled by its event (lib/events: a story of one event takes its event's title). */
function standalone(g: { id: number | null; title: string; events: CoverageEvent[] }): boolean {
  return g.id !== null && g.events.length === 1 && g.events[0].title === g.title;
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  checkQuery(OVERVIEW_QUERY, sp);
  const page = pageOf(sp);
  const [stats, outlets, coverage] = await Promise.all([getCorpusStats(), getOutlets(), getCoverage(page)]);
  const pages = Math.max(1, Math.ceil(coverage.totalEvents / COVERAGE_PAGE));
  pageInRangeOrNotFound(page, pages);
  if (stats.articles === 0) {
    return (
      <section className="empty">
        <h1>No articles yet</h1>
        <p>
          Run <code>npm run demo</code> to ingest and score the demo corpus, or <code>npx parallax ingest &lt;folder&gt;</code> then{' '}
          <code>npx parallax score</code> for your own.
        </p>
      </section>
    );
  }
  const cell = new Map<string, CoverageCell>(coverage.cells.map((c) => [`${c.eventId}:${c.outletId}`, c]));
  const ungrouped = new Map(coverage.ungrouped.map((u) => [u.outletId, u.articles]));
  return (
    <>
      <h1>Overview</h1>
      <p className="lede">
        Who covered which event, and who stayed silent. Open an event or a story to read the outlets side by side, with every figure traced to
        the words that produced it.
      </p>
      <dl className="stats" aria-label="Corpus figures">
        <div>
          <dt>Articles</dt>
          <dd>
            {int.format(stats.articles)}
            {stats.undated > 0 && <small>{int.format(stats.undated)} undated</small>}
          </dd>
        </div>
        <div>
          <dt>Outlets</dt>
          <dd>{int.format(stats.outlets)}</dd>
        </div>
        <div>
          <dt>Stories · events</dt>
          <dd>
            {int.format(stats.stories)} · {int.format(stats.events)}
          </dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>{int.format(stats.words)}</dd>
        </div>
        <div>
          <dt>Sentences</dt>
          <dd>{int.format(stats.sentences)}</dd>
        </div>
        <div>
          <dt>Evidence markers</dt>
          <dd>{int.format(stats.markers)}</dd>
        </div>
        <div>
          <dt>Latest scoring run</dt>
          <dd>
            {stats.run ? `#${stats.run.id}` : 'none'}
            <small>{stats.run ? `${stats.run.version}, ${int.format(stats.run.articles)} articles, ${dateTime(stats.run.finishedAt)}` : 'run npx parallax score'}</small>
          </dd>
        </div>
      </dl>

      <h2 id="coverage">Coverage: outlets × events</h2>
      {coverage.totalEvents === 0 ? (
        <p className="empty">
          No events yet: articles are grouped into events by the manifest (<code>event</code>) or by <code>npx parallax score</code>.
        </p>
      ) : (
        <>
          <p className="muted small">
            A tick links to the article; <em>silent</em> means the outlet published nothing on that event in this corpus.
          </p>
          <div className="scroll">
            <table className="data matrix" aria-describedby="coverage">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  {outlets.map((o) => (
                    <th key={o.id} scope="col" className="outlet-h">
                      <Link href={`/outlets/${slugPath(o.slug)}`}><Name>{o.name}</Name></Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {groupByStory(coverage.events).map((g) => [
                  // An event that belongs to no thread is a story of its own, titled by it: no story row to repeat it.
                  standalone(g) ? null : <tr key={`s${g.id ?? 'none'}`} className="story-row">
                    <th scope="colgroup" colSpan={outlets.length + 1}>
                      {g.id !== null ? <Link href={`/stories/${g.id}`}>Story: <Name>{g.title}</Name></Link> : <Name>{g.title}</Name>}
                      {g.id !== null && <span className="muted small"> — compare the outlets across the whole story</span>}
                    </th>
                  </tr>,
                  ...g.events.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link href={`/events/${e.id}`}><Name>{e.title}</Name></Link>
                        <div className="muted small">
                          {e.startDate ? date(e.startDate) : 'undated'} · {e.articles} article{e.articles === 1 ? '' : 's'}
                        </div>
                      </th>
                      {outlets.map((o) => {
                        const c = cell.get(`${e.id}:${o.id}`);
                        return c ? (
                          <td key={o.id} className="covered">
                            <span className="tick" aria-hidden="true">
                              ✓
                            </span>
                            <Link href={`/articles/${c.firstId}`}><Name>{c.firstTitle}</Name></Link>
                            {c.articles > 1 && <span className="muted small"> and {c.articles - 1} more</span>}
                          </td>
                        ) : (
                          <td key={o.id} className="silent">
                            silent
                          </td>
                        );
                      })}
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={pages} href={(p) => `/?page=${p}#coverage`} />
        </>
      )}

      <h2>Outlets</h2>
      <div className="columns">
        {outlets.map((o) => (
          <section key={o.id} className="outlet" aria-labelledby={`outlet-${o.id}`}>
            <h3 id={`outlet-${o.id}`}>
              <Link href={`/outlets/${slugPath(o.slug)}`}><Name>{o.name}</Name></Link>
            </h3>
            <dl className="figures">
              <dt>Articles</dt>
              <dd>{int.format(o.articles)}</dd>
              <dt>Words</dt>
              <dd>{int.format(o.words)}</dd>
              <dt>Published</dt>
              <dd>{o.firstDate ? (date(o.firstDate) === date(o.lastDate) ? date(o.firstDate) : `${date(o.firstDate)} – ${date(o.lastDate)}`) : 'undated'}</dd>
              {ungrouped.get(o.id) ? (
                <>
                  <dt>Not in any event</dt>
                  <dd>{int.format(ungrouped.get(o.id)!)}</dd>
                </>
              ) : null}
            </dl>
            <p className="small">
              <Link href={`/outlets/${slugPath(o.slug)}`}>Profile and articles</Link> · <Link href={`/outlets?q=${encodeURIComponent(o.name)}`}>Framing figures</Link>
            </p>
          </section>
        ))}
      </div>
    </>
  );
}
