/**
 * "The database cannot be reached", as an error the error page can recognise. Next replaces a server error's
 * message in production but keeps its digest, so the digest carries the fact (never the URL or the driver's text).
 * Pure: imported by the client error page.
 */
export const DATABASE_UNREACHABLE = 'PARALLAX_DATABASE_UNREACHABLE';

/** Prisma codes for "cannot connect, authenticate or find the database". */
const PRISMA_CODES = new Set(['P1000', 'P1001', 'P1002', 'P1003', 'P1008', 'P1010', 'P1011', 'P1017']);
/** The driver adapter's kinds for the same, on raw queries (which Prisma reports as P2010). */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'ConnectionClosed',
  'SocketTimeout',
  'TlsConnectionError',
  'TooManyConnections',
]);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export function isUnreachable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; cause?: unknown };
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code))) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  return e.cause !== undefined && e.cause !== err && isUnreachable(e.cause);
}

/** The error pages see: a fixed message and the digest, nothing from the driver (its text may name hosts). */
export function unreachableError(): Error & { digest: string } {
  return Object.assign(new Error('The database is unreachable: check that it is running and that DATABASE_URL points to it.'), {
    digest: DATABASE_UNREACHABLE,
  });
}
