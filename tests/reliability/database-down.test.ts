/**
 * The database down or unreachable: every CLI command says so plainly, naming the URL without its password, and
 * exits non-zero without a stack trace; the password is printed nowhere. The dashboard answers with an error
 * page, not a stack trace.
 */
import net from 'node:net';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/seeds';
import { SERVER_URL, requireServer } from '../helpers/database';
import { browserAvailable, ROOT, expectNoStackTrace, launchChromium, startNext, type NextServer } from './shared';

const SECRET = 's3cr3t-Pa55';
const REFUSED = `postgresql://parallax:${SECRET}@127.0.0.1:1/parallax`;
const COMMANDS: string[][] = [['migrate'], ['ingest', DEMO_DIR], ['score'], ['pin', '1', '--event', 'Talks'], ['serve', '--port', '45999'], ['demo']];

/** A server that accepts connections and never answers: without a connect timeout a client would wait forever. */
function silentServer(): Promise<{ port: number; close(): void }> {
  return new Promise((resolve) => {
    const sockets = new Set<net.Socket>();
    const srv = net.createServer((s) => {
      sockets.add(s);
      s.on('error', () => {});
    });
    srv.listen(0, '127.0.0.1', () =>
      resolve({
        port: (srv.address() as net.AddressInfo).port,
        close: () => {
          for (const s of sockets) s.destroy();
          srv.close();
        },
      }),
    );
  });
}


describe('CLI with the database down', () => {
  // All at once: each case is a separate process, and the never-answering server costs the connect timeout.
  it('every command, and an unknown host, a server that never answers, a wrong database, a bad URL', async () => {
    const silent = await silentServer();
    try {
      const wrongDb = new URL(SERVER_URL);
      wrongDb.password = SECRET;
      wrongDb.pathname = '/parallax_no_such_database';
      const redactedWrongDb = new URL(wrongDb);
      redactedWrongDb.password = '***';
      const cases: Array<{ args: string[]; url: string; redacted: string | null; reason: RegExp }> = [
        ...COMMANDS.map((args) => ({ args, url: REFUSED, redacted: 'postgresql://parallax:***@127.0.0.1:1/parallax', reason: /ECONNREFUSED/ })),
        { args: ['score'], url: `postgresql://parallax:${SECRET}@no-such-host.invalid:5432/parallax`, redacted: 'postgresql://parallax:***@no-such-host.invalid:5432/parallax', reason: /ENOTFOUND|EAI_AGAIN/ },
        { args: ['score'], url: `postgresql://parallax:${SECRET}@127.0.0.1:${silent.port}/parallax`, redacted: `postgresql://parallax:***@127.0.0.1:${silent.port}/parallax`, reason: /timeout/ },
        { args: ['score'], url: wrongDb.toString(), redacted: redactedWrongDb.toString(), reason: /does not exist|ECONNREFUSED/ },
        // Unparseable: nothing of it is echoed back.
        { args: ['migrate'], url: `postgres://parallax:${SECRET}@`, redacted: null, reason: /./ },
      ];
      const runs = await Promise.all(cases.map((c) => runCli(c.args, { DATABASE_URL: c.url })));
      runs.forEach((run, i) => {
        const { args, redacted, reason } = cases[i];
        const output = run.stdout + run.stderr;
        expect(run.code, `${args.join(' ')}: ${output}`).toBe(1);
        expect(output, args.join(' ')).not.toContain(SECRET);
        expectNoStackTrace(run.stdout, run.stderr);
        if (redacted) expect(run.stderr, args.join(' ')).toContain(`parallax: cannot prepare the database at ${redacted}`);
        expect(run.stderr, args.join(' ')).toMatch(reason);
        // serve checks the database before it builds anything.
        expect(run.stdout, args.join(' ')).not.toMatch(/next build/);
      });
    } finally {
      silent.close();
    }
  });
});

const serverAvailable = await requireServer();

describe.runIf(serverAvailable && existsSync(path.join(ROOT, '.next/BUILD_ID')))('the dashboard with the database down', () => {
  let app: NextServer;

  beforeAll(async () => {
    app = await startNext({ DATABASE_URL: REFUSED, PARALLAX_READ_DATABASE_URL: REFUSED });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers the overview with an error page: no stack trace, no password', async () => {
    const res = await fetch(`${app.url}/`);
    // A streamed page has sent 200 before the query fails; otherwise a real outage is a 500 or 503.
    expect([200, 500, 503]).toContain(res.status);
    const body = await res.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toMatch(/\bat (async )?\S+ \(\S+:\d+:\d+\)/);
    expect(body).not.toMatch(/ECONNREFUSED|Can't reach database server|PrismaClient/);
    // The server's own log may name the failure, never the password.
    expect(app.logs()).not.toContain(SECRET);
  });

  it.runIf(browserAvailable)('shows the error page in a browser', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
      // Next's empty route announcer is an alert too: the error page is the one with text.
      const alert = page.getByRole('alert').filter({ hasText: /\S/ });
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/went wrong|database/i);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/\bat (async )?\S+ \(\S+:\d+:\d+\)/);
    } finally {
      await browser.close();
    }
  });
});
