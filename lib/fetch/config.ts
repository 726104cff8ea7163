/**
 * How `parallax fetch` behaves, from parallax.config.json's "fetch" section, with command-line overrides.
 * Defaults are polite for news sites: one request at a time per host, a second apart, a few retries.
 */
import { z } from 'zod';

export const FETCH_DEFAULTS = {
  delayMs: 1000,
  timeoutMs: 30_000,
  retries: 2,
  backoffMs: 2000,
  maxRetryAfterMs: 5 * 60_000,
  maxRedirects: 10,
  maxBytes: 5 * 1024 * 1024,
  hosts: 4,
  cacheDir: '.parallax/fetch-cache',
} as const;

/** parallax.config.json → "fetch". Unknown keys are refused: they are likely typos. */
export const fetchConfigSchema = z
  .object({
    /** An e-mail address or URL where site owners can reach whoever runs the fetch; sent in the User-Agent. */
    contact: z.string().trim().min(3, 'give an e-mail address or a URL').max(200).optional(),
    delayMs: z.number().int().min(0).optional(),
    timeoutMs: z.number().int().min(100).optional(),
    retries: z.number().int().min(0).max(10).optional(),
    backoffMs: z.number().int().min(0).optional(),
    maxRetryAfterMs: z.number().int().min(0).optional(),
    maxRedirects: z.number().int().min(0).max(50).optional(),
    maxBytes: z.number().int().min(1024).optional(),
    hosts: z.number().int().min(1).max(64).optional(),
    cacheDir: z.string().min(1).optional(),
  })
  .strict();
export type FetchConfig = z.infer<typeof fetchConfigSchema>;

export interface FetchSettings {
  userAgent: string;
  /** The product token robots.txt groups are matched against. */
  robotsAgent: string;
  delayMs: number;
  timeoutMs: number;
  retries: number;
  /** First wait before a retry the server gave no Retry-After for; doubled each further attempt. */
  backoffMs: number;
  /** A Retry-After longer than this fails the URL instead of stalling the run. */
  maxRetryAfterMs: number;
  maxRedirects: number;
  maxBytes: number;
  /** Hosts fetched from at the same time (each host still gets one request at a time). */
  hosts: number;
  /** On-disk HTTP cache; null: none. */
  cacheDir: string | null;
  /** Allow private, loopback and link-local addresses (tests, intranets). */
  allowPrivate: boolean;
}

export const ROBOTS_AGENT = 'Parallax';
const VERSION = '0.1';

export function userAgent(contact: string | undefined): string {
  return `${ROBOTS_AGENT}/${VERSION} (media-bias research; +${contact ?? 'no contact given'})`;
}

export function fetchSettings(config: FetchConfig = {}, overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    userAgent: userAgent(config.contact),
    robotsAgent: ROBOTS_AGENT,
    delayMs: config.delayMs ?? FETCH_DEFAULTS.delayMs,
    timeoutMs: config.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    retries: config.retries ?? FETCH_DEFAULTS.retries,
    backoffMs: config.backoffMs ?? FETCH_DEFAULTS.backoffMs,
    maxRetryAfterMs: config.maxRetryAfterMs ?? FETCH_DEFAULTS.maxRetryAfterMs,
    maxRedirects: config.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    maxBytes: config.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    hosts: config.hosts ?? FETCH_DEFAULTS.hosts,
    cacheDir: config.cacheDir ?? FETCH_DEFAULTS.cacheDir,
    allowPrivate: false,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
}
