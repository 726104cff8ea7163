import { num3, int } from '../_lib/format';

export interface MarkerFigure {
  file: string;
  metric: string;
  value: number;
  n: number;
}

/** The groups shown, in order: every family, then the kinds the goals name. */
const GROUPS = [
  'hedge', 'certainty', 'certainty/booster', 'certainty/intensifier', 'report-verb', 'report-verb/loaded', 'source',
  'quote/direct+partial', 'quote/scare', 'quote/title', 'sentiment', 'sentiment@writer', 'loaded/word',
];

/**
 * Precision and recall of every marker family against the hand labels (task `markers` of npm run eval), on the
 * tune split (rules were tuned on it) and the test split (reported, never tuned on). Overlap matching.
 */
export function MarkerFigures({ results }: { results: MarkerFigure[] }) {
  const get = (split: string, group: string, metric: string) => results.find((r) => r.file.endsWith(`(${split})`) && r.metric === `${group}:${metric}`);
  const cell = (r: MarkerFigure | undefined) => (r && r.n > 0 ? <>{num3.format(r.value)} <span className="muted small">({int.format(r.n)})</span></> : '—');
  if (!results.length) return null;
  return (
    <div className="scroll">
      <table className="data">
        <caption>Marker families against the hand labels (data/eval/hand-labels, npm run eval -- --task markers): precision (markers) and recall (labelled instances)</caption>
        <thead>
          <tr>
            <th scope="col">Family</th>
            <th scope="col" className="num">Test precision</th>
            <th scope="col" className="num">Test recall</th>
            <th scope="col" className="num">Tune precision</th>
            <th scope="col" className="num">Tune recall</th>
          </tr>
        </thead>
        <tbody>
          {GROUPS.map((g) => (
            <tr key={g}>
              <th scope="row">{g}</th>
              <td className="num">{cell(get('test', g, 'precision'))}</td>
              <td className="num">{cell(get('test', g, 'recall'))}</td>
              <td className="num">{cell(get('tune', g, 'precision'))}</td>
              <td className="num">{cell(get('tune', g, 'recall'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
