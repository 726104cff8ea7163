/**
 * robots.txt, read once per origin (scheme, host and port) per run with robots-parser (RFC 9309 matching with
 * wildcards and the longest-match rule), as RFC 9309 says: a 4xx means no rules (fetch anything), a 5xx or an
 * unreachable server means disallow everything, a redirect is followed; a Crawl-delay for our agent slows that host.
 */
import robotsParser from 'robots-parser';

export interface RobotsVerdict {
  allowed: boolean;
  /** The site may not be contacted at all (its address is refused): the page fails for that reason, not robots'. */
  blocked?: string;
  /** Why not, for the summary. */
  reason?: string;
  /** Seconds between requests the site asks of our agent. */
  crawlDelay?: number;
}

/** What fetching robots.txt came to: its text, an HTTP status without rules, or a failure. */
export type RobotsFile = { status: number; text: string } | { failed: string; blocked?: boolean };

interface OriginRules {
  isAllowed(url: string): boolean;
  reason: string;
  blocked?: string;
  crawlDelay?: number;
}

export class RobotsBook {
  private readonly origins = new Map<string, Promise<OriginRules>>();

  constructor(
    private readonly fetchRobots: (robotsUrl: string) => Promise<RobotsFile>,
    private readonly agent: string,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let rules = this.origins.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.origins.set(origin, rules);
    }
    const r = await rules;
    if (r.blocked) return { allowed: false, blocked: r.blocked };
    return r.isAllowed(url) ? { allowed: true, ...(r.crawlDelay !== undefined && { crawlDelay: r.crawlDelay }) } : { allowed: false, reason: r.reason };
  }

  private async load(origin: string): Promise<OriginRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const file = await this.fetchRobots(robotsUrl);
    if ('failed' in file && file.blocked) return { isAllowed: () => false, reason: file.failed, blocked: file.failed };
    if ('failed' in file) return { isAllowed: () => false, reason: `robots.txt could not be read (${file.failed}), which RFC 9309 treats as disallowing everything` };
    // 429 is a server asking for less, not a missing file: as unreachable (as Google does), not as "no rules".
    if (file.status >= 500 || file.status === 429) return { isAllowed: () => false, reason: `robots.txt answered HTTP ${file.status}, which RFC 9309 treats as disallowing everything` };
    if (file.status >= 400) return { isAllowed: () => true, reason: '' };
    const robots = robotsParser(robotsUrl, file.text);
    const crawlDelay = robots.getCrawlDelay(this.agent);
    return {
      // undefined means the URL is not under this origin, which cannot happen here; treat it as allowed.
      isAllowed: (url) => robots.isAllowed(url, this.agent) !== false,
      reason: `disallowed by ${robotsUrl}`,
      ...(typeof crawlDelay === 'number' && crawlDelay > 0 && { crawlDelay }),
    };
  }
}
