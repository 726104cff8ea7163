import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getStoryScope } from '@/lib/db/queries';
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
  const s = id === null ? null : await getStoryScope(id);
  return { title: s ? s.title : 'Story not found' };
}

export default async function StoryPage({ params, searchParams }: Props) {
  const id = idOrNotFound((await params).id);
  const sp = await searchParams;
  checkQuery(SCOPE_QUERY, sp);
  const story = await getStoryScope(id);
  if (!story) notFound();
  return (
    <>
      <p className="crumbs">
        <Link href="/">Overview</Link> › story
      </p>
      <h1><Name>{story.title}</Name></h1>
      <details>
        <summary>
          {story.events.length} event{story.events.length === 1 ? '' : 's'} in this story
        </summary>
        <ul>
          {story.events.map((e) => (
            <li key={e.id}>
              <Link href={`/events/${e.id}`}><Name>{e.title}</Name></Link> <span className="muted small">{e.startDate ? date(e.startDate) : 'undated'} · {e.articles} articles</span>
            </li>
          ))}
        </ul>
      </details>
      <Comparison scope={{ kind: 'story', id }} actorRollup={actorRollupOf(sp)} actorViewHrefs={actorViewHrefs(`/stories/${id}`, sp)} silentLabel="published nothing on this story." />
      <ExportLinks items={[{ view: 'compare', label: 'figures by outlet', query: { story: id } }, { view: 'articles', label: 'articles', query: { story: id } }, { view: 'actors', label: 'actors', query: { story: id, rollup: actorRollupOf(sp) ? 'true' : null } }]} />
    </>
  );
}
