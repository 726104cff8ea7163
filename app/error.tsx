'use client';

/** Last resort: a database that is down or a bug. Say so plainly and offer a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="problem" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be built{error.digest ? ` (reference ${error.digest})` : ''}. Is the database reachable?</p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </section>
  );
}
