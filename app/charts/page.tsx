import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFigure } from './ChartFigure';
import { ChartControls } from './ChartControls';
import { chartContext, chartData, chartDefaults } from './data';
import { CHART_NAMES, parseSpec, specQuery } from './spec';
import { checkQuery, type SearchParams } from '../_lib/params';
import { CHART_QUERY, queryProblems } from '../_lib/query';
import { publicOrigin } from '@/lib/serve/origin';
import { ChartChoice } from './ChartChoice';
import { RunNotice } from './RunNotice';
import { getCurrentRun } from '@/lib/db/queries';
import { emptyNote, hasLeanColours } from './types/server';
import { LeanLegend } from '../_components/LeanBar';
import { isLean } from '@/lib/outlets/leans';
import { fig, int } from '../_lib/format';
import '../_styles/corpus.css';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  // The page answers a bad query; metadata for it would only cost queries.
  if (queryProblems(CHART_QUERY, sp).length) return { title: 'Charts' };
  const [ctx, current] = await Promise.all([chartContext(), getCurrentRun()]);
  const { spec: asked } = parseSpec(sp, ctx.figures.catalog.metrics.map((m) => m.key), chartDefaults(ctx));
  // What is shared is this page's figures: the current run's.
  const spec = { ...asked, run: current?.id ?? null };
  // Configured, never taken from Host or X-Forwarded-Host (lib/serve/origin.ts).
  const base = publicOrigin();
  const data = await chartData(spec, ctx);
  const image = `${base}/charts/og?${specQuery(spec)}`;
  return {
    title: data.title,
    metadataBase: new URL(base),
    openGraph: { title: `${data.title} · Parallax`, type: 'website', url: `${base}/charts?${specQuery(spec)}`, images: [{ url: image, width: 1200, height: 630, alt: data.title }] },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

export default async function ChartsPage({ searchParams }: Props) {
  const sp = await searchParams;
  checkQuery(CHART_QUERY, sp);
  const [ctx, current] = await Promise.all([chartContext(), getCurrentRun()]);
  const keys = ctx.figures.catalog.metrics.map((m) => m.key);
  const defaults = chartDefaults(ctx);
  const { spec, unknown } = parseSpec(sp, keys, defaults);
  // Well-formed metric keys this corpus does not have: there is no such chart (not-found.tsx says so).
  if (unknown.length) notFound();
  if (!keys.length) {
    return (
      <>
        <h1>Charts</h1>
        <p className="empty">No scores yet: run <code>npx parallax score</code>.</p>
      </>
    );
  }
  const data = await chartData(spec, ctx);
  const famName = new Map(ctx.figures.catalog.families.map((f) => [f.id, f.name]));
  const options = ctx.figures.catalog.metrics.map((m) => ({ key: m.key, title: m.title, group: famName.get(m.family) ?? m.family }));
  const empty = emptyNote(data);
  return (
    <>
      <h1>Charts</h1>
      <p className="lede">
        {CHART_NAMES[spec.type]}. The address bar is the permalink: it reproduces this chart exactly, and a link pasted into a chat shows it as an
        image.
      </p>
      <ChartControls metrics={options} defaults={defaults} />
      <ChartChoice spec={{ ...spec, run: null }} outlets={ctx.figures.outlets} />
      <RunNotice spec={spec} current={current} data={data} ctx={ctx} />
      {spec.type === 'bars' && ctx.figures.source === 'article-scores' && (
        <p className="notice small">No outlet-level scores yet, so no interval whiskers: figures are pooled from article scores.</p>
      )}
      {empty ? (
        <p className="empty" data-chart-empty={spec.type}>
          {empty}
        </p>
      ) : (
        <>
          {ctx.outlets.some((o) => isLean(o.lean)) && hasLeanColours(data.type) && <LeanLegend />}
          <ChartFigure data={data} fileName={`parallax-${specQuery({ ...spec, run: null }).replace(/[^a-z0-9]+/gi, '-')}`} permalink={`/charts?${specQuery({ ...spec, run: current?.id ?? null })}`} />
          {data.rest && (
            <p className="small muted" data-chart-rest>
              Drawn: {data.rest.picked}. Not drawn: {int.format(data.rest.outlets)} more outlet{data.rest.outlets === 1 ? '' : 's'}
              {data.rest.median !== null && `, median ${fig(data.rest.median)} (range ${fig(data.rest.min)} to ${fig(data.rest.max)})`}. Choose outlets or
              a group above to draw others.
            </p>
          )}
        </>
      )}
      <p className="small muted">
        Open Graph image of this chart: <a href={`/charts/og?${specQuery({ ...spec, run: current?.id ?? null })}`}>PNG</a>. Its data:{' '}
        <a href={`/api/v1/export/chart?format=csv&${specQuery({ ...spec, run: null })}`}>CSV</a>, <a href={`/api/v1/charts?${specQuery({ ...spec, run: null })}`}>JSON</a>
        {current ? ` (run ${current.id})` : ''}. Figures link to their evidence from the{' '}
        <Link href="/outlets">framing table</Link>.
      </p>
    </>
  );
}
