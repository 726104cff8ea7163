/**
 * The overview's and /blindspots' filters: a plain GET form, so every state is a URL and works without scripts.
 * Groups are one choice here; several (`groups=lean:left,type:wire`) and outlets by slug come through the URL too.
 */
import type { OutletSummary } from '@/lib/db/queries';
import { EVENT_SORTS, SORT_LABELS } from '@/lib/events/filter';
import { selectableGroups } from '@/lib/outlets/leans';
import type { EventChoice } from '../_lib/event-filter';
import { GroupSelect } from './GroupSelect';

export function EventFilters({ action, choice, outlets, sort = true }: { action: string; choice: EventChoice; outlets: OutletSummary[]; sort?: boolean }) {
  const groups = selectableGroups(outlets);
  const raw = choice.raw;
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
      <GroupSelect groups={groups} value={raw.groups} emptyLabel="All outlets" otherLabel={choice.groups.map((g) => g.label).join(' + ')} />
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
