import Link from 'next/link';

/** A chart link naming a metric this corpus does not have (a malformed one never gets here: proxy.ts answers 400). */
export default function ChartNotFound() {
  return (
    <section className="empty" aria-labelledby="nf-h">
      <h1 id="nf-h">No such chart</h1>
      <p>
        This chart link names a metric that is not in this corpus: it may come from another corpus, or the data was rescored with a different
        analysis.
      </p>
      <p>
        <Link href="/charts">Open the default chart</Link> · <Link href="/outlets">Framing table</Link> (every metric there is)
      </p>
    </section>
  );
}
