import { num3 } from '../_lib/format';

export interface BlindSplit {
  part: string;
  file: string;
  tree: string;
  sentences: number;
  /** Precision and recall; where given, how many markers (system) and labelled instances (gold) they rest on. */
  figures: Record<string, { precision: number; recall: number; system?: number; gold?: number }>;
}

/** The families the blind splits were labelled for, in the order of the marker table above. */
const FAMILIES = ['hedge', 'certainty', 'report-verb', 'source', 'quote/direct+partial', 'quote/scare', 'quote/title'];

/**
 * Each extra tune split's figures as first measured, before any rule was written from it
 * (data/eval/hand-labels/blind.json): the best view of how the rules do on news they were not written from.
 */
export function BlindFigures({ splits }: { splits: BlindSplit[] }) {
  if (!splits.length) return null;
  const families = FAMILIES.filter((f) => splits.some((s) => s.figures[f]));
  const cell = (s: BlindSplit, f: string) => {
    const x = s.figures[f];
    if (!x) return '—';
    const n = x.system !== undefined && x.gold !== undefined ? <span className="muted small"> ({x.system}/{x.gold})</span> : null;
    return (
      <>
        {/* No marker at all: precision is undefined, not zero. */}
        {x.system === 0 ? '—' : num3.format(x.precision)} / {num3.format(x.recall)}
        {n}
      </>
    );
  };
  return (
    // Wider than a phone: the table scrolls inside its box, which keyboard users must be able to focus to scroll.
    <div className="scroll" tabIndex={0} role="region" aria-label="Blind measurements of the extra splits">
      <table className="data">
        <caption>
          Measured blind: each extra split (data/eval/hand-labels/blind.json) once, before any rule was written from it — precision / recall
          (markers / labelled instances)
        </caption>
        <thead>
          <tr>
            <th scope="col">Split</th>
            <th scope="col" className="num">Sentences</th>
            {families.map((f) => (
              <th scope="col" className="num" key={f}>
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {splits.map((s) => (
            <tr key={s.part}>
              <th scope="row">
                {s.part} <span className="muted small">({s.tree})</span>
              </th>
              <td className="num">{s.sentences}</td>
              {families.map((f) => (
                <td className="num" key={f}>
                  {cell(s, f)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
