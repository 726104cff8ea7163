/**
 * Checks the label tools on made-up sentences and the committed label files against the sample and ../shared.
 *   npx tsx scripts/labels/selfcheck.ts
 * (The project's vitest suite only collects tests/; this stays runnable without the corpus for the first part.)
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { agreement, readLabels } from './agreement';
import { bcubed, cohenKappa, exactMatch, f1, overlapMatch } from './compare';
import { actorRegistry, convertSentence, occurrences, slugify, type SentenceContext } from './convert';
import { components, merge } from './merge';
import { HAND_LABELS } from './records';
import { readSample } from './sample';
import type { LabelFile, WorkSentence } from './schema';

// ---- made-up text ----
const text = 'Intro line.\n\n“We may rebuild the pier,” Mayor Dana Ruiz said, calling the delay “a ‘so-called’ plan.” Ruiz’s aide may not comment.';
const start = text.indexOf('“We');
const ctx: SentenceContext = { id: 's001', record: 'made-up', text, start, end: text.length, sha: '0000000000000000' };

assert.deepEqual(occurrences('The House and the White House', 'House'), [4, 24]);
assert.deepEqual(occurrences('mayor may go', 'may'), [6], 'whole words only');
assert.deepEqual(occurrences('He said “no”.', '"no"'), [8], 'curly and straight quotes alike');
assert.equal(slugify('Kata’ib Hezbollah (KH)'), 'kataib-hezbollah-kh');

const problems: string[] = [];
const actors = actorRegistry({ 'Dana Ruiz': 'person' }, problems, 'made-up');
const entry: WorkSentence = {
  frames: ['policy'],
  markers: [
    { f: 'quote', k: 'direct', w: '“We may rebuild the pier,”', speaker: 'Mayor Dana Ruiz' },
    { f: 'quote', k: 'partial', w: '“a ‘so-called’ plan.”', speaker: 'Mayor Dana Ruiz' },
    { f: 'quote', k: 'scare', w: '‘so-called’' },
    { f: 'hedge', k: 'possibility', w: 'may', n: 1 },
    { f: 'report-verb', k: 'neutral', w: 'said', speaker: 'Mayor Dana Ruiz' },
    { f: 'report-verb', k: 'neutral', w: 'comment', speaker: { w: 'aide' } },
    { f: 'source', k: 'named', w: 'Mayor Dana Ruiz' },
    { f: 'loaded', k: 'sentence' },
  ],
  actors: [
    { w: 'Dana Ruiz', actor: 'Dana Ruiz' },
    { w: 'Ruiz', n: 2, actor: 'dana-ruiz' },
  ],
};
const s = convertSentence(ctx, entry, actors, problems);
assert.deepEqual(problems, []);
const find = (fam: string, kind: string) => s.instances.find((i) => i.family === fam && i.kind === kind)!;
assert.equal(text.slice(find('hedge', 'possibility').start, find('hedge', 'possibility').end), 'may');
assert.equal(find('hedge', 'possibility').voice, 'quoted', 'a hedge inside a direct quote is quoted');
assert.equal(find('quote', 'scare').voice, 'quoted', 'a scare quote nested in a partial quote is the speaker’s');
assert.equal(find('report-verb', 'neutral').voice, 'writer');
assert.equal(find('source', 'named').speaker, undefined, 'writer-voice instances carry no speaker');
assert.equal(s.quotations.length, 2);
assert.equal(find('loaded', 'sentence').start, start);
assert.deepEqual(s.actors.map((m) => text.slice(m.start, m.end)), ['Dana Ruiz', 'Ruiz']);

// Problems are collected, not thrown: ambiguous and missing words, a missing speaker, overlapping mentions.
const bad: string[] = [];
convertSentence(ctx, { frames: [], markers: [{ f: 'hedge', k: 'possibility', w: 'may' }, { f: 'sentiment', k: 'negative', w: 'disaster' }, { f: 'report-verb', k: 'neutral', w: 'said' }], actors: [{ w: 'Dana Ruiz', actor: 'Dana Ruiz' }, { w: 'Ruiz', n: 1, actor: 'Dana Ruiz' }] }, actors, bad);
assert.equal(bad.length, 4, bad.join('\n'));
assert.match(bad[0], /occurs 2 times/);
assert.match(bad[1], /not in the sentence/);
assert.match(bad[2], /needs speaker/);
assert.match(bad[3], /overlap/);

// ---- statistics ----
assert.equal(f1(3, 4, 4), 0.75);
assert.ok(Number.isNaN(f1(0, 0, 0)));
assert.equal(cohenKappa([['a', 'a'], ['b', 'b'], ['a', 'b'], ['b', 'a']]), 0);
assert.equal(cohenKappa([['a', 'a'], ['b', 'b']]), 1);
assert.deepEqual(bcubed(['x', 'x', 'y'], ['x', 'x', 'y']), { precision: 1, recall: 1, f1: 1 });
assert.equal(bcubed(['x', 'x'], ['p', 'q']).precision, 0.5);
assert.deepEqual(exactMatch([{ start: 0, end: 3 }], [{ start: 0, end: 4 }]), []);
assert.deepEqual(overlapMatch([{ start: 0, end: 3 }, { start: 5, end: 9 }], [{ start: 1, end: 8 }]), [[1, 0]]);
assert.equal(components([{ start: 0, end: 3 }], [{ start: 2, end: 5 }, { start: 9, end: 10 }]).length, 2);

const fileA: LabelFile = { format: 'parallax-hand-labels/1', annotator: 'A', guidelines: '1', sentences: [s] };
const other = structuredClone(s);
other.instances = other.instances.filter((i) => i.family !== 'hedge');
other.frames = ['legality'];
const fileB: LabelFile = { ...fileA, annotator: 'B', sentences: [other] };
const { items, merged } = merge(fileA, fileB);
assert.deepEqual(items.map((i) => `${i.what}:${i.family ?? ''}`).sort(), ['frames:', 'instance:hedge']);
assert.equal(merged.sentences[0].instances.length, s.instances.length - 1);
const rows = agreement(fileA, fileB, new Map([['made-up', text]])).rows;
assert.equal(rows.find((r) => r.item === 'hedge')!.exact, 0);
assert.equal(rows.find((r) => r.item === 'quote')!.exact, 1);
assert.equal(rows.find((r) => r.item === 'voice (words)')!.kappa, 1);
console.log('tools: ok (made-up sentences)');

// ---- committed files ----
const { sample } = readSample();
const byId = new Map(sample.sentences.map((x) => [x.id, x]));
for (const file of ['pilot.json', 'labels.json', 'annotator-A.json', 'annotator-B.json']) {
  const p = path.join(HAND_LABELS, file);
  if (!existsSync(p)) continue;
  const labels = readLabels(p);
  for (const x of labels.sentences) {
    const y = byId.get(x.id);
    assert.ok(y && y.record === x.record && y.start === x.start && y.end === x.end && y.sha === x.sha, `${file}: ${x.id} does not match sample.json`);
    for (const i of [...x.instances, ...x.actors, ...x.quotations]) assert.ok(i.start >= x.start && i.end <= x.end, `${file}: ${x.id}: a span leaves its sentence`);
  }
  console.log(`${file}: ${labels.sentences.length} sentences match sample.json and ../shared`);
}
