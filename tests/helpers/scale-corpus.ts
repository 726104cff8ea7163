/**
 * A generated corpus of many outlets, all text written here: 60 outlets (12 of each lean), 120 events each covered
 * by six outlets of all five leans, and one planted event covered only by the right. For the scale e2e test and
 * for trying the dashboard by hand (scripts are not needed: import corpus() in a test or a tsx one-liner).
 */
import type { ArticleInput } from '@/lib/ingest/types';
import { LEANS } from '@/lib/outlets/leans';

export const PREFIXES = ['Northern', 'Coastal', 'Daily', 'Evening', 'Morning', 'Metro', 'Valley', 'Capital', 'Union', 'Citizen', 'Frontier', 'Civic'];
const SUFFIXES = ['Ledger', 'Courier', 'Gazette', 'Post', 'Herald'];
/** 60 outlets; outlet i leans LEANS[i % 5], so each lean has 12. */
export const OUTLETS = PREFIXES.flatMap((p) => SUFFIXES.map((s) => `${p} ${s}`)).map((name, i) => ({ name, lean: LEANS[i % 5] }));
const TOWNS = ['Alder', 'Birch', 'Cedar', 'Dun', 'Elm', 'Fen', 'Glen', 'Holm', 'Ivy', 'Juniper', 'Kell', 'Larch'];
const TOPICS = ['harbour plan', 'school budget', 'bridge repair', 'water tariff', 'bus route', 'library hours', 'park lease', 'housing permit', 'clinic merger', 'ferry contract'];
export const EVENTS = 120;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** Event e: its title, day and the outlets that covered it (one of each lean and one more: never one-sided). */
export function event(e: number) {
  const town = `${TOWNS[e % TOWNS.length]}${['ford', 'wick', 'stead', 'mere', 'ton', 'by', 'ham', 'worth', 'ley', 'dale'][Math.floor(e / TOWNS.length) % 10]}`;
  return {
    title: `${TOPICS[e % TOPICS.length]} vote in ${town}`.replace(/^./, (c) => c.toUpperCase()),
    day: new Date(START + e * DAY),
    outlets: [0, 1, 2, 3, 4, 5].map((k) => (e * 7 + k * 11) % OUTLETS.length),
    town,
  };
}

export const PLANTED = { title: 'Quarry levy dispute in Westmere', outlets: [3, 4, 8, 9, 14], day: new Date(START + 40 * DAY) }; // lean-right and right only
export const CODEWORD = 'Zephyrine'; // in the text (not the title) of event 17's articles only

function body(outlet: string, lean: string, title: string, town: string, extra = ''): string {
  const tone =
    lean === 'left' || lean === 'lean-left'
      ? 'Critics called the decision a reckless giveaway, while residents said they felt ignored.'
      : lean === 'center'
        ? 'Officials said the decision may be reviewed next month, according to a council spokesperson.'
        : 'Supporters praised the decision as a bold and overdue step, while opponents warned of costs.';
  return `${outlet} reports on the ${title.toLowerCase()}. The council in ${town} met on Tuesday and voted after a long debate. ${tone} Some members said the plan could still change, and the vote may be challenged. ${extra}The measure takes effect next year, the clerk said.`;
}

export function corpus(): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (let e = 0; e < EVENTS; e++) {
    const ev = event(e);
    for (const i of ev.outlets) {
      const o = OUTLETS[i];
      out.push({
        outlet: o.name,
        title: `${ev.title}: ${o.name} report`,
        body: body(o.name, o.lean, ev.title, ev.town, e === 17 ? `The tugboat ${CODEWORD} stood by in the harbour. ` : ''),
        publishedAt: ev.day,
        event: ev.title,
        sourceFile: `gen/${e}-${i}.txt`,
      });
    }
  }
  for (const i of PLANTED.outlets) {
    const o = OUTLETS[i];
    out.push({ outlet: o.name, title: `${PLANTED.title}, says ${o.name}`, body: body(o.name, o.lean, PLANTED.title, 'Westmere'), publishedAt: PLANTED.day, event: PLANTED.title, sourceFile: `gen/planted-${i}.txt` });
  }
  return out;
}

