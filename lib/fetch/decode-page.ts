/**
 * A fetched page or feed to UTF-8 bytes, as ingest reads them. The encoding is found with encoding-sniffer (the
 * HTML standard's sniffing: byte-order mark, then the Content-Type charset, then <meta charset> or an XML
 * declaration in the first bytes); a page that declares nothing is left to ingest's own decoder (UTF-8, else
 * Windows-1252), so the same bytes read the same whether fetched or saved to disk.
 */
import { decodeBuffer, getEncoding } from 'encoding-sniffer';

export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

export function toUtf8(bytes: Buffer, contentType?: string): Buffer {
  const label = charsetOf(contentType);
  // Asked with two different defaults: when the answers differ, nothing in the response declared an encoding.
  const declared = getEncoding(bytes, { transportLayerEncodingLabel: label, defaultEncoding: 'UTF-8' });
  if (declared !== getEncoding(bytes, { transportLayerEncodingLabel: label, defaultEncoding: 'windows-1252' })) return bytes;
  if (declared === 'UTF-8' || declared.startsWith('UTF-16')) return bytes;
  return Buffer.from(decodeBuffer(bytes, { transportLayerEncodingLabel: label, defaultEncoding: declared }), 'utf8');
}
