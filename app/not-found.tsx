import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="empty" aria-labelledby="nf-h">
      <h1 id="nf-h">Not found</h1>
      <p>There is no such page, outlet, event, story or article in this corpus. The link may be mistyped, or the data may have been re-ingested.</p>
      <p>
        <Link href="/">Back to the overview</Link> · <Link href="/outlets">Outlets</Link>
      </p>
    </section>
  );
}
