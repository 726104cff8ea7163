import { describe, expect, it } from 'vitest';
import { dateFromText, dateFromUrl, datelineDate, parseDateValue, stripSiteSuffix, titleFromBody, yearFromUrl } from '@/lib/ingest/metadata';
import { outletFromHost, outletFromText, outletFromUrl } from '@/lib/ingest/outlets';

const iso = (d: Date | undefined) => d?.toISOString();

describe('dates', () => {
  it('reads datelines in the usual forms', () => {
    expect(iso(datelineDate('9 Mar, 2021 11:05'))).toBe('2021-03-09T11:05:00.000Z');
    expect(iso(datelineDate('March 9, 2021'))).toBe('2021-03-09T00:00:00.000Z');
    expect(iso(datelineDate('2021-03-09'))).toBe('2021-03-09T00:00:00.000Z');
    expect(iso(datelineDate('Published: 3 May 2023, 6:15 pm'))).toBe('2023-05-03T18:15:00.000Z');
    expect(iso(datelineDate('Updated Tuesday, Mar. 9, 2021 at 3:05 p.m.'))).toBe('2021-03-09T15:05:00.000Z');
  });

  it('does not take a date from a sentence as a dateline', () => {
    expect(datelineDate('The treaty was signed on March 9, 2021, in Geneva after long talks.')).toBeUndefined();
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(datelineDate('30 Feb 2021')).toBeUndefined();
    expect(parseDateValue('2021-13-01')).toBeUndefined();
  });

  it('reads dates from URL paths', () => {
    expect(iso(dateFromUrl('https://www.reuters.com/world/2021/03/09/story-slug/'))).toBe('2021-03-09T00:00:00.000Z');
    expect(iso(dateFromUrl('https://example.com/news/2021-03-09-story'))).toBe('2021-03-09T00:00:00.000Z');
    expect(dateFromUrl('https://example.com/news/story-12345')).toBeUndefined();
    expect(yearFromUrl('https://liberationnews.org/2022/02/summit/')).toBe(2022);
  });

  it('reads a dateline near the top of the text, not dates further down', () => {
    expect(iso(dateFromText(['icons', '9 Mar, 2021 11:05', '', 'Headline here']))).toBe('2021-03-09T11:05:00.000Z');
    expect(iso(dateFromText(['WASHINGTON, March 9, 2021 (Reuters) — The Senate passed the bill.']))).toBe('2021-03-09T00:00:00.000Z');
  });

  it('takes "On Feb. 5" only when the year is known', () => {
    const text = ['Headline', 'On Feb. 5, Chinese President Xi Jinping hosted Russian President Vladimir Putin for a high-profile summit in Beijing.'];
    expect(dateFromText(text)).toBeUndefined();
    expect(iso(dateFromText(text, 2022))).toBe('2022-02-05T00:00:00.000Z');
  });

  it('parses stated date values', () => {
    expect(iso(parseDateValue('2021-03-09T11:05:00Z'))).toBe('2021-03-09T11:05:00.000Z');
    expect(iso(parseDateValue('2021-03-09T11:05:00+02:00'))).toBe('2021-03-09T09:05:00.000Z');
    expect(iso(parseDateValue(1615287900))).toBe('2021-03-09T11:05:00.000Z');
    expect(parseDateValue('last Tuesday')).toBeUndefined();
  });
});

describe('outlets', () => {
  it('maps URL domains through the table, parents included', () => {
    expect(outletFromUrl('https://www.rt.com/news/517400-china-russia/')).toBe('RT');
    expect(outletFromUrl('https://theweek.com/russia/1019303/putin-xi')).toBe('The Week');
    expect(outletFromUrl('https://liberationnews.org/united-against-u-s-aggression/')).toBe('Liberation News');
    expect(outletFromUrl('https://edition.cnn.com/2022/12/30/world/story')).toBe('CNN');
    expect(outletFromUrl('https://www.bbc.co.uk/news/uk-62535555')).toBe('BBC');
    expect(outletFromHost('news.bbc.com')).toBe('BBC');
    expect(outletFromUrl('https://unknown-site.example/a')).toBeUndefined();
    expect(outletFromUrl('not a url')).toBeUndefined();
  });

  it('finds the outlet in page furniture, not in what the article cites', () => {
    expect(outletFromText('body', ['Also on rt.com Russia & China’s partnership …'])).toBe('RT');
    expect(outletFromText('body', ['Sign up for The Week’s Free Newsletters', 'The Week', 'an ABC News reporter asked'])).toBe('The Week');
    expect(outletFromText('body', ['BBC News'])).toBe('BBC');
    expect(outletFromText('The meeting comes as Russia faces pressure, CNN reports.', [])).toBeUndefined();
    expect(outletFromText('More at theguardian.com.', [])).toBe('The Guardian');
  });
});

describe('titles', () => {
  it('strips a site-name suffix', () => {
    expect(stripSiteSuffix('Engineers explain the bridge cable fault | Harbour Herald', 'Harbour Herald')).toBe('Engineers explain the bridge cable fault');
    expect(stripSiteSuffix('Heatwave: hosepipe ban announced - BBC News')).toBe('Heatwave: hosepipe ban announced');
    expect(stripSiteSuffix('Russia - China relations')).toBe('Russia - China relations');
  });

  it('falls back to the first sentence, shortened at a word', () => {
    expect(titleFromBody('Short first sentence. Then more.')).toBe('Short first sentence');
    const long = titleFromBody('word '.repeat(60) + 'end.');
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith('…')).toBe(true);
  });
});
