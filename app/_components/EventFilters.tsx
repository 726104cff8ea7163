/**
 * The overview's and /blindspots' filters: a plain GET form, so every state is a URL and works without scripts.
 * Groups are one choice here; several (`groups=lean:left,type:wire`) and outlets by slug come through the URL too.
 */
import type { OutletSummary } from '@/lib/db/queries';
import { EVENT_SORTS, SORT_LABELS } from '@/lib/events/filter';
import { selectableGroups } from '@/lib/outlets/leans';
import type { EventChoice } from '../_lib/event-filter';

export function EventFilters({ action, choice, outlets, sort = true }: { action: string; choice: EventChoice; outlets: OutletSummary[]; sort?: boolean }) {
  const groups = selectableGroups(outlets);
  const raw = choice.raw;
  const groupKnown = raw.groups === '' || groups.some((g) => g.key === raw.groups);
  return (
    <form className="filters" action={action} method="get" role="search" aria-label="Filter events">
      {raw.story && <input type="hidden" name="story" value={raw.story} />}
      <label>
        Search titles and text
        <input type="search" name="q" defaultValue={raw.q} maxLength={200} placeholder="e.g. Powell" />
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={raw.from} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={raw.to} />
      </label>
      {groups.length > 0 && (
        <label>
          Outlet group
          <select name="groups" defaultValue={raw.groups}>
            <option value="">All outlets</option>
            {!groupKnown && <option value={raw.groups}>{choice.groups.map((g) => g.label).join(' + ')}</option>}
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.label} ({g.members})
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Outlets (slugs, comma-separated)
        <input type="text" name="outlets" defaultValue={raw.outlets} maxLength={2000} placeholder="e.g. bbc-news,fox-news" />
      </label>
      {sort && (
        <label>
          Order
          <select name="sort" defaultValue={raw.sort || 'date'}>
            {EVENT_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit">Apply</button>
    </form>
  );
}
