import Link from 'next/link';
import { coverageOf, getCorpusStats, getOutlets, listEvents, outletsOfEvents, type OutletSummary } from '@/lib/db/queries';
import { MATRIX_MAX } from '@/lib/events/filter';
import { isLean, LEANS, leanLabel } from '@/lib/outlets/leans';
import { slugPath } from '@/lib/text/slug';
import { date, dateTime, int } from '../_lib/format';
import { checkQuery, pageInRangeOrNotFound, pageOf, type SearchParams } from '../_lib/params';
import { OVERVIEW_QUERY } from '../_lib/query';
import { byLean, hrefWith, resolveChoice, type ChosenGroup } from '../_lib/event-filter';
import { Pager } from '../_components/Pager';
import { ExportLinks } from '../_components/ExportLinks';
import { Name } from '../_components/Name';
import { EventFilters } from '../_components/EventFilters';
import { LeanBar, LeanChip, LeanLegend, type LeanTally } from '../_components/LeanBar';
import '../_styles/corpus.css';

// Reads the database on every request: scores change when a scoring run lands.
export const dynamic = 'force-dynamic';

const PER_PAGE = 40;
/** Outlet cards below the events up to this many outlets; beyond, names grouped by lean (the page stays small). */
const CARDS_MAX = 24;
const NAMES_PER_GROUP = 30;

