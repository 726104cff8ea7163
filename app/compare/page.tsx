import type { Metadata } from 'next';
import Link from 'next/link';
import { checkQuery, one, voiceOf, type SearchParams } from '../_lib/params';
import { COMPARE_QUERY } from '../_lib/query';
import { compareHref, loadComparison, type CompareData } from '../_lib/compare';
import { date, fig, int, interval } from '../_lib/format';
import { Name } from '../_components/Name';
import { groupsOf } from '@/lib/outlets/leans';
import type { OutletSummary } from '@/lib/db/queries';
import type { Catalog } from '../_lib/catalog';
import { getEventOutletMoments, getRatePriors, getScopeSentences } from '@/lib/db/queries';
import { decompositionOf } from '../_lib/decomposition';
import { SelectionFramingTable, type DecompositionRow } from '../outlets/[slug]/SelectionFraming';

/** Each side's selection and framing against every other outlet, per metric compared (lib/analysis/decompose.ts). */
async function sideDecompositions(data: CompareData, voice: ReturnType<typeof voiceOf>): Promise<Array<{ label: string; rows: DecompositionRow[] }>> {
  const metrics = data.metrics.map((m) => m.metric);
  const [cells, { priors }] = await Promise.all([getEventOutletMoments(metrics, voice), getRatePriors(metrics, voice)]);
  return [data.a, data.b].map((side) => ({
    label: side.label,
    rows: data.metrics.map((m) => ({ metric: m.metric, title: m.title, d: decompositionOf(cells, new Set(side.members.map((o) => o.id)), m.metric, priors.get(m.metric)?.within ?? 0) })),
  }));
}
import { distinctiveBySide, type WordEvidence } from '../_lib/distinctive';
import { DistinctiveWords } from '../_components/DistinctiveWords';

/** The two sides' distinctive words over their articles on the shared events. */
async function sideWords(data: CompareData) {
  const shared = new Set(data.overlap.map((o) => o.id));
  const aIds = new Set(data.a.members.map((o) => o.id).filter((id) => !shared.has(id)));
  const bIds = data.b.members.map((o) => o.id).filter((id) => !shared.has(id));
  const { sentences, capped } = await getScopeSentences({ kind: 'events', eventIds: data.events.map((e) => e.id), outletIds: [...aIds, ...bIds] });
  const words = distinctiveBySide(sentences, (s) => (aIds.has(s.outletId) ? 'a' : 'b'));
  return {
    capped,
    sides: [
      { key: 'a', label: data.a.label, words: words.get('a') ?? [] },
      { key: 'b', label: data.b.label, words: words.get('b') ?? [] },
    ],
  };
}

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const a = one(sp, 'a') ?? '';
  const b = one(sp, 'b') ?? '';
  if (!a || !b) return { title: 'Compare two outlets or groups' };
  const og = compareHref(a, b, one(sp, 'metric') || undefined, voiceOf(sp), '/compare/og');
  return { title: `${a} vs ${b} on the same events`, openGraph: { images: [{ url: og, width: 1200, height: 630 }] } };
}

function SideForm({ a, b, metric, outlets, catalog }: { a: string; b: string; metric: string; outlets: OutletSummary[]; catalog: Catalog }) {
  const groups = groupsOf(outlets);
  return (
    <form method="get" action="/compare" className="controls" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'flex-end' }} aria-label="Choose the two sides">
      <label>
        Side A <input name="a" list="compare-sides" defaultValue={a} required maxLength={200} placeholder="outlet or lean:left" />
      </label>
      <label>
        Side B <input name="b" list="compare-sides" defaultValue={b} required maxLength={200} placeholder="outlet or lean:right" />
      </label>
      <label>
        Metric{' '}
        <select name="metric" defaultValue={metric}>
          {catalog.metrics
            .filter((m) => m.kind === 'rate')
            .map((m) => (
              <option key={m.key} value={m.key}>
                {m.title}
              </option>
            ))}
        </select>
      </label>
      <datalist id="compare-sides">
        {groups.map((g) => (
          <option key={g.key} value={g.key}>{`${g.label} (${g.members} outlets)`}</option>
        ))}
        {outlets.map((o) => (
          <option key={o.id} value={o.slug}>
            {o.name}
          </option>
        ))}
      </datalist>
      <button type="submit">Compare</button>
    </form>
  );
}

