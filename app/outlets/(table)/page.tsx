import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadOutletFigures, framingData } from '../../_lib/figures';
import { checkQuery, one, voiceOf, type SearchParams } from '../../_lib/params';
import { VoiceSwitch } from '../../_components/VoiceSwitch';
import { TABLE_QUERY } from '../../_lib/query';
import { FramingTable } from './FramingTable';
import { unknownColumns } from './state';
import { sizeFilter } from './size';
import { SizeControls } from './SizeControls';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Framing table' };

export default async function OutletsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  checkQuery(TABLE_QUERY, sp);
  const data = await loadOutletFigures(undefined, voiceOf(sp));
  const { catalog, source, outlets } = data;
  // Well-formed, but naming columns this corpus does not have: there is no such view (not-found.tsx says so).
  if (unknownColumns({ sort: one(sp, 'sort'), min: one(sp, 'min'), cols: one(sp, 'cols') }, new Set(catalog.metrics.map((m) => m.key))).length) notFound();
  if (!outlets.length || source === 'none') {
    return (
      <>
        <h1>Framing table</h1>
        <p className="empty">
          {outlets.length ? (
            <>
              No scores yet: run <code>npx parallax score</code>.
            </>
          ) : (
            <>
              No outlets yet: run <code>npx parallax ingest &lt;folder&gt;</code> then <code>npx parallax score</code>.
            </>
          )}
        </p>
      </>
    );
  }
  const { metrics, rows: all, defaultVisible } = framingData(data);
  const size = sizeFilter(all, { minArticles: one(sp, 'minArticles'), minWords: one(sp, 'minWords') });
  const rows = all.filter(size.shown);
  return (
    <>
      <h1>Framing table</h1>
      <p className="lede" id="table-caption">
        One row per outlet, one column per metric: rates are markers per 100 words
        {source === 'outlet-scores' ? (
          <>
            , with the 95% interval of the outlet’s underlying rate below each figure (pulled toward the corpus for small outlets:{' '}
            <a href="/methodology#intervals">how</a>)
          </>
        ) : (
          ''
        )}
        . Click a figure to see the sentences that produced it. Sort, filters and columns are in the URL: copy it to share this view.
      </p>
      {source === 'article-scores' && (
        <p className="notice">
          Intervals are not available yet: this database has no outlet-level scores, so the figures are pooled from article scores (hits ÷ words).
          Run <code>npx parallax score</code> with the current analysis to compute them with intervals.
        </p>
      )}
      <VoiceSwitch />
      <SizeControls size={size} total={all.length} params={sp} />
      <FramingTable metrics={metrics} rows={rows} defaultVisible={defaultVisible} hasIntervals={source === 'outlet-scores'} sizeParams={size.params} />
    </>
  );
}
