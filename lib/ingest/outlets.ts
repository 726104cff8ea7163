/**
 * Outlet names from web domains. The table is maintained by hand: add a row when a corpus brings a
 * new outlet, rather than guessing names from domains (reuters.com → "Reuters" is easy, but
 * huffpost.com → "HuffPost" and rt.com → "RT" are not derivable).
 */
export const OUTLET_DOMAINS: Readonly<Record<string, string>> = {
  'rt.com': 'RT',
  'theweek.com': 'The Week',
  'theweek.co.uk': 'The Week',
  'liberationnews.org': 'Liberation News',
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'afp.com': 'AFP',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'foxnews.com': 'Fox News',
  'cnn.com': 'CNN',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'axios.com': 'Axios',
  'thehill.com': 'The Hill',
  'huffpost.com': 'HuffPost',
  'huffingtonpost.com': 'HuffPost',
  'breitbart.com': 'Breitbart',
  'newsmax.com': 'Newsmax',
  'nypost.com': 'New York Post',
  'msnbc.com': 'MSNBC',
  'bloomberg.com': 'Bloomberg',
  'vox.com': 'Vox',
  'theatlantic.com': 'The Atlantic',
  'jacobin.com': 'Jacobin',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'theguardian.com': 'The Guardian',
  'telegraph.co.uk': 'The Telegraph',
  'dailymail.co.uk': 'Daily Mail',
  'independent.co.uk': 'The Independent',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'aljazeera.com': 'Al Jazeera',
  'dw.com': 'Deutsche Welle',
  'france24.com': 'France 24',
  'euronews.com': 'Euronews',
  'globaltimes.cn': 'Global Times',
  'xinhuanet.com': 'Xinhua',
  'news.cn': 'Xinhua',
  'chinadaily.com.cn': 'China Daily',
  'cgtn.com': 'CGTN',
  'scmp.com': 'South China Morning Post',
  'tass.com': 'TASS',
  'tass.ru': 'TASS',
  'sputniknews.com': 'Sputnik',
  'themoscowtimes.com': 'The Moscow Times',
  'kyivindependent.com': 'The Kyiv Independent',
  'timesofindia.indiatimes.com': 'The Times of India',
  'thehindu.com': 'The Hindu',
  'japantimes.co.jp': 'The Japan Times',
  'abc.net.au': 'ABC Australia',
  'cbc.ca': 'CBC',
  'haaretz.com': 'Haaretz',
  'timesofisrael.com': 'The Times of Israel',
  'presstv.ir': 'Press TV',
};

/** Lower-case host without "www." (and similar), or undefined when `url` is not an http(s) URL. */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.hostname.toLowerCase().replace(/^(www\d*|m|amp|mobile)\./, '');
  } catch {
    return undefined;
  }
}

/** Outlet for a host, walking up to parent domains (edition.cnn.com → cnn.com). */
export function outletFromHost(host: string): string | undefined {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = OUTLET_DOMAINS[parts.slice(i).join('.')];
    if (name) return name;
  }
  return undefined;
}

export function outletFromUrl(url: string): string | undefined {
  const host = hostOf(url);
  return host ? outletFromHost(host) : undefined;
}

const DOMAIN_IN_TEXT = /(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|cn|ru|ir|ca|jp|au|go\.com|com\.cn|co\.jp|net\.au))(?![\w-]|\.[a-z])/gi;
/** Longest first, so "The Washington Post" is tried before a shorter name inside it; compiled once. */
const OUTLET_NAMES = [...new Set(Object.values(OUTLET_DOMAINS))]
  .sort((a, b) => b.length - a.length)
  .map((name) => ({ name, short: name.length <= 4, re: new RegExp(`(?<![\\w])${escapeRe(name)}(?![\\w])`) }));

/**
 * Outlet from cues in the text. Page furniture names its own site ("Also on rt.com",
 * "Sign up for The Week's newsletters", "© 2024 BBC"), while article sentences cite other outlets
 * ("CNN reports"), so `furniture` — the lines the cleaner removed — is searched first, for domains
 * and names; the body only for a domain (never a name), and only when exactly one known outlet's
 * domain is mentioned.
 */
export function outletFromText(body: string, furniture: readonly string[] = []): string | undefined {
  const fromFurniture = knownDomains(furniture.join('\n'));
  if (fromFurniture.length > 0) return mostFrequent(fromFurniture);
  // Names: the one named on most furniture lines wins ("The Week" on five lines beats one "ABC News").
  const named: string[] = [];
  for (const line of furniture) {
    // Short names ("RT", "BBC") only on short lines or copyright lines, where a stray match is unlikely.
    const shortOk = line.split(/\s+/).length <= 4 || /©|copyright/i.test(line);
    for (const { name, short, re } of OUTLET_NAMES) {
      if (short && !shortOk) continue;
      if (re.test(line)) {
        named.push(name);
        break;
      }
    }
  }
  if (named.length > 0) return mostFrequent(named);
  const inBody = new Set(knownDomains(body));
  return inBody.size === 1 ? [...inBody][0] : undefined;
}

function knownDomains(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(DOMAIN_IN_TEXT)) {
    const name = outletFromHost(m[1]);
    if (name) found.push(name);
  }
  return found;
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties keep the first mentioned: Map preserves insertion order.
  let best = values[0];
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
