import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { groupsOf, inGroup, selectableGroups, type OutletMeta } from '@/lib/outlets/leans';
import { outletSetsSchema, setsOf, unknownMembers } from '@/lib/outlets/sets';
import { parseOutletSets, readOutletSets } from '@/lib/outlets/config-sets';
import { tempDir } from '../helpers/database';

const meta = (over: Partial<OutletMeta> = {}): OutletMeta => ({ lean: null, country: null, owner: null, type: null, tags: {}, ...over });

describe('named sets of outlets (parallax.config.json "groups")', () => {
  const work = tempDir('parallax-sets-');
  afterEach(() => delete process.env.PARALLAX_CONFIG);

  it('puts an outlet in every set that names it, by its name as ingested or its slug', () => {
    const sets = outletSetsSchema.parse({ wires: ['AP', 'reuters'], big: ['AP', 'BBC News'] });
    expect(setsOf({ name: 'AP', slug: 'ap' }, sets)).toEqual(['wires', 'big']);
    expect(setsOf({ name: 'Reuters', slug: 'reuters' }, sets)).toEqual(['wires']);
    expect(setsOf({ name: 'Fox News', slug: 'fox-news' }, sets)).toEqual([]);
    // Case and punctuation aside, as outlets import matches names.
    expect(setsOf({ name: 'BBC news', slug: 'bbc-news-2' }, sets)).toEqual(['big']);
    expect(unknownMembers(sets, [{ name: 'AP', slug: 'ap' }, { name: 'Reuters', slug: 'reuters' }])).toEqual(['big: BBC News']);
  });

  it('makes set:NAME a group like any other, listed after the leans, even with one member', () => {
    const ap = meta({ lean: 'center', sets: ['wires', 'big'] });
    const reuters = meta({ lean: 'center', sets: ['wires'] });
    const fox = meta({ lean: 'right', tags: { set: 'cable' } });
    expect(inGroup(ap, { field: 'set', value: 'big' })).toBe(true);
    expect(inGroup(reuters, { field: 'set', value: 'big' })).toBe(false);
    // A `set` tag column of the import file still names a set.
    expect(inGroup(fox, { field: 'set', value: 'cable' })).toBe(true);
    const groups = groupsOf([ap, reuters, fox]).map((g) => `${g.key}=${g.members}`);
    expect(groups).toEqual(['lean:center=2', 'lean:right=1', 'set:big=1', 'set:cable=1', 'set:wires=2']);
    expect(selectableGroups([ap, reuters, fox]).map((g) => g.key)).toEqual(['lean:center', 'lean:right', 'set:big', 'set:wires']);
  });

  it('refuses a set name that cannot go into a URL, or an empty set, naming the file', () => {
    expect(() => parseOutletSets('/x/parallax.config.json', '{"groups": {"wire services": ["AP"]}}')).toThrow(/\/x\/parallax\.config\.json: groups\.wire services: a set name/);
    expect(() => parseOutletSets('/x/parallax.config.json', '{"groups": {"wires": []}}')).toThrow(/groups\.wires: a set needs at least one outlet/);
    expect(() => parseOutletSets('/x/parallax.config.json', '{"groups": ')).toThrow(/\/x\/parallax\.config\.json: not readable JSON/);
    // The CLI's sections are not the dashboard's to judge.
    expect(parseOutletSets('c.json', '{"aliases": [], "fetch": {"contact": "me@example.org"}}')).toEqual({});
  });

  it('reads the file PARALLAX_CONFIG names, again when it changes', () => {
    const file = path.join(work.dir, 'parallax.config.json');
    writeFileSync(file, JSON.stringify({ groups: { wires: ['AP'] } }));
    process.env.PARALLAX_CONFIG = file;
    expect(readOutletSets()).toEqual({ wires: ['AP'] });
    writeFileSync(file, JSON.stringify({ groups: { wires: ['AP', 'Reuters'] } }) + '\n');
    expect(readOutletSets()).toEqual({ wires: ['AP', 'Reuters'] });
    process.env.PARALLAX_CONFIG = path.join(work.dir, 'missing.json');
    expect(() => readOutletSets()).toThrow(/missing\.json \(PARALLAX_CONFIG\): not readable/);
  });
});
