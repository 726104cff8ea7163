import type { Metadata } from 'next';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Link from 'next/link';
import { FAMILIES, FRAMES } from '@/lib/analysis/families';
import { getMetricKeys } from '@/lib/db/queries';
import { buildCatalog } from '../_lib/catalog';
import { num3, int } from '../_lib/format';
import { MarkerFigures } from './MarkerFigures';
import { LoadedTone } from './LoadedTone';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Methodology' };

interface EvalResult {
  task: string;
  dataset: string;
  file: string;
  metric: string;
  value: number;
  n: number;
}

const RESULTS = path.join(process.cwd(), 'data/eval/results.json');

/** The latest `npm run eval` figures, or why there are none. */
async function readResults(): Promise<{ results: EvalResult[] } | { missing: string }> {
  let text: string;
  try {
    text = await readFile(RESULTS, 'utf8');
  } catch {
    return { missing: 'data/eval/results.json does not exist: run npm run eval to measure the analysis against its labelled data sets.' };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return { missing: 'data/eval/results.json is not an array of results.' };
    const results = parsed
      .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
      .map((r) => ({ task: String(r.task ?? ''), dataset: String(r.dataset ?? ''), file: String(r.file ?? ''), metric: String(r.metric ?? ''), value: Number(r.value), n: Number(r.n) }));
    return { results };
  } catch {
    return { missing: 'data/eval/results.json is not valid JSON.' };
  }
}

export default async function MethodologyPage() {
  const [{ keys }, evals] = await Promise.all([getMetricKeys(), readResults()]);
  const catalog = buildCatalog(keys);
  const present = new Set(catalog.families.map((f) => f.id));
  const unknown = catalog.families.filter((f) => !f.known);
  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        Every figure on this dashboard is a count of <strong>markers</strong>: spans of an article&apos;s cleaned text that fired a rule or a
        lexicon entry. Rates are markers per 100 words. Outlet figures come with a 95% bootstrap interval computed at scoring time (resampling
        articles, or sentences when an outlet has few articles); event and story comparisons use a Poisson interval on the count. Click any figure
        to read the sentences behind it.
      </p>
      <nav aria-label="Families" className="small">
        {FAMILIES.map((f, i) => (
          <span key={f.id}>
            {i > 0 && ' · '}
            <a href={`#${f.id}`}>{f.name}</a>
          </span>
        ))}
        {' · '}
        <a href="#loaded-and-tone">Loaded language and tone</a> · <a href="#frames">Frames codebook</a> · <a href="#validation">Validation</a>
      </nav>
      <h2>Marker families</h2>
      <div className="grid-2">
        {FAMILIES.map((f) => (
          <section key={f.id} id={f.id} className="card" aria-labelledby={`${f.id}-h`}>
            <h3 id={`${f.id}-h`} style={{ marginTop: 0 }}>
              {f.name} <span className="muted small">({f.id})</span>
            </h3>
            <p>{f.description}</p>
            <p className="small">
              <strong>Metrics:</strong> {f.metrics.map((m) => <code key={m}>{m}</code>).reduce<React.ReactNode[]>((a, c, i) => (i ? [...a, ' ', c] : [c]), [])}
              {f.measures.length > 0 && (
                <>
                  <br />
                  <strong>Measures:</strong> {f.measures.map((m) => <code key={m}>{m}</code>).reduce<React.ReactNode[]>((a, c, i) => (i ? [...a, ' ', c] : [c]), [])}
                </>
              )}
            </p>
            <p className="small">
              <strong>Source:</strong> {f.source}
            </p>
            <p className="small muted">{present.has(f.id) ? 'Scored in this database.' : 'Not in this database yet: run npx parallax score with the current analysis.'}</p>
          </section>
        ))}
      </div>
      {unknown.length > 0 && (
        <p className="notice">
          The data also holds {unknown.map((f) => f.id).join(', ')}, which the methodology metadata does not describe yet.
        </p>
      )}
      <LoadedTone results={'results' in evals ? evals.results : []} />
      <h2 id="frames">Policy Frames Codebook</h2>
      <p className="muted">
        Boydstun, Card, Gross, Resnik &amp; Smith (2014); Card et al. (ACL 2015). Each sentence takes the frame(s) with the most cue words.
      </p>
      <div className="scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Frame</th>
              <th scope="col">What it covers</th>
              <th scope="col" className="num">
                Cue words
              </th>
            </tr>
          </thead>
          <tbody>
            {FRAMES.map((f) => (
              <tr key={f.id}>
                <td className="num">{f.code}</td>
                <th scope="row">{f.name}</th>
                <td>{f.description}</td>
                <td className="num" title={f.cues.slice(0, 40).join(', ')}>
                  {f.cues.length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="validation">Validation</h2>
      {'missing' in evals ? (
        <p className="empty">
          <strong>No validation figures.</strong> {evals.missing}
        </p>
      ) : evals.results.length === 0 ? (
        <p className="empty">data/eval/results.json is empty: run npm run eval.</p>
      ) : (
        <>
        <MarkerFigures results={evals.results.filter((r) => r.task === 'markers')} />
        <div className="scroll">
          <table className="data">
            <caption>From the latest npm run eval (data/eval/results.json)</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Data set</th>
                <th scope="col">Metric</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col" className="num">
                  n
                </th>
              </tr>
            </thead>
            <tbody>
              {evals.results.filter((r) => r.task !== 'markers').map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.task}</th>
                  <td>
                    {r.dataset} <span className="muted small">{r.file}</span>
                  </td>
                  <td>{r.metric}</td>
                  <td className="num">{Number.isFinite(r.value) ? num3.format(r.value) : '—'}</td>
                  <td className="num">{Number.isFinite(r.n) ? int.format(r.n) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
      <p className="small muted">
        See also the <Link href="/outlets">framing table</Link>, where every figure opens its evidence.
      </p>
    </>
  );
}
