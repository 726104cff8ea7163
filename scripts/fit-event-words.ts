/**
 * `npx tsx scripts/fit-event-words.ts [--data DIR] [--min N] [--event-lift X] [--tone-lift Y] [--marked S]`
 * Decides from annotated news which AFINN words carry tone and which name an event or a topic ("event words"),
 * for lib/analysis/sentiment.ts. Two measurements per single-word AFINN entry (lower-cased surface form, as AFINN
 * lists it):
 * 1. NewsMTSC train (Hamborg & Donnay 2021; each sentence's targets are annotated negative / neutral / positive).
 *    A sentence *agrees* with the word when one of its targets has the word's sign, else it *disagrees* (read
 *    neutral, or the other way, toward every target). Agreement is read against chance, the share of all sentences
 *    with a target of that sign (negative 38%, positive 28%): a word that carries no tone still lands in toned
 *    sentences that often. lift = (agree / n) / chance ("killed" 0.92, "crisis" 0.99; "praised" 2.59).
 * 2. BABE SG2 train part (Spinde et al. 2021; babeSplit): the share of the word's sentences in which annotators
 *    marked it as a biased word.
 * A word is **tone** when the data shows it carrying tone: lift > `--tone-lift` over >= `--min` NewsMTSC sentences,
 * or marked in more than `--marked` of its BABE sentences. It is an **event word** when measured (>= `--min`
 * NewsMTSC sentences) with lift <= `--event-lift` and not marked in BABE more than `--marked`: its sign agrees with
 * annotated tone no more often than any word's. Everything else is unmeasured (too rare to decide) and, like event
 * words, does not count as tone. Writes lib/analysis/lexicons/tone-words.json with every word's counts.
 */
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import en from 'sentiment/languages/en/index.js';
import { words } from '@/lib/analysis/tokens';
import { babeSplit } from '@/lib/analysis/loaded';
import { loadBabe } from './fit-loaded';

interface Target {
  polarity: number;
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
    min: { type: 'string', default: '5' },
    'event-lift': { type: 'string', default: '1.2' },
    'tone-lift': { type: 'string', default: '1.5' },
    marked: { type: 'string', default: '0.1' },
    out: { type: 'string', default: path.resolve(import.meta.dirname, '../lib/analysis/lexicons/tone-words.json') },
  },
});
const min = Number(values.min);
const eventLift = Number(values['event-lift']);
const toneLift = Number(values['tone-lift']);
const markedShare = Number(values.marked);
for (const [name, x] of Object.entries({ min, 'event-lift': eventLift, 'tone-lift': toneLift, marked: markedShare })) {
  if (!Number.isFinite(x) || x < 0) throw new Error(`--${name}: expected a number >= 0, got ${values[name as keyof typeof values]}`);
}
const afinn = en.labels as Record<string, number>;
const single = (w: string): boolean => Object.hasOwn(afinn, w) && !w.includes(' ');

const mtsc = path.join(values.data!, 'newsmtsc', 'train.jsonl');
let text: string;
try {
  text = readFileSync(mtsc, 'utf8');
} catch (error) {
  throw new Error(`${mtsc}: cannot read NewsMTSC train (${(error as Error).message})`);
}
const counts = new Map<string, { n: number; agree: number }>();
const withSign = new Map<number, number>();
let sentences = 0;
for (const [k, line] of text.split('\n').entries()) {
  if (!line.trim()) continue;
  let row: { sentence_normalized: string; targets: Target[] };
  try {
    row = JSON.parse(line);
  } catch {
    throw new Error(`${mtsc}:${k + 1}: not JSON`);
  }
  sentences++;
  // NewsMTSC polarity: 2 = negative, 4 = neutral, 6 = positive.
  const signs = new Set(row.targets.map((t) => Math.sign(t.polarity - 4)));
  for (const sign of signs) withSign.set(sign, (withSign.get(sign) ?? 0) + 1);
  for (const w of new Set(words(row.sentence_normalized))) {
    if (!single(w)) continue;
    const c = counts.get(w) ?? { n: 0, agree: 0 };
    c.n++;
    if (signs.has(Math.sign(afinn[w]))) c.agree++;
    counts.set(w, c);
  }
}

const babeFile = path.join(values.data!, 'babe', 'final_labels_SG2.csv');
const babeRows = loadBabe(babeFile);
if (!babeRows) throw new Error(`${babeFile}: not found`);
const babe = new Map<string, { n: number; marked: number }>();
for (const r of babeRows) {
  if (babeSplit(r.text) !== 'train') continue;
  const marked = new Set(r.marked);
  for (const w of new Set(words(r.text))) {
    if (!single(w)) continue;
    const c = babe.get(w) ?? { n: 0, marked: 0 };
    c.n++;
    if (marked.has(w)) c.marked++;
    babe.set(w, c);
  }
}

const chance = (sign: number): number => (withSign.get(sign) ?? 0) / sentences;
const round = (x: number): number => Math.round(x * 100) / 100;
interface Entry {
  word: string;
  afinn: number;
  /** NewsMTSC sentences, agreeing ones, lift over chance. */
  mtsc: [number, number, number];
  /** BABE train sentences, marked ones. */
  babe: [number, number];
}
const tone: Entry[] = [];
const event: Entry[] = [];
let unmeasured = 0;
for (const word of [...new Set([...counts.keys(), ...babe.keys()])].sort()) {
  const c = counts.get(word) ?? { n: 0, agree: 0 };
  const b = babe.get(word) ?? { n: 0, marked: 0 };
  const lift = c.n ? c.agree / c.n / chance(Math.sign(afinn[word])) : 0;
  const e: Entry = { word, afinn: afinn[word], mtsc: [c.n, c.agree, round(lift)], babe: [b.n, b.marked] };
  const markedOften = b.n > 0 && b.marked / b.n > markedShare;
  if ((c.n >= min && lift > toneLift) || markedOften) tone.push(e);
  else if (c.n >= min && lift <= eventLift) event.push(e);
  else unmeasured++;
}
const bySentences = (a: Entry, b: Entry): number => b.mtsc[0] + b.babe[0] - (a.mtsc[0] + a.babe[0]) || (a.word < b.word ? -1 : 1);
writeFileSync(
  values.out!,
  JSON.stringify(
    {
      source: `NewsMTSC train.jsonl (${sentences} sentences; Hamborg & Donnay, EACL 2021, MIT); BABE SG2 train part (${babeRows.filter((r) => babeSplit(r.text) === 'train').length} sentences; Spinde et al. 2021)`,
      rule: `tone: NewsMTSC lift > ${toneLift} over >= ${min} sentences, or BABE-marked in > ${markedShare * 100}% of its sentences; event: >= ${min} NewsMTSC sentences, lift <= ${eventLift}, not BABE-marked that often; other AFINN words unmeasured (not tone)`,
      chance: { negative: Math.round(chance(-1) * 1000) / 1000, positive: Math.round(chance(1) * 1000) / 1000 },
      command: `npx tsx scripts/fit-event-words.ts --min ${min} --event-lift ${eventLift} --tone-lift ${toneLift} --marked ${markedShare}`,
      fields: { mtsc: '[NewsMTSC sentences, sentences agreeing with the AFINN sign, lift over chance]', babe: '[BABE train sentences, sentences where annotators marked it]' },
      tone: tone.sort(bySentences),
      event: event.sort(bySentences),
    },
    null,
    0,
  ).replace(/\{"word"/g, '\n{"word"') + '\n',
);
console.log(`${tone.length} tone words, ${event.length} event words, ${unmeasured} unmeasured AFINN words -> ${values.out}`);
