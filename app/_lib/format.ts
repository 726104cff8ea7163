/** Number and date formatting shared by server and client components (pure). */
export const int = new Intl.NumberFormat('en');
export const num2 = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
export const num3 = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
export const signed = new Intl.NumberFormat('en', { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
export const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const dateFmt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFmt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function date(d: Date | string | null | undefined): string {
  if (!d) return 'undated';
  return dateFmt.format(typeof d === 'string' ? new Date(d) : d);
}

export function dateTime(d: Date | string | null | undefined): string {
  if (!d) return '—';
  return `${dateTimeFmt.format(typeof d === 'string' ? new Date(d) : d)} UTC`;
}

/** A figure for display: small rates need more digits than large ones. */
export function fig(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a !== 0 && a < 0.001) return v.toExponential(1);
  return a < 10 ? num3.format(v) : num2.format(v);
}

export function interval(low: number | null | undefined, high: number | null | undefined): string {
  if (low === null || low === undefined || high === null || high === undefined) return '';
  return `${fig(low)}–${fig(high)}`;
}

/** A stored URL as a link target only when it is http(s): an ingested "url" is data and may be javascript:… */
export function webHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** "1 marker", "3 markers": a count with its noun. */
export function plural(n: number, noun: string): string {
  return `${int.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}
