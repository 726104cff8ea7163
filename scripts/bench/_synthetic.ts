/**
 * A synthetic corpus for the database benchmarks (score, store, pages): `size` articles from `outlets` outlets
 * about `events` events, deterministic for a seed, dated over several years.
 *
 * Text: the sentences of the demo articles (data/demo/*.txt, cleaned by the ingest cleaner, split by the ingest
 * splitter once), recombined per event. Each event swaps the demo's people for its own invented pair (or keeps
 * the real ones, so gazetteer actors stay common), and every article swaps the numbers, picks its own subset and
 * order of the event's sentences, adds unrelated filler and opens with a dateline. Each article also carries its
 * sentence spans (`sentences`), known by construction, so benchmarks can store it without re-splitting 100k
 * bodies (about 3 ms per article with compromise's tokenizer: five minutes of a 100k benchmark).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '@/lib/analysis/stats';
import type { SentenceSpan } from '@/lib/analysis/types';
import { cleanText } from '@/lib/ingest/clean';
import { splitSentences } from '@/lib/ingest/sentences';
import type { ArticleInput } from '@/lib/ingest/types';

export interface SyntheticOptions {
  size: number;
  /** Outlets (default 12). */
  outlets?: number;
  /** Events (default: one per 3.5 articles, as in a feed where 2–5 outlets cover each happening). */
  events?: number;
  seed?: number;
  /** First year of the date range (default 2019) and its length in years (default 5). */
  startYear?: number;
  years?: number;
}

export interface SyntheticArticle extends ArticleInput {
  /** Sentence spans into `body`, as the store takes them (IngestOptions.sentences). */
  sentences: SentenceSpan[];
  /** The event the generator wrote this article about (not a pin: ArticleInput.event is left unset). */
  goldEvent: number;
}

