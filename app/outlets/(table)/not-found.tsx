import Link from 'next/link';

/** Table settings naming a column this corpus does not have (malformed ones never get here: proxy.ts answers 400). */
export default function TableNotFound() {
  return (
    <section className="empty" aria-labelledby="nf-h">
      <h1 id="nf-h">No such table view</h1>
      <p>
        This link sorts, filters or shows a metric that is not in this corpus: it may come from another corpus, or the data was rescored with a
        different analysis.
      </p>
      <p>
        <Link href="/outlets">Open the table with default settings</Link>
      </p>
    </section>
  );
}
