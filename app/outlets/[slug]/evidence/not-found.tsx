import Link from 'next/link';

/** No such outlet, no such metric in this corpus, or a page past the last one. */
export default function EvidenceNotFound() {
  return (
    <section className="empty" aria-labelledby="nf-h">
      <h1 id="nf-h">No such evidence</h1>
      <p>
        Either the outlet is not in this corpus, or the metric is not (it may come from another corpus, or the data was rescored with a different
        analysis), or the page is past the last one.
      </p>
      <p>
        <Link href="/outlets">Framing table</Link>: every outlet and metric, each figure linked to its evidence.
      </p>
    </section>
  );
}