const OUTLET_NAMES = [
  'Global Wire', 'Daily Ledger', 'Eastern Herald', 'The Continental', 'Morning Tribune', 'Liberty Post', 'People’s Voice',
  'The Sentinel', 'Capital Review', 'Northern Star', 'World Dispatch', 'The Observer Weekly', 'Harbor Times', 'Civic Journal',
];
// People of the demo texts, longest spelling first so "Wang Yi" is swapped before "Wang".
const FIRST_PERSON = ['Wang Yi', 'Xi Jinping', 'Anatoly Antonov', 'Wang', 'Xi', 'Antonov'];
const SECOND_PERSON = ['Sergey Lavrov', 'Vladimir Putin', 'Qin Gang', 'Lavrov', 'Putin', 'Qin'];
const MINOR_PLACES = ['Nanning', 'Guilin', 'Xinjiang'];
const GIVEN = ['Anton', 'Mirela', 'Tomas', 'Irina', 'Kofi', 'Lena', 'Dario', 'Ana', 'Pavel', 'Yusuf', 'Marta', 'Oleg', 'Nadia', 'Viktor', 'Sofia', 'Rafael'];
const FAMILY = ['Markov', 'Halvorsen', 'Okafor', 'Brandt', 'Castillo', 'Novak', 'Petrenko', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Demir', 'Rossi', 'Varga', 'Sato', 'Ivanova'];
const PLACES = ['Tashkent', 'Almaty', 'Baku', 'Vladivostok', 'Harbin', 'Astana', 'Bishkek', 'Dushanbe', 'Ulaanbaatar', 'Yerevan', 'Tbilisi', 'Minsk'];
const VERBS = ['meet in', 'hold talks in', 'sign accord in', 'clash over sanctions in', 'pledge cooperation in', 'condemn the West in'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: string[]) => new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`, 'g');

let pool: string[] | null = null;

/** The demo sentences as the ingest cleaner and splitter see them; 6–60 words, no stray furniture. */
function demoSentences(): string[] {
  if (pool) return pool;
  const dir = path.resolve(import.meta.dirname, '../../data/demo');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const { body } = cleanText(readFileSync(path.join(dir, f), 'utf8'));
    for (const s of splitSentences(body)) {
      const text = body.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      const words = text.split(' ').length;
      if (words >= 6 && words <= 60) out.push(text);
    }
  }
  pool = [...new Set(out)];
  return pool;
}

/** The corpus, article by article (events in date order), so callers can stream it. */
export function* syntheticArticles(options: SyntheticOptions): Generator<SyntheticArticle> {
  const { size, seed = 20240601, startYear = 2019, years = 5 } = options;
  const outletCount = Math.max(1, options.outlets ?? 12);
  const eventCount = Math.max(1, Math.min(size, options.events ?? Math.ceil(size / 3.5)));
  const rand = seededRandom(seed); // the same seed, the same corpus on every run
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const sentences = demoSentences();
  const outlets = Array.from({ length: outletCount }, (_, i) => (i < OUTLET_NAMES.length ? OUTLET_NAMES[i] : `${OUTLET_NAMES[i % OUTLET_NAMES.length]} ${Math.floor(i / OUTLET_NAMES.length) + 1}`));
  const firstRe = alternation(FIRST_PERSON);
  const secondRe = alternation(SECOND_PERSON);
  const placeRe = alternation(MINOR_PLACES);
  const start = Date.UTC(startYear, 0, 1);
  const span = years * 365;
  // Event days, sorted, so the corpus reads like a feed in date order.
  const days = Array.from({ length: eventCount }, () => Math.floor(rand() * span)).sort((a, b) => a - b);
  const seen = new Set<string>();
  let produced = 0;
  for (let e = 0; e < eventCount; e++) {
    const perEvent = Math.floor(size / eventCount) + (e < size % eventCount ? 1 : 0);
    // Half the events keep the demo's real people (gazetteer actors); the others get an invented pair.
    const real = rand() < 0.5;
    const a = real ? null : `${pick(GIVEN)} ${pick(FAMILY)}`;
    const b = real ? null : `${pick(GIVEN)} ${pick(FAMILY)}`;
    const place = pick(PLACES);
    const localise = (s: string) => {
      let t = s.replace(placeRe, place);
      if (a && b) {
        t = t.replace(firstRe, (m) => (m.includes(' ') ? a : a.split(' ')[1])).replace(secondRe, (m) => (m.includes(' ') ? b : b.split(' ')[1]));
      }
      return t;
    };
    const core = Array.from({ length: 10 + Math.floor(rand() * 6) }, () => localise(pick(sentences)));
    const covering = [...outlets];
    for (let k = covering.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1)); // Fisher–Yates: a comparator-based shuffle is engine-dependent
      [covering[k], covering[j]] = [covering[j], covering[k]];
    }
    covering.length = Math.min(covering.length, 2 + Math.floor(rand() * 4));
    const verb = pick(VERBS);
    const aName = a ?? 'Wang Yi';
    const bName = b ?? 'Sergey Lavrov';
    for (let k = 0; k < perEvent && produced < size; k++) {
      const outlet = covering[k % covering.length];
      const date = new Date(start + (days[e] + Math.floor(rand() * 3)) * 86_400_000 + Math.floor(rand() * 86_400) * 1000);
      let body = '';
      let spans: SentenceSpan[] = [];
      for (let attempt = 0; ; attempt++) {
        const mine = core.filter(() => rand() < 0.75);
        for (let f = 0; f < 3; f++) mine.splice(Math.floor(rand() * (mine.length + 1)), 0, pick(sentences)); // filler
        // Swap the figures: same number of digits, new values; years stay years.
        const text = mine.map((s) =>
          s.replace(/\d+/g, (d) => (/^(19|20)\d\d$/.test(d) ? String(startYear - 3 + Math.floor(rand() * (years + 3))) : String(Math.floor(10 ** (d.length - 1) + rand() * 9 * 10 ** (d.length - 1))))),
        );
        text[0] = `${place.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (${outlet}) — ${text[0]}`;
        ({ body, spans } = paragraphs(text, rand));
        if (!seen.has(body) || attempt > 5) break;
      }
      seen.add(body);
      const title = rand() < 0.5 ? `${aName.split(' ')[1]} and ${bName.split(' ')[1]} ${verb} ${place}` : body.slice(spans[1]?.start ?? 0).split(' ').slice(0, 11).join(' ');
      const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
      const domain = outlet.toLowerCase().replace(/[^a-z0-9]+/g, '');
      yield {
        outlet,
        title,
        body,
        url: `https://${domain}.example/${date.toISOString().slice(0, 10).replace(/-/g, '/')}/${slug}-${produced}`,
        publishedAt: date,
        sourceFile: `synthetic/${String(produced).padStart(6, '0')}.txt`,
        sentences: spans,
        goldEvent: e,
      };
      produced++;
    }
  }
}

/** Sentences into paragraphs of one to three, joined as the cleaner joins them ("\n\n"), with their spans. */
function paragraphs(sentences: string[], rand: () => number): { body: string; spans: SentenceSpan[] } {
  const spans: SentenceSpan[] = [];
  let body = '';
  let i = 0;
  while (i < sentences.length) {
    const n = 1 + Math.floor(rand() * 3);
    if (body) body += '\n\n';
    for (let k = 0; k < n && i < sentences.length; k++, i++) {
      if (k > 0) body += ' ';
      spans.push({ index: spans.length, start: body.length, end: body.length + sentences[i].length });
      body += sentences[i];
    }
  }
  return { body, spans };
}

/** The whole corpus as an array (fine up to 100k articles: about 250 MB). */
export function syntheticCorpus(options: SyntheticOptions): SyntheticArticle[] {
  return [...syntheticArticles(options)];
}

/** Spans for IngestOptions.sentences: the generator's own. */
export const syntheticSpans = (article: ArticleInput): SentenceSpan[] => (article as SyntheticArticle).sentences;
