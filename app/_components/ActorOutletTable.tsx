import type { ActorTable } from '@/lib/db/queries';
import { interval, signed } from '../_lib/format';
import { Name } from './Name';

/**
 * Actors × outlets: what each outlet calls each actor (surface forms and attached labels, most frequent first) and
 * the mean sentiment toward them with its 95% interval (the one method, pooled over the outlets that mention the actor,
 * so a single mention reads wide). An empty cell means the outlet never mentions the actor.
 */
export function ActorOutletTable({ table, outlets }: { table: ActorTable; outlets: Array<{ id: number; name: string }> }) {
  if (!table.rows.length) {
    return (
      <p className="empty">
        No actor data: run <code>npx parallax score</code> with an analysis that detects actors.
      </p>
    );
  }
  const actors = [...new Map(table.rows.map((r) => [r.actorId, { id: r.actorId, name: r.name, kind: r.kind }])).values()];
  const cell = new Map(table.rows.map((r) => [`${r.actorId}:${r.outletId}`, r]));
  const names = (actorId: number, outletId: number) =>
    table.names
      .filter((n) => n.actorId === actorId && n.outletId === outletId)
      .slice(0, 5)
      .map((n) => (n.n > 1 ? `“${n.text}” ×${n.n}` : `“${n.text}”`));
  return (
    <div className="scroll">
      <table className="data">
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
  );
}
