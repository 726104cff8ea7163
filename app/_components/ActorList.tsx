import type { ActorMentionRow } from '@/lib/db/queries';
import { signed } from '../_lib/format';
import { Name } from './Name';

function labelTexts(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (x && typeof x === 'object' && 'text' in x ? String((x as { text: unknown }).text) : '')).filter(Boolean);
}

/** The actors of one article: how it names them, the labels attached, and the mean sentiment toward each. */
export function ActorList({ mentions }: { mentions: ActorMentionRow[] }) {
  if (!mentions.length) return <p className="muted small">No actor data for this article: run <code>npx parallax score</code> with actor detection.</p>;
  const byActor = new Map<number, ActorMentionRow[]>();
  for (const m of mentions) byActor.set(m.actorId, [...(byActor.get(m.actorId) ?? []), m]);
  const actors = [...byActor.values()].sort((a, b) => b.length - a.length);
  return (
    <ul className="actor-list">
      {actors.map((list) => {
        const first = list[0];
        const mean = list.reduce((s, m) => s + m.sentiment, 0) / list.length;
        const forms = [...new Set(list.map((m) => m.text))];
        const labels = [...new Set(list.flatMap((m) => labelTexts(m.labels)))];
        return (
          <li key={first.actorId}>
            <strong><Name>{first.actorName}</Name></strong> <span className="muted small">{first.actorKind}</span>
            {first.actorParent && (
              <span className="muted small" data-part-of>
                {' '}
                · part of <Name>{first.actorParent}</Name>
              </span>
            )}
            <span className={`num small ${mean > 0.05 ? 'pos' : mean < -0.05 ? 'neg' : ''}`}>
              {' '}
              {list.length}× · sentiment {signed.format(mean)}
            </span>
            <div className="small">
              called {forms.map((f) => `“${f}”`).join(', ')}
              {labels.length > 0 && <> · labelled {labels.map((l) => `“${l}”`).join(', ')}</>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
