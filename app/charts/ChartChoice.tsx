/**
 * Which outlets a chart draws: a plain GET form (no script needed) that keeps the chart's other settings and sets
 * `outlets=` (slugs) and `groups=` (one group here; several through the URL).
 */
import type { OutletSummary } from '@/lib/db/queries';
import { selectableGroups } from '@/lib/outlets/leans';
import { specQuery, type ChartSpec } from './spec';
import { GroupSelect } from '../_components/GroupSelect';

export function ChartChoice({ spec, outlets }: { spec: ChartSpec; outlets: OutletSummary[] }) {
  const groups = selectableGroups(outlets);
  const keep = [...new URLSearchParams(specQuery({ ...spec, outlets: [], groups: [] })).entries()];
  const group = spec.groups.join(',');
  return (
    <form className="filters" action="/charts" method="get" aria-label="Choose outlets">
      {keep.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label>
        Outlets (slugs, comma-separated)
        <input type="text" name="outlets" defaultValue={spec.outlets.join(',')} maxLength={2000} placeholder="e.g. bbc-news,fox-news" />
      </label>
      <GroupSelect groups={groups} value={group} emptyLabel="None" otherLabel={spec.groups.join(' + ')} />
      <button type="submit">Draw these</button>
    </form>
  );
}
