/**
 * Outlets side by side on one event or one story: one column per outlet with its articles, leads, key figures with
 * intervals and its first article's text highlighted by marker family; the outlets that stayed silent; actors; charts.
 */
import Link from 'next/link';
import { getActorTable, getMetricKeys, getOutlets, getScopedRates, getScopeArticles, getScopeSentences, sumArticleScores, type Scope, type ScopedFigure } from '@/lib/db/queries';
import { distinctiveBySide } from '../_lib/distinctive';
import { DistinctiveWords } from './DistinctiveWords';
import { buildCatalog, type Catalog } from '../_lib/catalog';
import { date, fig, int, interval } from '../_lib/format';
import { HIDDEN_BY_DEFAULT, legendFor } from '../_lib/legend';
import { ChartFigure } from '../charts/ChartFigure';
import type { ChartData } from '../charts/data';
import { outletColors } from '../charts/colors';
import { ActorOutletTable } from './ActorOutletTable';
import { FamilyToggles } from './FamilyToggles';
import { describe, MarkedBody } from './Marked';
import { MarkerDetails } from './MarkerDetails';
import { slugPath } from '@/lib/text/slug';
import { Name } from './Name';
import { isLean, LEAN_COLORS, leanLabel, type Lean } from '@/lib/outlets/leans';
import { byLean } from '../_lib/event-filter';
import { LeanChip, tallyText, type LeanTally } from './LeanBar';
import '../_styles/corpus.css';

/** Each family's total when it has one, else its two largest metrics in this scope. */
function keyMetrics(catalog: Catalog, figures: ScopedFigure[]): string[] {
  const pooled = new Map<string, number>();
  for (const f of figures) pooled.set(f.metric, (pooled.get(f.metric) ?? 0) + f.rate);
  const out: string[] = [];
  for (const fam of catalog.families) {
    const rates = catalog.metrics.filter((m) => m.family === fam.id && m.kind === 'rate');
    if (rates.some((m) => m.key === fam.id)) out.push(fam.id);
    else out.push(...rates.sort((a, b) => (pooled.get(b.key) ?? 0) - (pooled.get(a.key) ?? 0)).slice(0, 2).map((m) => m.key));
  }
  return out;
}