type Column = { kind: 'outlet'; outlet: OutletSummary } | { kind: 'group'; group: ChosenGroup };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  checkQuery(OVERVIEW_QUERY, sp);
  const page = pageOf(sp);
  const [stats, outlets] = await Promise.all([getCorpusStats(), getOutlets()]);
  const choice = resolveChoice(sp, outlets);
  const { events, total } = await listEvents(choice, page, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
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
  const chosen = choice.outlets.length + choice.groups.length;
  // The matrix: the chosen outlets and groups, or every outlet of a small corpus; never more than MATRIX_MAX columns.
  const columns: Column[] = chosen
    ? [...byLean(choice.outlets).map((o) => ({ kind: 'outlet' as const, outlet: o })), ...choice.groups.map((g) => ({ kind: 'group' as const, group: g }))]
    : outlets.length <= MATRIX_MAX
      ? byLean(outlets).map((o) => ({ kind: 'outlet' as const, outlet: o }))
      : [];
  const matrix = columns.length > 0 && columns.length <= MATRIX_MAX ? columns : [];
  const hasLeans = outlets.some((o) => isLean(o.lean));
  const ids = events.map((e) => e.id);
  const matrixOutletIds = [...new Set(matrix.flatMap((c) => (c.kind === 'outlet' ? [c.outlet.id] : c.group.members.map((o) => o.id))))];
  const [cells, covering] = await Promise.all([
    matrix.length ? coverageOf(ids, matrixOutletIds) : Promise.resolve([]),
    matrix.some((c) => c.kind === 'group') ? outletsOfEvents(ids) : Promise.resolve([]),
  ]);
  const cell = new Map(cells.map((c) => [`${c.eventId}:${c.outletId}`, c]));
  const tallies = new Map<number, LeanTally>(events.map((e) => [e.id, e.leans]));
  const coveredBy = new Map<number, Set<number>>();
  for (const c of covering) {
    if (!coveredBy.has(c.eventId)) coveredBy.set(c.eventId, new Set());
    coveredBy.get(c.eventId)!.add(c.outletId);
  }
  const scale = Math.max(1, ...events.map((e) => e.outlets));
  const link = (change: Parameters<typeof hrefWith>[2]) => hrefWith('/', choice.raw, change);
  const filtered = Boolean(choice.q || choice.from || choice.to || chosen || choice.storyId);
  const storyTitle = choice.storyId ? (events.find((e) => e.storyId === choice.storyId)?.storyTitle ?? `#${choice.storyId}`) : null;
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

      <h2 id="coverage">Events</h2>
      <EventFilters action="/" choice={choice} outlets={outlets} />
      {(chosen > 0 || choice.unknown.length > 0 || storyTitle) && (
        <ul className="chosen" aria-label="Chosen story, outlets and groups">
          {storyTitle && (
            <li>
              Story: <Link href={`/stories/${choice.storyId}`}><Name>{storyTitle}</Name></Link> · <Link href={link({ story: '', page: 1 })}>all stories</Link>
            </li>
          )}
          {choice.outlets.map((o) => (
            <li key={o.id}><Name>{o.name}</Name></li>
          ))}
          {choice.groups.map((g) => (
            <li key={g.key}>
              {g.label} ({g.members.length} outlets)
            </li>
          ))}
          {choice.unknown.map((u) => (
            <li key={u} className="muted">
              no outlet “{u}”
            </li>
          ))}
        </ul>
      )}
      <p className="muted small" aria-live="polite">
        {`${int.format(total)} event${total === 1 ? '' : 's'}${filtered ? ` match${total === 1 ? 'es' : ''}` : ''}`}
        {filtered && (
          <>
            {' '}
            · <Link href="/">clear the filters</Link>
          </>
        )}
        {chosen === 0 && outlets.length > MATRIX_MAX && ' · choose up to 12 outlets or groups (outlets=, groups=) to see who covered what, outlet by outlet'}
        {columns.length > MATRIX_MAX && ` · ${columns.length} outlets and groups chosen: the outlet-by-outlet matrix needs ${MATRIX_MAX} or fewer`}
      </p>
      {total === 0 ? (
        <p className="empty">
          {stats.events === 0 ? (
            <>
              No events yet: articles are grouped into events by the manifest (<code>event</code>) or by <code>npx parallax score</code>.
            </>
          ) : (
            'No event matches these filters.'
          )}
        </p>
      ) : (
        <>
          {hasLeans && <LeanLegend />}
          <div className="scroll">
            <table className={`data events${matrix.length ? ' matrix' : ''}`} aria-describedby="coverage">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">
                    <Link href={link({ sort: choice.sort === 'date' ? 'date-asc' : 'date', page: 1 })}>Date</Link>
                  </th>
                  <th scope="col" className="num">
                    <Link href={link({ sort: 'coverage', page: 1 })}>Outlets</Link>
                  </th>
                  {hasLeans && <th scope="col">Coverage by lean</th>}
                  {matrix.map((c) =>
                    c.kind === 'outlet' ? (
                      <th key={`o${c.outlet.id}`} scope="col" className="outlet-h">
                        <Link href={`/outlets/${slugPath(c.outlet.slug)}`}><Name>{c.outlet.name}</Name></Link>
                        <LeanChip lean={c.outlet.lean} />
                      </th>
                    ) : (
                      <th key={`g${c.group.key}`} scope="col" className="outlet-h">
                        {c.group.label} <span className="muted small">({c.group.members.length})</span>
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link href={`/events/${e.id}`}><Name>{e.title}</Name></Link>
                      {/* A story of one event is the event alone: no line repeating its title. */}
                      {e.storyId !== null && e.storyEvents > 1 && (
                        <div className="muted small story-line">
                          Story: <Link href={`/stories/${e.storyId}`}><Name>{e.storyTitle}</Name></Link>
                          {choice.storyId !== e.storyId && (
                            <>
                              {' '}
                              · <Link href={link({ story: String(e.storyId), page: 1 })}>its events</Link>
                            </>
                          )}
                        </div>
                      )}
                    </th>
                    <td>{e.startDate ? date(e.startDate) : 'undated'}</td>
                    <td className="num">
                      {e.outlets}
                      <div className="muted small">
                        {e.articles} article{e.articles === 1 ? '' : 's'}
                      </div>
                    </td>
                    {hasLeans && (
                      <td>
                        <LeanBar tally={tallies.get(e.id) ?? {}} scale={scale} />
                      </td>
                    )}
                    {matrix.map((col) => {
                      if (col.kind === 'group') {
                        const n = col.group.members.filter((o) => coveredBy.get(e.id)?.has(o.id)).length;
                        return (
                          <td key={`g${col.group.key}`} className={n ? 'covered' : 'silent'}>
                            {n ? `${n} of ${col.group.members.length}` : 'silent'}
                          </td>
                        );
                      }
                      const c = cell.get(`${e.id}:${col.outlet.id}`);
                      return c ? (
                        <td key={col.outlet.id} className="covered">
                          <span className="tick" aria-hidden="true">
                            ✓
                          </span>
                          <Link href={`/articles/${c.firstId}`}><Name>{c.firstTitle}</Name></Link>
                          {c.articles > 1 && <span className="muted small"> and {c.articles - 1} more</span>}
                        </td>
                      ) : (
                        <td key={col.outlet.id} className="silent">
                          silent
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={pages} href={(p) => `${link({ page: p })}#coverage`} />
          <ExportLinks items={[{ view: 'events', label: `all ${total} events`, query: { ...choice.raw, story: choice.raw.story } }, { view: 'articles', label: 'articles matching these filters', query: { q: choice.raw.q, from: choice.raw.from, to: choice.raw.to, outlets: choice.raw.outlets, groups: choice.raw.groups, story: choice.raw.story } }]} />
        </>
      )}

      <h2>Outlets</h2>
      {outlets.length <= CARDS_MAX ? <OutletCards outlets={outlets} /> : <OutletsByLean outlets={outlets} />}
    </>
  );
}

function OutletCards({ outlets }: { outlets: OutletSummary[] }) {
  return (
    <div className="columns">
      {outlets.map((o) => (
        <section key={o.id} className="outlet" aria-labelledby={`outlet-${o.id}`}>
          <h3 id={`outlet-${o.id}`}>
            <Link href={`/outlets/${slugPath(o.slug)}`}><Name>{o.name}</Name></Link>
          </h3>
          <dl className="figures">
            {isLean(o.lean) && (
              <>
                <dt>Lean</dt>
                <dd>{leanLabel(o.lean)}</dd>
              </>
            )}
            <dt>Articles</dt>
            <dd>{int.format(o.articles)}</dd>
            <dt>Words</dt>
            <dd>{int.format(o.words)}</dd>
            <dt>Published</dt>
            <dd>{o.firstDate ? (date(o.firstDate) === date(o.lastDate) ? date(o.firstDate) : `${date(o.firstDate)} – ${date(o.lastDate)}`) : 'undated'}</dd>
          </dl>
          <p className="small">
            <Link href={`/outlets/${slugPath(o.slug)}`}>Profile and articles</Link> · <Link href={`/outlets?q=${encodeURIComponent(o.name)}`}>Framing figures</Link>
          </p>
        </section>
      ))}
    </div>
  );
}

/** Many outlets: names by lean, the largest first, a bounded number per lean (the outlets page lists them all). */
function OutletsByLean({ outlets }: { outlets: OutletSummary[] }) {
  const groups = [...LEANS, null].map((l) => ({ lean: l, members: outlets.filter((o) => (l === null ? !isLean(o.lean) : o.lean === l)).sort((a, b) => b.articles - a.articles) }));
  return (
    <>
      <p className="muted small">
        {int.format(outlets.length)} outlets; <Link href="/outlets">the outlets page</Link> lists them all with their figures.
      </p>
      <div className="outlet-groups">
        {groups
          .filter((g) => g.members.length)
          .map((g) => (
            <section key={g.lean ?? 'unrated'} aria-label={`${leanLabel(g.lean)} outlets`}>
              <h3>
                {g.lean ? <Link href={`/?groups=lean:${g.lean}`}>{leanLabel(g.lean)}</Link> : 'Unrated'} <span className="muted small">({g.members.length})</span>
              </h3>
              {g.members.slice(0, NAMES_PER_GROUP).map((o, i) => (
                <span key={o.id}>
                  {i > 0 && ', '}
                  <Link href={`/outlets/${slugPath(o.slug)}`}><Name>{o.name}</Name></Link>
                </span>
              ))}
              {g.members.length > NAMES_PER_GROUP && <span className="muted"> and {g.members.length - NAMES_PER_GROUP} more</span>}
            </section>
          ))}
      </div>
    </>
  );
}
