/**
 * With the database unreachable, the API and the exports say so with 503, Retry-After and a JSON reason that names
 * neither the host nor the password, instead of a 500.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const SECRET = 'hunter2-not-shown';

describe('the API with its database unreachable', () => {
  beforeAll(() => {
    // Port 1 on loopback: refused at once.
    process.env.PARALLAX_READ_DATABASE_URL = `postgresql://reader:${SECRET}@127.0.0.1:1/parallax`;
    process.env.PARALLAX_DB_POOL_MAX = '1';
  });

  it('answers 503 with a JSON reason on endpoints and exports', async () => {
    const outlets = await import('@/app/api/v1/outlets/route');
    const corpus = await import('@/app/api/v1/corpus/route');
    const exportRoute = await import('@/app/api/v1/export/[view]/route');
    const answers = [
      await outlets.GET(new Request('http://localhost/api/v1/outlets')),
      await corpus.GET(new Request('http://localhost/api/v1/corpus')),
      await exportRoute.GET(new Request('http://localhost/api/v1/export/markers?format=csv'), { params: Promise.resolve({ view: 'markers' }) }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      const text = await res.text();
      expect(JSON.parse(text).error.message).toBe('Service unavailable: the database is unreachable.');
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('127.0.0.1');
    }
    // A bad parameter is still a 400: checked before the database is asked.
    expect((await corpus.GET(new Request('http://localhost/api/v1/corpus?x=1'))).status).toBe(400);
  });
});