export async function Comparison({ scope, silentLabel, actorRollup = false, actorViewHrefs }: { scope: Scope; silentLabel: string; actorRollup?: boolean; actorViewHrefs?: { each: string; rollup: string } }) {
  const [outlets, { keys }, scoped, figures, actors, scopeSentences] = await Promise.all([
    getOutlets(),
    getMetricKeys(),
    getScopeArticles(scope),
    sumArticleScores(scope),
    getActorTable(scope, 12, { rollup: actorRollup }),
    getScopeSentences(scope),
  ]);
  const catalog = buildCatalog(keys);
  // Every rate with its interval by the one method (lib/analysis/stats.ts), pooled toward the corpus.
  const rates = await getScopedRates(scope, catalog.metrics.filter((m) => m.kind === 'rate').map((m) => m.key));
  const { articles, leads, featured } = scoped;
  // Left → right when leans exist (then by name), so the columns read as a spectrum.
  const covered = new Set(articles.map((a) => a.outletId));
  const covering = byLean(outlets.filter((o) => covered.has(o.id)));
  const silent = byLean(outlets.filter((o) => !covered.has(o.id)));
  const hasLeans = outlets.some((o) => isLean(o.lean));
  const silentTally: LeanTally = {};
  for (const o of silent) {
    const l = isLean(o.lean) ? o.lean : 'unrated';
    silentTally[l] = (silentTally[l] ?? 0) + 1;
  }
  const color = outletColors(outlets);
  const fig3 = new Map(figures.map((f) => [`${f.outletId}:${f.metric}`, f]));
  const keyList = keyMetrics(catalog, figures).filter((k) => catalog.byKey.has(k));
  const allMarkers = featured.flatMap((f) => f.markers);
  const { legend, toggles } = legendFor(allMarkers);
  // Marks point at one list of details (MarkerDetails) rather than each carrying its own.
  let next = 0;
  const withIds = featured.map((f) => ({ ...f, markers: f.markers.map((m) => ({ ...m, id: next++ })) }));
  const details = withIds.flatMap((f) => f.markers.map((m) => describe(m, legend)));
  const featuredBy = new Map(withIds.map((f) => [f.articleId, f]));
  const totals = keyList.filter((k) => catalog.byKey.get(k)!.kind === 'rate').slice(0, 6);
  const charts: ChartData[] = totals.map((k) => ({
    type: 'bars',
    title: catalog.byKey.get(k)!.title,
    unit: 'per 100 words (95% interval)',
    hasIntervals: true,
    rows: covering.flatMap((o) => {
      const r = rates.get(`${o.id}:${k}`);
      return r ? [{ outlet: o.name, slug: o.slug, color: color.get(o.id)!, value: r.value, low: r.low, high: r.high, n: r.n }] : [];
    }),
  }));

  if (!articles.length) return <p className="empty">No articles here yet.</p>;
  return (
    <>
      <p className="lede">
        {covering.length} of {outlets.length} outlets, {int.format(covering.reduce((n, o) => n + (articles.find((a) => a.outletId === o.id)?.outletTotal ?? 0), 0))}{' '}
        articles. Figures are markers per 100 words in this {scope.kind}, with a 95% interval for the outlet’s underlying rate, pulled toward
        the corpus when it has few words here (<Link href="/methodology#intervals">how</Link>); click a highlighted word for the rule that fired.
      </p>
      <ul className="headlines" aria-label="Headlines side by side">
        {covering.map((o) => {
          const first = articles.find((a) => a.outletId === o.id)!;
          return (
            <li key={o.id} style={isLean(o.lean) ? { borderTopColor: LEAN_COLORS[o.lean as Lean] } : undefined}>
              <span className="outlet-name">
                <Name>{o.name}</Name>
                <LeanChip lean={o.lean} />
              </span>
              <Link href={`/articles/${first.id}`}><Name>{first.title}</Name></Link>
            </li>
          );
        })}
      </ul>
      {silent.length > 0 && (
        <div className="notice silent-summary">
          <p>
            <strong>
              {silent.length} silent{hasLeans ? `: ${tallyText(silentTally)}` : ''}
            </strong>{' '}
            — {silent.length === 1 ? 'this outlet' : 'these outlets'} {silentLabel}
          </p>
          <details className="silent-list">
            <summary>List the {silent.length} silent outlet{silent.length === 1 ? '' : 's'}</summary>
            <ul>
              {silent.map((o) => (
                <li key={o.id}>
                  <Link href={`/outlets/${slugPath(o.slug)}`}><Name>{o.name}</Name></Link>
                  {isLean(o.lean) && <span className="muted small"> · {leanLabel(o.lean)}</span>}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
      <FamilyToggles families={toggles} hiddenByDefault={HIDDEN_BY_DEFAULT}>
        <div className="columns compare">
          {covering.map((o) => {
            const mine = articles.filter((a) => a.outletId === o.id);
            const first = mine[0];
            const text = featuredBy.get(first.id);
            return (
              <section key={o.id} className="outlet" aria-labelledby={`col-${o.id}`}>
                <h2 id={`col-${o.id}`}>
                  <span className="swatch" style={{ background: color.get(o.id) }} aria-hidden="true" />
                  <Link href={`/outlets/${slugPath(o.slug)}`}><Name>{o.name}</Name></Link>
                  <LeanChip lean={o.lean} />
                </h2>
                <p className="meta">
                  {first.outletTotal} article{first.outletTotal === 1 ? '' : 's'} · {int.format(mine.reduce((s, a) => s + a.words, 0))} words shown
                </p>
                {mine.map((a) => (
                  <div key={a.id} className="article">
                    <h3>
                      <Link href={`/articles/${a.id}`}><Name>{a.title}</Name></Link>
                    </h3>
                    <p className="meta">
                      {date(a.publishedAt)}
                      {scope.kind === 'story' && a.eventTitle ? <> · <Name>{a.eventTitle}</Name></> : ''}
                    </p>
                    {leads.get(a.id) && <p className="lead small">{leads.get(a.id)}</p>}
                  </div>
                ))}
                {first.outletTotal > mine.length && (
                  <p className="small">
                    <Link href={`/outlets/${slugPath(o.slug)}`}>{first.outletTotal - mine.length} more articles</Link>
                  </p>
                )}
                <h3>Key figures</h3>
                <dl className="figures">
                  {keyList.map((k) => {
                    const m = catalog.byKey.get(k)!;
                    const f = fig3.get(`${o.id}:${k}`);
                    if (!f) return null;
                    const r = m.kind === 'rate' ? rates.get(`${o.id}:${k}`) : undefined;
                    return (
                      <div key={k} style={{ display: 'contents' }}>
                        <dt>
                          <Link href={`/outlets/${slugPath(o.slug)}/evidence?metric=${encodeURIComponent(k)}`}>{m.title}</Link>
                        </dt>
                        <dd>
                          {r ? fig(r.value) : fig(f.mean)}
                          {r && <span className="ci" title={`${int.format(r.n)} article${r.n === 1 ? '' : 's'}, ${int.format(r.words)} words`}>{interval(r.low, r.high)}</span>}
                        </dd>
                      </div>
                    );
                  })}
                </dl>
                {text ? (
                  <details open>
                    <summary>Text of “<Name>{first.title.length > 60 ? `${first.title.slice(0, 57)}…` : first.title}</Name>”</summary>
                    <MarkedBody body={text.body} sentences={text.sentences} markers={text.markers} legend={legend} />
                  </details>
                ) : (
                  <p className="small">
                    <Link href={`/articles/${first.id}`}>Text of “<Name>{first.title.length > 60 ? `${first.title.slice(0, 57)}…` : first.title}</Name>” with its markers</Link>
                  </p>
                )}
              </section>
            );
          })}
        </div>
        <MarkerDetails details={details} />
      </FamilyToggles>
      {covering.length > 1 && (
        <>
          <h2 id="distinctive-words">Words that set each outlet apart</h2>
          <DistinctiveWords
            sides={(() => {
              const words = distinctiveBySide(scopeSentences.sentences, (x) => x.outletId);
              return covering.map((o) => ({ key: o.slug, label: o.name, words: words.get(o.id) ?? [] }));
            })()}
            against={`the other outlets on this ${scope.kind}`}
            capped={scopeSentences.capped}
          />
        </>
      )}
      <h2 id="actors">What each outlet calls the actors, and how it feels about them</h2>
      <ActorOutletTable table={actors} outlets={covering.map((o) => ({ id: o.id, name: o.name }))} viewHrefs={actorViewHrefs} />
      <h2>The outlets compared</h2>
      {charts.length === 0 ? (
        <p className="empty">No rate metrics scored here yet.</p>
      ) : (
        <div className="chart-grid">
          {charts.map((c, i) => (
            <ChartFigure key={totals[i]} data={c} fileName={`parallax-${scope.kind}-${'id' in scope ? scope.id : 'all'}-${totals[i]}`} height={200} />
          ))}
        </div>
      )}
    </>
  );
}
