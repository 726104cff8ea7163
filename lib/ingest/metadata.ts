/**
 * Dates and titles found in URLs and page text. Conservative by design: a wrong date silently
 * misplaces an article on every timeline, a missing one only leaves a gap, so anything ambiguous
 * returns undefined. Dates without a time zone are read as UTC.
 */
import { trimEndWhere } from '@/lib/text/trim';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = '(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s*(?:GMT|UTC|Z))?)?';

/** "9 Mar, 2021 11:05", "9 March 2021" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}`, 'i');
/** "March 9, 2021", "Mar. 9 2021 at 3:05 pm" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'i');
/** "2021-03-09", "2021-03-09T11:05:00Z" */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/;
/** "On Feb. 5", "on March 9" — the year has to come from elsewhere. */
const MONTH_DAY = new RegExp(`\\b[Oo]n\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, 'i');

const MIN_YEAR = 1990;

/** A valid calendar date in UTC, or undefined (Feb 30 and years far off are refused, not rolled over). */
export function makeDate(year: number, month: number, day: number, hour = 0, minute = 0): Date | undefined {
  const maxYear = new Date().getUTCFullYear() + 1;
  if (year < MIN_YEAR || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : undefined;
}

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

/** The first full date (day, month and year) in a piece of text, with where it matched. */
export function findDate(text: string): { date: Date; index: number; length: number } | undefined {
  const candidates: { date: Date | undefined; index: number; length: number }[] = [];
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) candidates.push({ date: makeDate(+m[3], MONTHS[m[2].toLowerCase().replace('.', '')], +m[1], m[4] ? hour12(+m[4], m[6]) : 0, m[5] ? +m[5] : 0), index: m.index, length: m[0].length });
  m = MONTH_DAY_YEAR.exec(text);
  if (m) candidates.push({ date: makeDate(+m[3], MONTHS[m[1].toLowerCase().replace('.', '')], +m[2], m[4] ? hour12(+m[4], m[6]) : 0, m[5] ? +m[5] : 0), index: m.index, length: m[0].length });
  m = ISO.exec(text);
  if (m) {
    let date: Date | undefined;
    if (m[6]) {
      const parsed = new Date(m[0].replace(' ', 'T'));
      date = Number.isNaN(parsed.getTime()) ? undefined : parsed;
    } else date = makeDate(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
    candidates.push({ date, index: m.index, length: m[0].length });
  }
  const best = candidates.filter((c) => c.date).sort((a, b) => a.index - b.index)[0];
  return best ? { date: best.date!, index: best.index, length: best.length } : undefined;
}

/** A date value from a manifest, front matter or record: ISO strings, the forms above, epoch numbers, Date objects. */
export function parseDateValue(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') {
    // Seconds or milliseconds since 1970: seconds until the year 2286.
    const d = new Date(value < 1e10 ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const s = value.trim();
  const found = findDate(s);
  // The whole value must be the date (plus a weekday or time), not a date mentioned in a sentence.
  if (found && found.length >= s.replace(/^[A-Za-z]+day,?\s*/, '').length * 0.6) return found.date;
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return undefined;
}

/** /2021/03/09/, /2021-03-09/ or /20210309/ in a URL path. */
export function dateFromUrl(url: string): Date | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m =
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(pathname) ??
    /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/.exec(pathname) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/.exec(pathname);
  return m ? makeDate(+m[1], +m[2], +m[3]) : undefined;
}

/** A year in the URL path on its own (/2022/ or /2022/02/), a hint for "On Feb. 5" datelines. */
export function yearFromUrl(url: string): number | undefined {
  try {
    const m = /\/((?:19|20)\d{2})(?:\/|$)/.exec(new URL(url).pathname);
    return m ? +m[1] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a line is a dateline and nothing else ("9 Mar, 2021 11:05", "Published: March 9, 2021",
 * "Updated 2021-03-09 10:00 GMT"): such lines are metadata, not article text.
 */
export function datelineDate(line: string): Date | undefined {
  const s = line
    .trim()
    .replace(/^(published|updated|posted|last updated|first published|date)(\s+on)?\s*:?\s*/i, '')
    .replace(/^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*/i, '');
  const found = findDate(s);
  if (!found) return undefined;
  const rest = (s.slice(0, found.index) + s.slice(found.index + found.length)).replace(/[\s,|•·—–-]+/g, ' ').trim();
  // Allow a little leftover such as a zone name or "| Last updated", nothing sentence-like.
  return rest.split(' ').filter(Boolean).length <= 3 && !/[.!?]$/.test(rest) ? found.date : undefined;
}

/**
 * The publication date in article text: a dateline line near the top, a "CITY, March 9, 2021 —"
 * opening, or "On Feb. 5" in the opening paragraph when `yearHint` says which year. Dates further down
 * the text usually refer to other events and are ignored.
 */
export function dateFromText(lines: readonly string[], yearHint?: number): Date | undefined {
  const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
  const head = nonEmpty.slice(0, 12);
  for (const line of head) {
    const d = datelineDate(line);
    if (d) return d;
  }
  for (const line of head) {
    // Wire-style opening: "WASHINGTON, March 9, 2021 (Reuters) —" or "March 9, 2021 — The …"
    const m = /^(?:[A-Z][A-Za-z.' ]{1,40},\s*)?([^\s—–][^—–]{4,38}?[^\s—–])(?:\s*\([A-Za-z .]+\))?\s*[—–-]{1,2}\s/.exec(line);
    if (m) {
      const found = findDate(m[1]);
      if (found) return found.date;
    }
  }
  if (yearHint !== undefined) {
    for (const line of head.filter((l) => l.split(/\s+/).length >= 12).slice(0, 2)) {
      const m = MONTH_DAY.exec(line);
      if (m) return makeDate(yearHint, MONTHS[m[1].toLowerCase().replace('.', '')], +m[2]);
    }
  }
  return undefined;
}

/** Collapse whitespace and trim; titles from <title> or manifests often carry newlines and padding. */
export function tidyTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * "Big news | BBC News" → "Big news": strips a site-name suffix when the suffix is the outlet's name
 * (or a short "X News"-style tail), never the only part of the title.
 */
export function stripSiteSuffix(title: string, outlet?: string): string {
  const t = tidyTitle(title);
  const m = /^(.{9,}?\S)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(t);
  if (!m) return t;
  const tail = m[2].trim().toLowerCase();
  const own = outlet?.toLowerCase();
  if ((own && (tail.includes(own) || own.includes(tail))) || /\b(news|times|post|daily|online|\.com|\.org)\b/.test(tail)) return m[1].trim();
  return t;
}

/** First sentence of a body, shortened at a word boundary: the fallback title when none is known. */
export function titleFromBody(body: string, maxChars = 120): string {
  const first = body.trim().split('\n')[0] ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/.exec(first)?.[1] ?? first;
  if (sentence.length <= maxChars) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, maxChars);
  return trimEndWhere(cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)), /[,;:\s]/) + '…';
}
