/** Parts and wholes (lib/actors/hierarchy.ts) and the gazetteer's parent links they read. */
import { describe, expect, it } from 'vitest';
import { ancestors, rollupTargets, type ActorNode } from '@/lib/actors/hierarchy';
import { canonicalActors } from '@/lib/actors';

const nodes: ActorNode[] = [
  { id: 1, key: 'norland', name: 'Norland', kind: 'country', parentKey: null },
  { id: 2, key: 'norland-congress', name: 'Norland Congress', kind: 'institution', parentKey: 'norland' },
  { id: 3, key: 'norland-senate', name: 'Norland Senate', kind: 'institution', parentKey: 'norland-congress' },
  { id: 4, key: 'harbor-province', name: 'Harbor Province', kind: 'place', parentKey: 'norland' },
  { id: 5, key: 'harbor-assembly', name: 'Harbor Assembly', kind: 'institution', parentKey: 'harbor-province' },
  { id: 6, key: 'loop-a', name: 'Loop A', kind: 'institution', parentKey: 'loop-b' },
  { id: 7, key: 'loop-b', name: 'Loop B', kind: 'institution', parentKey: 'loop-a' },
  { id: 8, key: 'orphan-board', name: 'Orphan Board', kind: 'institution', parentKey: 'nowhere' },
];

describe('actor hierarchy', () => {
  it('lists what an actor is part of, nearest first', () => {
    expect(ancestors(nodes, 3).map((n) => n.key)).toEqual(['norland-congress', 'norland']);
    expect(ancestors(nodes, 1)).toEqual([]);
    // A parent missing from the table or a loop ends the chain instead of hanging.
    expect(ancestors(nodes, 8)).toEqual([]);
    expect(ancestors(nodes, 6).map((n) => n.key)).toEqual(['loop-b']);
  });

  it('rolls institutions up to the top of their chain; places stay and stop the climb', () => {
    const to = rollupTargets(nodes);
    expect(to.get(2)).toBe(1);
    expect(to.get(3)).toBe(1);
    // A province is in the country but speaks for itself; its own assembly folds into it, not into the country.
    expect(to.has(4)).toBe(false);
    expect(to.get(5)).toBe(4);
    expect(to.has(1)).toBe(false);
    expect(to.has(8)).toBe(false);
  });

  it('the gazetteer links chambers to their legislature and the administrations to their country', () => {
    const parent = new Map(canonicalActors().map((a) => [a.id, a.parent]));
    expect(parent.get('united-states-senate')).toBe('united-states-congress');
    expect(parent.get('united-states-congress')).toBe('united-states');
    expect(parent.get('white-house')).toBe('united-states');
    expect(parent.get('biden-administration')).toBe('united-states');
    expect(parent.get('united-states-army')).toBe('united-states-armed-forces');
    // A party's national committee is its own actor (its own Wikipedia article), part of the party.
    expect(parent.get('republican-national-committee')).toBe('republican-party');
    expect(parent.get('democratic-national-committee')).toBe('democratic-party');
    // Every parent is an actor of the gazetteer, and no chain loops.
    const known = new Set(parent.keys());
    for (const [id, p] of parent) {
      if (!p) continue;
      expect(known.has(p), `${id} → ${p}`).toBe(true);
      const seen = new Set([id]);
      for (let q: string | undefined = p; q; q = parent.get(q)) {
        expect(seen.has(q), `${id} loops at ${q}`).toBe(false);
        seen.add(q);
      }
    }
  });
});