function Results({
  data,
  voice,
  words,
  decompositions,
}: {
  data: CompareData;
  voice: ReturnType<typeof voiceOf>;
  words: { sides: Array<{ key: string; label: string; words: WordEvidence[] }>; capped: boolean };
  decompositions: Array<{ label: string; rows: DecompositionRow[] }>;
}) {
  const { a, b, metric, metrics, events, overlap, catalog } = data;
  const chosen = metrics.find((m) => m.metric === metric)!;
  const permalink = compareHref(a.key, b.key, metric, voice);
  const csv = compareHref(a.key, b.key, metric, voice, '/compare/export.csv');
  return (
    <>
      <p className="lede" id="compare-summary">
        <strong><Name>{a.label}</Name></strong> ({a.members.length} outlet{a.members.length === 1 ? '' : 's'}) and <strong><Name>{b.label}</Name></strong> (
        {b.members.length} outlet{b.members.length === 1 ? '' : 's'}) both covered <strong id="shared-events">{int.format(chosen.events)}</strong> event
        {chosen.events === 1 ? '' : 's'}. Rates below count only those events, so what each side chose to cover does not pass for how it covers it.
      </p>
      {overlap.length > 0 && (
        <p className="notice small">
          {overlap.length} outlet{overlap.length === 1 ? ' is' : 's are'} on both sides ({overlap.map((o) => o.name).join(', ')}) and count on neither.
        </p>
      )}
      <p className="small">
        <a href={permalink} id="permalink">Permalink</a> · <a href={csv}>Download CSV</a>
      </p>
      <h2 id="metrics-h">Rates on the shared events</h2>
      <p className="small muted">
        Each side&apos;s rate per 100 words over its articles on the shared events, with the 95% interval of <Link href="/methodology#intervals">the one method</Link>; the
        ratio A : B is stratified by event (Mantel–Haenszel, half a hit added to each side when one has none) with its 95% interval. A difference is called only when that interval excludes 1 and it
        survives Benjamini–Hochberg control of the false discovery rate at 5% over the {metrics.length} metrics in this table.
      </p>
      <div className="scroll">
        <table className="data" aria-labelledby="metrics-h" id="compare-metrics">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num"><Name>{a.label}</Name></th>
              <th scope="col" className="num"><Name>{b.label}</Name></th>
              <th scope="col" className="num">Ratio A : B (95%)</th>
              <th scope="col" className="num">p</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.metric} data-metric={m.metric} data-differs={m.differs ? 'yes' : 'no'}>
                <th scope="row">
                  <Link href={compareHref(a.key, b.key, m.metric, voice)}>{m.title}</Link>
                </th>
                <td className="num">
                  {fig(m.a.value)} <span className="ci">{interval(m.a.low, m.a.high)}</span>
                  <span className="muted small"> · {int.format(m.a.n)} art., {int.format(m.a.words)} words</span>
                </td>
                <td className="num">
                  {fig(m.b.value)} <span className="ci">{interval(m.b.low, m.b.high)}</span>
                  <span className="muted small"> · {int.format(m.b.n)} art., {int.format(m.b.words)} words</span>
                </td>
                <td className="num">{m.ratio === null ? '—' : <>{fig(m.ratio)} <span className="ci">{interval(m.low, m.high)}</span></>}</td>
                <td className="num">{m.p === null ? '—' : m.p < 0.001 ? '< 0.001' : fig(m.p)}</td>
                <td>
                  {m.ratio === null
                    ? 'no hits on either side'
                    : m.differs
                      ? m.ratio > 1
                        ? `higher in ${a.label}`
                        : `higher in ${b.label}`
                      : 'no difference shown'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="selection-framing-h">Selection or framing, each side against every other outlet</h2>
      {decompositions.map((d, i) => (
        <div key={i} data-side={i === 0 ? 'a' : 'b'} className="side-decomposition">
          <h3><Name>{d.label}</Name></h3>
          <SelectionFramingTable rows={d.rows} name={d.label} id={`selection-framing-${i === 0 ? 'a' : 'b'}`} />
        </div>
      ))}
      <h2 id="distinctive-words">Words that set the two sides apart on these events</h2>
      <DistinctiveWords sides={words.sides} against="the other side on the same events" capped={words.capped} />
      <h2 id="events-h">{catalog.byKey.get(metric)!.title}, event by event</h2>
      {events.length === 0 ? (
        <p className="empty">These two sides covered no event in common.</p>
      ) : (
        <div className="scroll">
          <table className="data" aria-labelledby="events-h" id="compare-events">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col" className="num"><Name>{a.label}</Name></th>
                <th scope="col" className="num"><Name>{b.label}</Name></th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link href={`/events/${e.id}`}><Name>{e.title}</Name></Link> <span className="muted small">{date(e.startDate)}</span>
                  </th>
                  {[e.a, e.b].map((r, i) => (
                    <td key={i} className="num">
                      {r ? (
                        <>
                          {fig(r.value)} <span className="ci">{interval(r.low, r.high)}</span>
                          <span className="muted small"> · {int.format(r.n)} art., {int.format(r.words)} words</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export default async function ComparePage({ searchParams }: Props) {
  const sp = await searchParams;
  checkQuery(COMPARE_QUERY, sp);
  const voice = voiceOf(sp);
  const a = one(sp, 'a') ?? '';
  const b = one(sp, 'b') ?? '';
  const metric = one(sp, 'metric') ?? '';
  const result = await loadComparison(a || '\u0000', b || '\u0000', metric, voice);
  const catalog = result.ok ? result.data.catalog : result.catalog;
  const outlets = result.ok ? result.data.outlets : result.outlets;
  return (
    <>
      <h1>Compare on the same events</h1>
      <p className="lede">
        Two outlets or groups (a lean such as <code>lean:left</code>, a named set <code>set:NAME</code>, or any outlet field <code>field:value</code>)
        compared only on the events both covered.
      </p>
      {result.ok ? (
        <>
          <SideForm a={a} b={b} metric={result.data.metric} outlets={outlets} catalog={catalog} />
          <Results data={result.data} voice={voice} words={await sideWords(result.data)} decompositions={await sideDecompositions(result.data, voice)} />
        </>
      ) : (
        <>
          <SideForm a={a} b={b} metric={metric} outlets={outlets} catalog={catalog} />
          {(a || b) && (
            <p className="notice" role="alert">
              {result.problem === 'unknown-side'
                ? result.which.map((w) => `Side ${w.toUpperCase()} (“${w === 'a' ? a : b}”) is no outlet or group of this corpus.`).join(' ')
                : `“${metric}” is no rate metric of this corpus.`}
            </p>
          )}
        </>
      )}
    </>
  );
}
