/**
 * Server-side request forgery guard: a corpus list is untrusted input, so a URL (or a redirect, or a DNS name)
 * must not reach this machine, its network or the cloud metadata service. Only globally routable unicast
 * addresses are allowed unless the user passes --allow-private. The check runs on the addresses a connection is
 * actually made to (a lookup hook in the HTTP agent), so a name that resolves to a private address, or changes
 * what it resolves to between a check and the connection, is refused too.
 */
import dns from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

export class BlockedAddressError extends Error {
  readonly code = 'EPARALLAXBLOCKED';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} is at ${address}, a private, loopback or reserved address; pass --allow-private to fetch from it`);
  }
}

/** ipaddr.js names every special range (private, loopback, linkLocal, uniqueLocal, carrierGradeNat, …); only 'unicast' is the public internet. */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  return ipaddr.process(ip).range() === 'unicast';
}

/** The host of a URL when it is an IP literal ("127.0.0.1", "[::1]"), which connects without a lookup. */
export function literalAddress(url: URL): string | undefined {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return ipaddr.isValid(host) ? host : undefined;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup replacement for net.connect that refuses a name if any of its addresses is not public. */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true } as LookupAllOptions, (err, addresses) => {
      if (err) return callback(err, '');
      const bad = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (bad) return callback(new BlockedAddressError(hostname, bad.address) as unknown as NodeJS.ErrnoException, '');
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
