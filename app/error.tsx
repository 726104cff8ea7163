'use client';
import { DATABASE_UNREACHABLE } from '@/lib/db/queries/unreachable';

/**
 * Last resort: the database is down, or a bug. Says which, and what to do; never the error's text (Next hides it in
 * production anyway) nor the database URL, which may hold a password.
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  if (error.digest === DATABASE_UNREACHABLE) {
    return (
      <section className="problem" role="alert" aria-labelledby="err-h">
        <h1 id="err-h">The database is unreachable</h1>
        <p>The dashboard could not connect to its database, so this page cannot be built. To fix it:</p>
        <ul>
          <li>check that the Postgres server is running and accepts connections;</li>
          <li>
            check <code>DATABASE_URL</code> (and <code>PARALLAX_READ_DATABASE_URL</code>, if set) in the environment of <code>npx parallax serve</code>:
            host, port, database name, user and password;
          </li>
          <li>
            without <code>DATABASE_URL</code>, <code>npx parallax serve</code> starts the embedded database itself.
          </li>
        </ul>
        <p>Then try again.</p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </section>
    );
  }
  return (
    <section className="problem" role="alert" aria-labelledby="err-h">
      <h1 id="err-h">Something went wrong</h1>
      <p>The page could not be built{error.digest ? ` (reference ${error.digest})` : ''}. The server log has the details under that reference.</p>
      <button type="button" onClick={() => retry()}>
        Try again
      </button>
    </section>
  );
}
