import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEventScope } from '@/lib/db/queries';
import { date } from '../../_lib/format';
import { actorRollupOf, actorViewHrefs, checkQuery, idOrNotFound, parseId, type SearchParams } from '../../_lib/params';
import { SCOPE_QUERY } from '../../_lib/query';
import { Comparison } from '../../_components/Comparison';
import { ExportLinks } from '../../_components/ExportLinks';
import { Name } from '../../_components/Name';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const e = id === null ? null : await getEventScope(id);
  return { title: e ? e.title : 'Event not found' };
}

export default async function EventPage({ params, searchParams }: Props) {
  const id = idOrNotFound((await params).id);
  const sp = await searchParams;
  checkQuery(SCOPE_QUERY, sp);
  const event = await getEventScope(id);
  if (!event) notFound();
  return (
    <>
      <p className="crumbs">
        <Link href="/">Overview</Link>
        {event.story && (
          <>
            {' '}
            › <Link href={`/stories/${event.story.id}`}><Name>{event.story.title}</Name></Link>
          </>
        )}{' '}
        › event
      </p>
      <h1><Name>{event.title}</Name></h1>
      <p className="meta">{event.startDate ? date(event.startDate) : 'Undated event'}</p>
      <Comparison scope={{ kind: 'event', id }} actorRollup={actorRollupOf(sp)} actorViewHrefs={actorViewHrefs(`/events/${id}`, sp)} silentLabel="published nothing on this event." />
      <ExportLinks items={[{ view: 'compare', label: 'figures by outlet', query: { event: id } }, { view: 'articles', label: 'articles', query: { event: id } }, { view: 'actors', label: 'actors', query: { event: id, rollup: actorRollupOf(sp) ? 'true' : null } }]} />
    </>
  );
}
