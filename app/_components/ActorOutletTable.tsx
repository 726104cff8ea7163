import Link from 'next/link';
import type { ActorLink, ActorRelations, ActorTable } from '@/lib/db/queries';
import { interval, signed } from '../_lib/format';
import { Name } from './Name';

/** Parts listed in a row before "and N more". */
const PARTS_SHOWN = 6;

/** The links between the two views of the table: each actor on its own row, or parts rolled into their whole. */
function ViewSwitch({ rolledUp, hrefs }: { rolledUp: boolean; hrefs: { each: string; rollup: string } }) {
  return (
    <p className="small actor-view" data-actor-view={rolledUp ? 'rollup' : 'each'}>
      Parts of a whole (White House, Senate → United States):{' '}
      {rolledUp ? <Link href={hrefs.each}>each on its own row</Link> : <strong aria-current="true">each on its own row</strong>} ·{' '}
      {rolledUp ? <strong aria-current="true">rolled into their whole</strong> : <Link href={hrefs.rollup}>rolled into their whole</Link>}
    </p>
  );
}

const counted = (l: ActorLink) => (l.mentions ? `${l.name} ×${l.mentions}` : l.name);

/** Under an actor's name: what it is part of (top first) and its parts the scope mentions (or, rolled up, holds). */
function Relations({ rel, rolledUp }: { rel: ActorRelations | undefined; rolledUp: boolean }) {
  if (!rel || (!rel.partOf.length && !rel.parts.length)) return null;
  const more = rel.parts.length - PARTS_SHOWN;
  return (
    <>
      {rel.partOf.length > 0 && (
        <div className="small muted" data-part-of>
          part of <Name>{[...rel.partOf].reverse().map((p) => p.name).join(' › ')}</Name>
        </div>
      )}
      {rel.parts.length > 0 && (
        <div className="small muted" data-parts>
          {rolledUp ? 'incl. ' : 'parts: '}
          <Name>{rel.parts.slice(0, PARTS_SHOWN).map(counted).join(', ')}</Name>
          {more > 0 ? ` and ${more} more` : ''}
        </div>
      )}
    </>
  );
}

/**
 * Actors × outlets: what each outlet calls each actor (surface forms and attached labels, most frequent first) and
 * the mean sentiment toward them with its 95% interval (the one method, pooled over the outlets that mention the actor,
 * so a single mention reads wide). An empty cell means the outlet never mentions the actor.
 */
export function ActorOutletTable({ table, outlets, viewHrefs }: { table: ActorTable; outlets: Array<{ id: number; name: string }>; viewHrefs?: { each: string; rollup: string } }) {
  if (!table.rows.length) {
    return (
      <p className="empty">
        No actor data: run <code>npx parallax score</code> with an analysis that detects actors.
      </p>
    );
  }
  const actors = [...new Map(table.rows.map((r) => [r.actorId, { id: r.actorId, name: r.name, kind: r.kind }])).values()];
  const cell = new Map(table.rows.map((r) => [`${r.actorId}:${r.outletId}`, r]));
  const relations = new Map(table.relations.map((r) => [r.actorId, r]));
  // The switch only where the table has a whole or a part to fold (or is folded already).
  const foldable = table.rolledUp || table.relations.some((r) => r.partOf.length || r.parts.length);
  const names = (actorId: number, outletId: number) =>
    table.names
      .filter((n) => n.actorId === actorId && n.outletId === outletId)
      .slice(0, 5)
      .map((n) => (n.n > 1 ? `“${n.text}” ×${n.n}` : `“${n.text}”`));
  return (
    <>
      {viewHrefs && foldable && <ViewSwitch rolledUp={table.rolledUp} hrefs={viewHrefs} />}
      <div className="scroll">
        <table className="data" data-rolled-up={table.rolledUp ? 'true' : undefined}>
          <caption>Mentions, mean sentiment toward the actor (−1 … +1) with its 95% interval, and the names and labels used</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              {outlets.map((o) => (
                <th key={o.id} scope="col">
                  <Name>{o.name}</Name>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Name>{a.name}</Name> <span className="muted small">{a.kind}</span>
                  <Relations rel={relations.get(a.id)} rolledUp={table.rolledUp} />
                </th>
                {outlets.map((o) => {
                  const r = cell.get(`${a.id}:${o.id}`);
                  if (!r)
                    return (
                      <td key={o.id} className="muted small">
                        not mentioned
                      </td>
                    );
                  return (
                    <td key={o.id}>
                      <span className={`num ${r.sentiment > 0.05 ? 'pos' : r.sentiment < -0.05 ? 'neg' : ''}`}>{signed.format(r.sentiment)}</span>{' '}
                      {r.low !== null && r.high !== null ? (
                        <span className="muted small" title={`95% interval from ${r.mentions} mention${r.mentions === 1 ? '' : 's'}, pooled over the outlets that mention the actor`}>
                          ({interval(r.low, r.high)})
                        </span>
                      ) : (
                        <span className="muted small" title="No actor here is mentioned twice by one outlet, so nothing shows how much single mentions vary">
                          (no interval)
                        </span>
                      )}{' '}
                      <span className="muted small">
                        {r.mentions}× ({r.positive}+ / {r.negative}−{r.quoted ? `, quoted ${r.quoted}×` : ''})
                      </span>
                      <div className="small">{names(a.id, o.id).join(', ')}</div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
