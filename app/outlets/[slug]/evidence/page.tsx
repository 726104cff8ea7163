import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEvidence, getOutletBySlug, EVIDENCE_PAGE } from '@/lib/db/queries';
import { evidenceOf, isMetricKey } from '../../../_lib/catalog';
import { loadOutletFigures } from '../../../_lib/figures';
import { date, fig, int, interval, plural } from '../../../_lib/format';
import { legendFor } from '../../../_lib/legend';
import { checkQuery, one, pageInRangeOrNotFound, pageOf, parseSlug, slugOrNotFound, voiceOf, type SearchParams } from '../../../_lib/params';
import { VoiceSwitch } from '../../../_components/VoiceSwitch';
import { EVIDENCE_QUERY } from '../../../_lib/query';
import { describe, MarkedText } from '../../../_components/Marked';
import { MarkerDetails } from '../../../_components/MarkerDetails';
import { Pager } from '../../../_components/Pager';
import { slugPath } from '@/lib/text/slug';
import { Name } from '../../../_components/Name';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const metric = one(await searchParams, 'metric') ?? '';
  return { title: `Evidence: ${isMetricKey(metric) ? metric : 'metric'} · ${parseSlug((await params).slug) ?? 'outlet'}` };
}

export default async function EvidencePage({ params, searchParams }: Props) {
  const slug = slugOrNotFound((await params).slug);
  const sp = await searchParams;
  checkQuery(EVIDENCE_QUERY, sp);
  const metric = one(sp, 'metric');
  const page = pageOf(sp);
  const voice = voiceOf(sp);
  // No query at all passes the proxy (prefetches send none): without a metric there is no evidence to show.
  if (!metric) notFound();
  const outlet = await getOutletBySlug(slug);
  if (!outlet) notFound();
  const back = <Link href={`/outlets/${slugPath(outlet.slug)}`}><Name>{outlet.name}</Name></Link>;
  const figures = await loadOutletFigures(undefined, voice);
  // A well-formed key this corpus has no figure for: no such evidence (not-found.tsx names the likely causes).
  const meta = figures.catalog.byKey.get(metric);
  if (!meta) notFound();
  const { family, label, hitLabel } = evidenceOf(meta);
  const evidence = await getEvidence(outlet.id, family, label, page, voice, hitLabel);
  const figure = figures.byOutlet.get(outlet.id)?.get(metric);
  const { legend } = legendFor([{ family }]);
  const pages = Math.max(1, Math.ceil(evidence.totalSentences / EVIDENCE_PAGE));
  pageInRangeOrNotFound(page, pages);
  const familyInfo = figures.catalog.families.find((f) => f.id === family);
  // Marks point at one list of details (MarkerDetails) rather than each carrying its own.
  let next = 0;
  const sentences = evidence.sentences.map((x) => ({ ...x, markers: x.markers.map((m) => ({ ...m, id: next++ })) }));
  const details = sentences.flatMap((x) => x.markers.map((m) => describe(m, legend)));
  return (
    <>
      <p className="crumbs">
        <Link href="/outlets">Framing table</Link> › {back} › evidence
      </p>
      <h1>
        {meta.title} in <Name>{outlet.name}</Name>
      </h1>
      <p className="lede">
        {figure ? (
          <>
            <strong className="num">{fig(figure.value)}</strong> {meta.kind === 'rate' ? 'per 100 words' : '(measure)'}
            {figure.low !== null && <> · 95% interval {interval(figure.low, figure.high)}</>} · {meta.kind === 'rate' ? <>{plural(figure.count, 'hit')} in </> : 'from '}
            {int.format(figure.words)} words, n = {figure.n} {figure.unit}.{' '}
          </>
        ) : (
          'No figure for this outlet. '
        )}
        {meta.kind === 'measure'
          ? `A measure is not a count of markers: below are all ${familyInfo?.name.toLowerCase() ?? family} markers it is computed from.`
          : hitLabel !== label
            ? `Every ${hitLabel} below is one hit: ${plural(evidence.totalSentences, hitLabel ?? 'sentence')}, with the marked words in ${evidence.totalSentences === 1 ? 'it' : 'them'}.`
            : `Every marker counted below is one hit: ${plural(evidence.totalMarkers, 'marker')} in ${plural(evidence.totalSentences, 'sentence')}.`}
      </p>
      {familyInfo && <p className="small muted">{familyInfo.description}</p>}
      <VoiceSwitch />
      {evidence.words.length > 0 && (
        <section aria-labelledby="words-h">
          <h2 id="words-h">Most frequent matches</h2>
          <ul className="words">
            {evidence.words.map((w) => (
              <li key={w.word} className="word">
                {w.word} <span className="muted">×{w.n}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Sentences</h2>
      {evidence.sentences.length === 0 ? (
        <p className="empty">No sentence of <Name>{outlet.name}</Name> has a marker for this metric.</p>
      ) : (
        <div className="hlroot" data-show={`${family} c${legend[family]?.color ?? 9}`}>
          <ol className="evidence-list" start={(page - 1) * EVIDENCE_PAGE + 1}>
            {sentences.map((s) => (
              <li key={`${s.articleId}:${s.sentenceIndex}`} className="card evidence">
                <p className="evidence-text">
                  <MarkedText text={s.text} offset={s.start} markers={s.markers} legend={legend} />
                </p>
                <p className="meta">
                  <Link href={`/articles/${s.articleId}?s=${s.sentenceIndex}#s${s.sentenceIndex}`}><Name>{s.title}</Name></Link> · sentence {s.sentenceIndex + 1} · {date(s.publishedAt)} ·{' '}
                  {s.markers.map((m) => m.rule).filter((r, i, a) => a.indexOf(r) === i).join(', ')}
                </p>
              </li>
            ))}
          </ol>
          <MarkerDetails details={details} />
        </div>
      )}
      <Pager page={page} pages={pages} href={(p) => `/outlets/${slugPath(outlet.slug)}/evidence?metric=${encodeURIComponent(metric)}${voice === 'writer' ? '' : `&voice=${voice}`}&page=${p}`} />
    </>
  );
}
