/**
 * Event grouping at corpus scale on a synthetic corpus with known events.
 * Figures: seconds to group 10k and 100k articles (1k and 10k with --quick), peak RSS, and the B³-F1 of the
 * largest run against the generator's events.
 *
 * The corpus: sentences of the demo articles (data/demo/*.txt) recombined per event, with the demo's people and
 * places replaced by invented names unique to each event, dates spread over five years, and each event covered
 * by 2-5 outlets that each pick their own subset and order of the event's sentences plus unrelated filler.
 * Every event is about the same countries, so events share much vocabulary: grouping must rely on the
 * specific actors, the sentences and the dates, as it would in a real feed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { groupArticles, type GroupingInput } from '@/lib/events/group';
import { bcubed } from '@/lib/events/metrics';
import { seededRandom as prng } from '@/lib/analysis/stats';
import type { BenchMetric, BenchTask } from './_types';

// People and places of the demo texts, each replaced by an event's own invented names.
const FIRST_ACTOR = ['Wang Yi', 'Xi Jinping', 'Anatoly Antonov', 'Wang', 'Xi', 'Antonov'];
const SECOND_ACTOR = ['Sergey Lavrov', 'Vladimir Putin', 'Qin Gang', 'Joe Biden', 'Lavrov', 'Putin', 'Qin', 'Biden', 'Yi'];
const PLACES = ['Nanning', 'Guilin', 'Beijing', 'Moscow', 'Xinjiang', 'Kyiv', 'Washington', 'Tehran'];
const SYLLABLES = 'ka ro vi len dor mi sa tu ne pol bar zin ek ul fa go han is jor kel mar nov ost pri ra sem tor ur vel'.split(' ');
const OUTLETS = ['wire', 'rt', 'week', 'liberation', 'herald', 'post', 'tribune'];
const VERBS = ['meet', 'hold talks', 'sign accord', 'clash over sanctions', 'pledge cooperation', 'condemn the West'];

function demoSentences(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../data/demo');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const s of text.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/)) {
      const words = s.trim().split(/\s+/).length;
      if (words >= 8 && words <= 45 && !/icon/.test(s)) out.push(s.replace(/\s+/g, ' ').trim());
    }
  }
  return out;
}

/** A deterministic corpus of `size` articles; gold[i] is the event of articles[i]. */
export function syntheticCorpus(size: number, seed = 20240601): { articles: GroupingInput[]; gold: string[] } {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const word = (parts: number) => {
    let w = '';
    for (let k = 0; k < parts; k++) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  const pool = demoSentences();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest names first so "Wang Yi" is replaced before "Wang".
  const actorRe = (names: string[]) => new RegExp(`\\b(${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
  const firstRe = actorRe(FIRST_ACTOR);
  const secondRe = actorRe(SECOND_ACTOR);
  const placeRe = actorRe(PLACES);
  const start = Date.UTC(2018, 0, 1);
  const articles: GroupingInput[] = [];
  const gold: string[] = [];
  for (let e = 0; articles.length < size; e++) {
    const a = `${word(2)} ${word(3)}`;
    const b = `${word(2)} ${word(3)}`;
    const place = word(3);
    const aLast = a.split(' ')[1];
    const bLast = b.split(' ')[1];
    const localise = (s: string) =>
      s
        .replace(firstRe, (m) => (m.includes(' ') ? a : aLast))
        .replace(secondRe, (m) => (m.includes(' ') ? b : bLast))
        .replace(placeRe, place);
    const sentences = Array.from({ length: 8 + Math.floor(rand() * 5) }, () => localise(pick(pool)));
    const day = Math.floor(rand() * 5 * 365);
    const outlets = [...OUTLETS];
    for (let k = outlets.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1)); // Fisher-Yates: a comparator-based shuffle is engine-dependent
      [outlets[k], outlets[j]] = [outlets[j], outlets[k]];
    }
    outlets.length = 2 + Math.floor(rand() * 4);
    const verb = pick(VERBS);
    for (const outlet of outlets) {
      if (articles.length >= size) break;
      const mine = sentences.filter(() => rand() < 0.75);
      for (let k = 0; k < 2; k++) mine.splice(Math.floor(rand() * (mine.length + 1)), 0, pick(pool)); // filler
      articles.push({
        id: `syn-${articles.length}`,
        title: rand() < 0.5 ? `${aLast} and ${bLast} ${verb} in ${place}` : mine[0].split(' ').slice(0, 12).join(' '),
        body: mine.join(' '),
        outlet,
        publishedAt: new Date(start + (day + Math.floor(rand() * 3)) * 86_400_000),
      });
      gold.push(`ev-${e}`);
    }
  }
  return { articles, gold };
}

const task: BenchTask = {
  name: 'grouping',
  async run({ quick }): Promise<BenchMetric[]> {
    // The issue's two sizes: 10k, and 100k (the size the rest of the bench scores).
    const sizes = quick ? [1_000, 10_000] : [10_000, 100_000];
    const metrics: BenchMetric[] = [];
    let f1 = 0;
    for (const size of sizes) {
      let { articles, gold } = syntheticCorpus(size);
      const t0 = process.hrtime.bigint();
      const { events } = groupArticles(articles);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const label = size >= 1_000 ? `${size / 1_000}k` : String(size);
      metrics.push({ metric: `grouping.seconds_${label}`, value: seconds, unit: 's' });
      const eventOf = new Map<string, string>();
      for (const e of events) for (const id of e.articleIds) eventOf.set(id, e.key);
      f1 = bcubed(articles.map((x) => eventOf.get(x.id)!), gold).f1;
      console.error(`grouping: ${size} articles → ${events.length} events in ${seconds.toFixed(1)} s, B³-F1 ${f1.toFixed(4)}`);
      articles = [];
      gold = [];
    }
    // maxRSS is in kilobytes and covers the whole process, generator included.
    metrics.push({ metric: 'grouping.peak_rss_mb', value: process.resourceUsage().maxRSS / 1024, unit: 'MiB' });
    metrics.push({ metric: 'grouping.synthetic_bcubed_f1', value: f1, unit: 'ratio' });
    return metrics;
  },
};
export default task;
