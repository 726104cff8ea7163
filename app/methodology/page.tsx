import type { Metadata } from 'next';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Link from 'next/link';
import { FAMILIES, FRAMES } from '@/lib/analysis/families';
import { getMetricKeys } from '@/lib/db/queries';
import { buildCatalog } from '../_lib/catalog';
import { num3, int } from '../_lib/format';
import { MarkerFigures } from './MarkerFigures';
import { BlindFigures, type BlindSplit } from './BlindFigures';
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

const BLIND = path.join(process.cwd(), 'data/eval/hand-labels/blind.json');

/** The extra splits' first (blind) measurements; none when the file is missing or not of its format. */
async function readBlind(): Promise<BlindSplit[]> {
  try {
    const parsed = JSON.parse(await readFile(BLIND, 'utf8')) as { format?: unknown; splits?: unknown };
    if (parsed.format !== 'parallax-blind-figures/1' || !Array.isArray(parsed.splits)) return [];
    return parsed.splits.filter((s): s is BlindSplit => typeof s === 'object' && s !== null && typeof (s as BlindSplit).part === 'string' && typeof (s as BlindSplit).figures === 'object');
  } catch {
    return [];
  }
}

export default async function MethodologyPage() {
  const [{ keys }, evals, blind] = await Promise.all([getMetricKeys(), readResults(), readBlind()]);
  const catalog = buildCatalog(keys);
  const present = new Set(catalog.families.map((f) => f.id));
  const unknown = catalog.families.filter((f) => !f.known);
  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        Every figure on this dashboard is a count of <strong>markers</strong>: spans of an article&apos;s cleaned text that fired a rule or a
        lexicon entry. Rates are markers per 100 words. Every rate — an outlet&apos;s, a group&apos;s, one on an event or a story — comes with a 95%
        interval by <a href="#intervals">one method</a>, honest at any sample size. Click any figure to read the sentences behind it.
      </p>
      <nav aria-label="Families" className="small">
        {FAMILIES.map((f, i) => (
          <span key={f.id}>
            {i > 0 && ' · '}
            <a href={`#${f.id}`}>{f.name}</a>
          </span>
        ))}
        {' · '}
        <a href="#loaded-and-tone">Loaded language and tone</a> · <a href="#frames">Frames codebook</a> · <a href="#intervals">Intervals</a> · <a href="#validation">Validation</a>
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
      <h2 id="intervals">Intervals: one method at any sample size</h2>
      <p>
        A rate such as <em>hedges per 100 words</em> is a count of markers over a number of words. Markers cluster: one article dwells on a
        disputed claim and hedges throughout, the next hedges once. So an outlet&apos;s articles disagree more than a count of independent words
        would, and an outlet with one article says little about the outlet. Parallax models this directly (code: <code>lib/analysis/stats.ts</code>):
      </p>
      <ul>
        <li>
          Each outlet has an underlying rate θ; each of its articles has its own rate around θ (a Gamma distribution whose squared coefficient of
          variation α is fitted on the whole corpus), and an article&apos;s count is a Poisson draw from its rate and length (a negative binomial
          overall).
        </li>
        <li>
          Outlets&apos; rates vary around the corpus rate m with variance τ². m, τ² and α are fitted per metric by the method of moments on every
          outlet&apos;s articles (an empirical-Bayes prior, Gamma(a, b) with a = m²/τ² and b = m/τ²).
        </li>
        <li>
          An outlet with Y markers in W words over its articles gets the posterior Gamma(a + Y/φ, b + W/φ), where φ = 1 + α·θ·Σw²/W is the
          overdispersion factor (how much less its articles tell than as many independent words). The interval is the posterior&apos;s 2.5% and 97.5%
          quantiles. The sentiment score, a signed sum, uses the same model with normal distributions.
        </li>
      </ul>
      <p>
        The effect: a large outlet gets essentially its own rate, with an interval that widens where articles disagree; a one-article outlet gets a
        wide interval pulled toward the corpus rate; a zero count gets a finite upper bound, never &ldquo;0 (0–0)&rdquo;. With fewer than five
        outlets nothing is pooled (Jeffreys&apos; prior, the data alone). The same method and the same corpus prior serve the framing table, the
        outlet profiles, the event and story pages, groups of outlets and comparisons, so a figure means the same on every page. The figure shown
        is the observed rate (markers ÷ words, what the evidence pages list); the interval is for the outlet&apos;s underlying rate, so for a small
        outlet the observed rate may lie outside it.
      </p>
      <p>
        <strong>Worked example.</strong> Say the corpus hedges at m = 0.80 per 100 words, outlets vary by τ = 0.30 (so a = 7.1 and b = 889 words:
        the corpus counts as 7 hedges in 889 words of prior evidence) and articles within an outlet vary with α = 0.5. An outlet with 126 hedges
        in 30 articles of 500 words (15,000 words) reads <strong>0.84 (0.61–1.09)</strong> per 100 words: its articles carry the information of
        126/3.1 = 41 independent hedges (φ = 3.1), so its underlying rate is between 0.61 and 1.09 per 100 words with 95% probability under the
        model, and it is not distinguishable from the corpus. An outlet with one 400-word article and no hedge reads <strong>0 (0.27–1.22)</strong>:
        one article cannot show the outlet never hedges. One with 12 hedges in one 400-word article reads <strong>3.00 (0.49–1.74)</strong>: a
        single heavily hedged article is mostly that article.
      </p>
      <p>
        <strong>Sentiment toward an actor.</strong> The actor tables (corpus, outlet profile, event, story, the actors chart and the API) use the
        same model for the mean sentiment of an outlet&apos;s mentions of an actor: each mention one unit of a signed measure, pooled over the
        outlets (of the page&apos;s scope) that mention the actor, with how much single mentions vary read from every outlet-and-actor cell of the
        table. An outlet profile pools over every outlet, so it shows the corpus table&apos;s interval. An outlet that mentions an actor once at
        −0.83, where five others mention it a dozen times each, reads <strong>−0.834 (−1.050–−0.037)</strong>: wide, and pulled toward the
        actor&apos;s pooled mean; twelve mentions read about ±0.17. The interval is the normal approximation, so near ±1 it may reach past the
        scale&apos;s end. Where no outlet mentions any actor of the table twice, nothing shows how much single mentions vary, and the mean is shown
        with &ldquo;no interval&rdquo; rather than a zero-width one.
      </p>
      <p>
        <strong>Parts and wholes.</strong> The gazetteer links each institution to what it is part of, one level up (Senate → Congress →
        United States; FBI → Justice Department; the White House and the Biden administration → United States). The actor tables say so under
        each name and list the parts the page mentions; their switch (<code>?actors=rollup</code>, the API&apos;s <code>rollup=true</code>)
        folds every part into the top of its chain, summing the mentions and the sentiment sums before the mean and its interval are taken, so
        &ldquo;United States&rdquo; then includes the White House, Congress and the agencies. Places keep their own rows (a state suing is not
        the federal government) and still say which country they are in.
      </p>
      <p>
        <strong>Calibration.</strong> On synthetic corpora with known rates (150 outlets each: 40 with one article, 40 with 2–4, 40 with 5–19, 30
        with 20–120; six scenarios from rare to frequent markers, mild to wide spread, and a signed measure; 200 corpora each), the share of
        outlets whose true rate lies inside their 95% interval is 0.935 (one article), 0.937 (2–4), 0.941 (5–19) and 0.948 (20+) over all
        scenarios; the wide-spread scenarios undercover outlets under five articles (0.914–0.927). Reproduce with <code>npm run eval -- --task intervals</code>.
      </p>
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
        <BlindFigures splits={blind} />
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
