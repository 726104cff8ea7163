/**
 * What an actor is part of (the gazetteer's parent links, stored as Actor.parentKey): the Senate is part of Congress,
 * Congress of the United States. Pure; the dashboard's queries use it to show an actor's whole and parts and to roll
 * parts up into their whole.
 */

export interface ActorNode {
  id: number;
  key: string;
  name: string;
  kind: string;
  parentKey: string | null;
}

/**
 * Whether an actor folds into its parent when a table rolls parts up. Institutions, administrations and parties speak
 * for their country; places do not (Texas is in the United States, but "Texas sued" is the state, not the federal
 * government), so they keep their own row and only show what they are in.
 */
export function rollsUp(kind: string): boolean {
  return kind !== 'place';
}

/** Each actor's chain of parents, nearest first (a cycle or a parent missing from the nodes ends it). */
export function ancestors(nodes: ActorNode[], id: number): ActorNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const out: ActorNode[] = [];
  const seen = new Set([id]);
  for (let n = byId.get(id); n?.parentKey; ) {
    const p = byKey.get(n.parentKey);
    if (!p || seen.has(p.id)) break;
    out.push(p);
    seen.add(p.id);
    n = p;
  }
  return out;
}

/**
 * Where each part goes when parts are rolled up: the top of its chain, climbing only while the actor climbing
 * rolls up (a White House → United States; Senate → Congress → United States). Only actors that move are listed.
 */
export function rollupTargets(nodes: ActorNode[]): Map<number, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<number, number>();
  for (const n of nodes) {
    if (!rollsUp(n.kind)) continue;
    let top = n;
    for (const p of ancestors(nodes, n.id)) {
      top = p;
      if (!rollsUp(byId.get(p.id)!.kind)) break;
    }
    if (top.id !== n.id) out.set(n.id, top.id);
  }
  return out;
}
