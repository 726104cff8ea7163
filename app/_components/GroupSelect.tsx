/**
 * The one-group menu of the plain GET filter forms (overview, /blindspots, charts). A value the menu does not offer
 * (several groups from the URL) stays selected under its own label, so submitting the form keeps it.
 */
import type { selectableGroups } from '@/lib/outlets/leans';

type SelectableGroup = ReturnType<typeof selectableGroups>[number];

export function GroupSelect({ groups, value, emptyLabel, otherLabel }: { groups: SelectableGroup[]; value: string; emptyLabel: string; otherLabel: string }) {
  if (!groups.length) return null;
  const offered = value === '' || groups.some((g) => g.key === value);
  return (
    <label>
      Outlet group
      <select name="groups" defaultValue={value}>
        <option value="">{emptyLabel}</option>
        {!offered && <option value={value}>{otherLabel}</option>}
        {groups.map((g) => (
          <option key={g.key} value={g.key}>
            {g.label} ({g.members})
          </option>
        ))}
      </select>
    </label>
  );
}
