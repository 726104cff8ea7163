/**
 * The five-point lean scale and outlet groups. Pure and dependency-free: the CLI, the pages and the charts share it.
 * A group is `field:value`: `lean:left`, `country:US`, `type:wire`, `owner:…`, any tag column of the import file, or
 * `set:NAME`, a named set of outlets from parallax.config.json (lib/outlets/sets.ts).
 */

export const LEANS = ['left', 'lean-left', 'center', 'lean-right', 'right'] as const;
export type Lean = (typeof LEANS)[number];

export const LEAN_LABELS: Record<Lean, string> = {
  left: 'Left',
  'lean-left': 'Lean left',
  center: 'Center',
  'lean-right': 'Lean right',
  right: 'Right',
};

/**
 * One colour per lean, blue (left) to red (right) through grey, readable on the light and the dark theme alike
 * (each at least 3:1 against both backgrounds for bars; labels are always text, never colour alone).
 */
export const LEAN_COLORS: Record<Lean | 'unrated', string> = {
  left: '#1f5fbf',
  'lean-left': '#5b8fd9',
  center: '#8a8a8a',
  'lean-right': '#d9735b',
  right: '#b8312f',
  unrated: '#b5a27a',
};

export function isLean(s: unknown): s is Lean {
  return typeof s === 'string' && (LEANS as readonly string[]).includes(s);
}

/** Left → right, unrated last: the order of columns and bars wherever leans are known. */
export function leanRank(lean: string | null): number {
  const i = isLean(lean) ? LEANS.indexOf(lean) : -1;
  return i === -1 ? LEANS.length : i;
}

export function leanLabel(lean: string | null): string {
  return isLean(lean) ? LEAN_LABELS[lean] : 'Unrated';
}

/** The side of a lean for blindspots: lean-left counts with left, lean-right with right. */
export type Side = 'left' | 'center' | 'right';
export function sideOf(lean: string | null): Side | null {
  if (lean === 'left' || lean === 'lean-left') return 'left';
  if (lean === 'right' || lean === 'lean-right') return 'right';
  if (lean === 'center') return 'center';
  return null;
}

export interface OutletMeta {
  lean: string | null;
  country: string | null;
  owner: string | null;
  type: string | null;
  tags: Record<string, string>;
  /** The named sets of parallax.config.json the outlet is in (an outlet may be in several). */
  sets?: string[];
}

/** The value an outlet has for a group field, or null. */
export function fieldValue(o: OutletMeta, field: string): string | null {
  switch (field) {
    case 'lean':
      return o.lean;
    case 'country':
      return o.country;
    case 'owner':
      return o.owner;
    case 'type':
      return o.type;
    default:
      return o.tags[field] ?? null;
  }
}

export interface GroupKey {
  field: string;
  value: string;
}

/** `field:value`, both non-empty; the value may itself hold colons. */
export function parseGroupKey(s: string): GroupKey | null {
  const i = s.indexOf(':');
  if (i <= 0 || i === s.length - 1) return null;
  return { field: s.slice(0, i), value: s.slice(i + 1) };
}

export function groupLabel(g: GroupKey): string {
  if (g.field === 'lean' && isLean(g.value)) return LEAN_LABELS[g.value];
  return `${g.field}: ${g.value}`;
}

export function inGroup(o: OutletMeta, g: GroupKey): boolean {
  // A `set` tag column of the import file names a set too (one per outlet); the config's sets add to it.
  return fieldValue(o, g.field) === g.value || (g.field === 'set' && (o.sets ?? []).includes(g.value));
}

/** Leans first, then named sets (chosen on purpose, so never cut from a menu), then the other fields. */
const fieldRank = (field: string) => (field === 'lean' ? 0 : field === 'set' ? 1 : 2);

/** Every group the outlets form: the five leans present, the named sets, then each other field's values, with their member counts. */
export function groupsOf(outlets: OutletMeta[]): Array<GroupKey & { key: string; label: string; members: number }> {
  const counts = new Map<string, number>();
  for (const o of outlets) {
    const pairs: Array<[string, string | null]> = [
      ['lean', o.lean],
      ['type', o.type],
      ['country', o.country],
      ['owner', o.owner],
      ...Object.entries(o.tags),
      ...(o.sets ?? []).filter((s) => o.tags.set !== s).map((s): [string, string] => ['set', s]),
    ];
    for (const [f, v] of pairs) if (v) counts.set(`${f}:${v}`, (counts.get(`${f}:${v}`) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, members]) => ({ ...parseGroupKey(key)!, key, label: groupLabel(parseGroupKey(key)!), members }))
    .sort((a, b) =>
      a.field === b.field
        ? a.field === 'lean'
          ? leanRank(a.value) - leanRank(b.value)
          : a.value.localeCompare(b.value)
        : fieldRank(a.field) - fieldRank(b.field) || a.field.localeCompare(b.field),
    );
}

/** Most groups a form offers: a tag with a value per outlet (an id, a score) would otherwise list every outlet. */
export const MAX_GROUP_OPTIONS = 50;

/** The groups worth a menu entry: every lean and named set, and other values shared by at least two outlets; at most MAX_GROUP_OPTIONS. */
export function selectableGroups(outlets: OutletMeta[]): ReturnType<typeof groupsOf> {
  return groupsOf(outlets)
    .filter((g) => g.field === 'lean' || (g.field === 'set' && outlets.some((o) => o.sets?.includes(g.value))) || g.members >= 2)
    .slice(0, MAX_GROUP_OPTIONS);
}
