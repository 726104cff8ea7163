/**
 * One HTTP GET with undici (Node's own HTTP client): no redirects followed (the caller checks each hop), a deadline
 * covering connection, headers and body, a cap on the decoded body size (a gzip bomb counts at its unpacked size),
 * gzip/deflate/brotli decoding, and every connection made through the SSRF guard of ./address.ts.
 */
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';
import { BlockedAddressError, guardedLookup, literalAddress, isPublicAddress } from './address';

export type HttpFailureKind = 'timeout' | 'too-large' | 'network' | 'blocked-address';

export class HttpFailure extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
  }
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** The body was not read because acceptType refused its Content-Type. */
  refusedType?: boolean;
}

export interface HttpGetOptions {
  headers: Record<string, string>;
  /** Decide from the Content-Type (lower-case, no parameters; '' when absent) whether the body is worth reading. */
  acceptType?: (type: string) => boolean;
  /** Keep the first maxBytes of a longer body instead of failing (robots.txt: RFC 9309 parses at least 500 KiB). */
  truncate?: boolean;
  maxBytes?: number;
}

export interface HttpClient {
  get(url: string, options: HttpGetOptions): Promise<HttpResponse>;
  close(): Promise<void>;
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function createHttpClient(settings: { timeoutMs: number; maxBytes: number; allowPrivate: boolean }): HttpClient {
  const agent = new Agent({
    connect: { lookup: guardedLookup(settings.allowPrivate), timeout: settings.timeoutMs },
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
    keepAliveTimeout: 4_000,
  });

  async function get(url: string, options: HttpGetOptions): Promise<HttpResponse> {
    const parsed = new URL(url);
    const literal = literalAddress(parsed);
    if (literal && !settings.allowPrivate && !isPublicAddress(literal)) throw new HttpFailure('blocked-address', new BlockedAddressError(parsed.hostname, literal).message);
    const maxBytes = options.maxBytes ?? settings.maxBytes;
    const deadline = AbortSignal.timeout(settings.timeoutMs);
    const seconds = `${(settings.timeoutMs / 1000).toFixed(settings.timeoutMs % 1000 ? 1 : 0)} s`;
    let res;
    try {
      res = await request(url, { method: 'GET', headers: options.headers, dispatcher: agent, signal: deadline });
    } catch (err) {
      throw classify(err, deadline, seconds);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);

    // A body we stop reading is destroyed, which makes it emit an error nobody else listens for.
    res.body.on('error', () => {});
    if (options.acceptType && !options.acceptType(mediaType(headers['content-type']))) {
      res.body.destroy();
      return { status: res.statusCode, headers, body: Buffer.alloc(0), refusedType: true };
    }
    const declared = Number(headers['content-length']);
    const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
    if (!options.truncate && Number.isFinite(declared) && declared > maxBytes && (encoding === '' || encoding === 'identity')) {
      res.body.destroy();
      throw new HttpFailure('too-large', `the page is ${mb(declared)}, over the ${mb(maxBytes)} cap (--max-bytes)`);
    }

    const decoder =
      encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : null;
    const stream: Readable = decoder ? pipeline(res.body, decoder, () => {}) : res.body;
    stream.on('error', () => {});
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        const buf = chunk as Buffer;
        if (size + buf.length > maxBytes) {
          if (options.truncate) {
            chunks.push(buf.subarray(0, maxBytes - size));
            size = maxBytes;
          }
          res.body.destroy();
          stream.destroy();
          if (options.truncate) break;
          throw new HttpFailure('too-large', `the page is over the ${mb(maxBytes)} cap (--max-bytes)`);
        }
        chunks.push(buf);
        size += buf.length;
      }
    } catch (err) {
      if (err instanceof HttpFailure) throw err;
      throw classify(err, deadline, seconds);
    }
    return { status: res.statusCode, headers, body: Buffer.concat(chunks, size) };
  }

  // destroy, not close: close would wait for bodies we stopped reading (a page past the cap) to finish.
  return { get, close: () => agent.destroy() };
}

/** undici's and Node's errors to the few kinds a user can act on. */
function classify(err: unknown, deadline: AbortSignal, seconds: string): HttpFailure {
  const e = err as { code?: string; name?: string; message?: string; cause?: unknown };
  const blocked = err instanceof BlockedAddressError ? err : e?.cause instanceof BlockedAddressError ? e.cause : undefined;
  if (blocked) return new HttpFailure('blocked-address', blocked.message);
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  if (deadline.aborted || e?.name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new HttpFailure('timeout', `timed out after ${seconds}`);
  }
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR__ERROR_FORMAT_PADDING_1') return new HttpFailure('network', `the compressed body is corrupt (${e.message})`);
  const what = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'the host name does not resolve' : code === 'ECONNREFUSED' ? 'the connection was refused' : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'the connection was reset' : e?.message ?? String(err);
  return new HttpFailure('network', `${what}${code ? ` (${code})` : ''}`);
}
