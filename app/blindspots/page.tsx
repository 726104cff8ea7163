import type { Metadata } from 'next';
import Link from 'next/link';
import { blindspotEvents, getOutlets } from '@/lib/db/queries';
import { BLINDSPOT_SHARE, MAX_OTHER_SIDE, MIN_RATED } from '@/lib/outlets/blindspots';
import { isLean } from '@/lib/outlets/leans';
import { date, int, pct } from '../_lib/format';
import { checkQuery, type SearchParams } from '../_lib/params';
import { BLINDSPOTS_QUERY } from '../_lib/query';
import { resolveChoice } from '../_lib/event-filter';
import { EventFilters } from '../_components/EventFilters';
import { LeanBar, LeanLegend } from '../_components/LeanBar';
import '../_styles/corpus.css';
import { Name } from '../_components/Name';
import { ExportLinks } from '../_components/ExportLinks';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Blindspots' };

/** Events listed per side; the count says how many more match (the page stays small on any corpus). */
const LIMIT = 100;

export default async function BlindspotsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  checkQuery(BLINDSPOTS_QUERY, sp);
  const outlets = await getOutlets();
  const choice = resolveChoice(sp, outlets);
  const rated = outlets.filter((o) => isLean(o.lean)).length;
  const thresholds = { share: BLINDSPOT_SHARE, minRated: MIN_RATED, maxOther: MAX_OTHER_SIDE };
  const { events, total } = rated ? await blindspotEvents(choice, choice.outletIds, thresholds, LIMIT * 2) : { events: [], total: 0 };
  const sides = (['left', 'right'] as const).map((side) => ({
    side,
    events: events.filter((e) => (side === 'left' ? e.left > e.right : e.right > e.left)).slice(0, LIMIT),
  }));
  return (
    <>
      <h1>Blindspots</h1>
      <p className="lede">
        Events covered mostly by one side: at least {MIN_RATED} outlets with a lean covered the event, at least {pct.format(BLINDSPOT_SHARE)} of them
        on one side (left and lean-left, or right and lean-right), and at most {MAX_OTHER_SIDE} on the other. Readers of the other side may never
        have seen them.
      </p>
      {rated === 0 ? (
        <p className="empty">
          No outlet has a lean yet: set them with <code>npx parallax outlets import outlets.csv</code> (see the README, “Outlet lean, country and groups”).
        </p>
      ) : (
        <>
          <EventFilters action="/blindspots" choice={choice} outlets={outlets} sort={false} />
          <p className="muted small" aria-live="polite">
            {int.format(total)} blindspot{total === 1 ? '' : 's'} among the events that match; outlets counted: {choice.outletIds ? `${choice.outletIds.length} chosen` : `all ${rated} with a lean`}.
          </p>
          <LeanLegend />
          <ExportLinks items={[{ view: 'blindspots', label: 'these blindspots', query: { q: choice.raw.q, from: choice.raw.from, to: choice.raw.to, outlets: choice.raw.outlets, groups: choice.raw.groups } }]} />
          {sides.map(({ side, events: list }) => (
            <section key={side} aria-labelledby={`bs-${side}`}>
              <h2 id={`bs-${side}`}>Covered mostly by the {side}</h2>
              {list.length === 0 ? (
                <p className="empty">None.</p>
              ) : (
                <div className="scroll">
                  <table className="data events">
                    <thead>
                      <tr>
                        <th scope="col">Event</th>
                        <th scope="col">Date</th>
                        <th scope="col">Coverage by lean</th>
                        <th scope="col" className="num">
                          Left · center · right
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((e) => (
                        <tr key={e.id}>
                          <th scope="row">
                            <Link href={`/events/${e.id}`}><Name>{e.title}</Name></Link>
                          </th>
                          <td>{e.startDate ? date(e.startDate) : 'undated'}</td>
                          <td>
                            <LeanBar tally={{ left: e.left, center: e.center, right: e.right, unrated: e.unrated }} scale={e.left + e.center + e.right + e.unrated} />
                          </td>
                          <td className="num">
                            {e.left} · {e.center} · {e.right}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
