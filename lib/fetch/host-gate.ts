/**
 * Per-host politeness: one request at a time to each host, and a delay between the end of one request and the
 * start of the next (the configured delay, or a longer Crawl-delay from robots.txt, or a pause a server asked for
 * with Retry-After). Hosts are independent: a slow host never holds up another.
 */
export class HostGate {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly earliest = new Map<string, number>();
  private readonly delays = new Map<string, number>();
  /** Requests started per host, with the first and last start times, for the run's figures. */
  readonly requests = new Map<string, { count: number; first: number; last: number }>();

  constructor(private readonly delayMs: number) {}

  /** A longer gap for one host (robots.txt Crawl-delay); never shorter than the configured delay. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, Math.max(this.delayMs, ms));
  }

  delayFor(host: string): number {
    return this.delays.get(host) ?? this.delayMs;
  }

  /** No request to the host before `ms` from now (Retry-After, back-off). */
  pause(host: string, ms: number): void {
    this.earliest.set(host, Math.max(this.earliest.get(host) ?? 0, Date.now() + ms));
  }

  /** Runs one request to `host` when its turn comes. */
  async run<T>(host: string, request: () => Promise<T>): Promise<T> {
    const before = this.queues.get(host) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.queues.set(host, before.then(() => mine));
    await before;
    try {
      const wait = (this.earliest.get(host) ?? 0) - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const now = Date.now();
      const seen = this.requests.get(host);
      this.requests.set(host, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? now, last: now });
      return await request();
    } finally {
      this.pause(host, this.delayFor(host));
      done();
    }
  }
}
