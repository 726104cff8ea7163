/**
 * `npx tsx scripts/fit-news-neutral.ts [--data DIR] [--min N] [--max-share X]`
 * Derives the news-neutral AFINN words from BABE (Spinde et al. 2021): an AFINN word that occurs in at least
 * `--min` sentences of BABE SG2's train part (babeSplit) and that annotators marked as a biased word in at most
 * `--max-share` of them is used descriptively in news ("war", "deaths", "approval", "support") and scores 0.
 * Writes lib/analysis/lexicons/news-neutral.json with each word's counts, so the list can be audited.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import en from 'sentiment/languages/en/index.js';
import { babeSplit } from '@/lib/analysis/loaded';
import { words } from '@/lib/analysis/tokens';
import { loadBabe } from './fit-loaded';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data') },
    min: { type: 'string', default: '3' },
    'max-share': { type: 'string', default: '0.1' },
  },
});
const file = path.join(values.data!, 'babe', 'final_labels_SG2.csv');
const rows = loadBabe(file);
if (!rows) throw new Error(`${file}: not found`);
const min = Number(values.min);
const maxShare = Number(values['max-share']);
const afinn = en.labels as Record<string, number>;
const seen = new Map<string, { n: number; marked: number }>();
for (const r of rows) {
  if (babeSplit(r.text) !== 'train') continue;
  const marked = new Set(r.marked);
  for (const w of new Set(words(r.text))) {
    if (!Object.hasOwn(afinn, w)) continue;
    const c = seen.get(w) ?? { n: 0, marked: 0 };
    c.n++;
    if (marked.has(w)) c.marked++;
    seen.set(w, c);
  }
}
const neutral = [...seen]
  .filter(([, c]) => c.n >= min && c.marked / c.n <= maxShare)
  .sort((a, b) => b[1].n - a[1].n)
  .map(([word, c]) => ({ word, afinn: afinn[word], sentences: c.n, marked: c.marked }));
const out = path.resolve(import.meta.dirname, '../lib/analysis/lexicons/news-neutral.json');
writeFileSync(
  out,
  JSON.stringify(
    {
      source: 'BABE SG2 train part (babeSplit), biased_words column',
      rule: `AFINN words in >= ${min} sentences, marked biased in <= ${maxShare * 100}% of them`,
      command: `npx tsx scripts/fit-news-neutral.ts --min ${min} --max-share ${maxShare}`,
      words: neutral,
    },
    null,
    1,
  ) + '\n',
);
console.log(`${neutral.length} news-neutral words of ${seen.size} AFINN words seen -> ${out}`);
