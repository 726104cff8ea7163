// The dashboard's server process, started by `parallax serve` (and by the tests, through scripts/next-server.ts):
// Next.js through its custom-server API, behind the request gate (scripts/request-gate.mjs). Listens on HOSTNAME
// (default 127.0.0.1) and PORT (default 3000), and prints "Ready on <url>" once it answers.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { answer, answerOnSocket, gate } from './request-gate.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hostname = process.env.HOSTNAME || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
process.env.PORT = String(port);

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const verdict = gate(req);
  if (verdict) return answer(res, verdict);
  handle(req, res).catch((err) => {
    console.error('dashboard: request failed', err);
    if (!res.headersSent) answer(res, { status: 500, message: 'Internal error.' });
    else res.destroy();
  });
});
// Node leaves CONNECT and Upgrade requests unanswered (the socket just closes) unless someone listens.
server.on('connect', (req, socket) => answerOnSocket(socket, { status: 405, message: 'Method not allowed: the dashboard only reads (GET, HEAD).', headers: { allow: 'GET, HEAD' } }));
server.on('upgrade', (req, socket) => answerOnSocket(socket, { status: 400, message: 'Bad request: this server does not switch protocols.' }));
server.listen(port, hostname, () => console.log(`Ready on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`));

// Stop taking requests, let those under way finish, but do not wait on a slow client for ever.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
