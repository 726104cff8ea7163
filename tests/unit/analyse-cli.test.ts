/**
 * `parallax analyse`, run as a user runs it, on files written here: every offset slices back to the marker's text in
 * the record's text as given (\r\n line ends included), records keep their ids, quoted words carry their speaker,
 * and an input that cannot be read is named with a non-zero exit.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/database';

interface Out {
  id: string | number;
  file: string;
  record?: number;
  text?: string;
  markers: Array<{ family: string; kind: string; start: number; end: number; text: string; rule: string; voice: string; speaker?: string; attrs: Record<string, string> }>;
  actors: Array<{ actor: string; name: string; type: string; start: number; end: number; text: string }>;
}

const FAMILIES = new Set(['sentiment', 'hedge', 'certainty', 'report-verb', 'source', 'quote', 'loaded', 'frame']);
const KINDS: Record<string, string[]> = {
  certainty: ['booster', 'intensifier', 'assertive', 'factive'],
  'report-verb': ['neutral', 'loaded'],
  quote: ['direct', 'partial', 'scare', 'title'],
  source: ['named', 'anonymous', 'pronoun'],
  sentiment: ['positive', 'negative'],
  loaded: ['word', 'sentence'],
};

const RECORDS = [
  { id: 'putin-1', text: '“The protesters are vicious thugs and radical extremists,” said Vladimir Putin on Tuesday.\n\nThe ministry may publish   the transcript later, officials said.' },
  { id: 42, text: 'Critics slammed the plan.\r\nIt could clearly fail, according to analysts in Beijing.\r\n\r\nThe so-called “reform” passed on Monday. Xi Jinping insisted it was “a great success”.' },
  { text: 'Officials said the talks were constructive. Nobody was hurt.' },
];

describe('parallax analyse', () => {
  const work = tempDir('parallax-analyse-');
  afterAll(() => work.remove());
  const file = (name: string, content: string) => {
    const p = path.join(work.dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('--json writes one object a line per record, with offsets into the text field as given', async () => {
    const jsonl = file('news.jsonl', RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = await runCli(['analyse', jsonl, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l) as Out);
    expect(out.map((o) => o.id)).toEqual(['putin-1', 42, `${jsonl}#3`]);
    let markers = 0;
    out.forEach((o, i) => {
      expect(o.file).toBe(jsonl);
      expect(o.text).toBeUndefined(); // the record's own text is the reference
      for (const m of o.markers) {
        expect(RECORDS[i].text.slice(m.start, m.end), `${m.family} ${m.text}`).toBe(m.text);
        expect(FAMILIES.has(m.family), m.family).toBe(true);
        if (KINDS[m.family]) expect(KINDS[m.family], `${m.family} ${m.kind}`).toContain(m.kind);
        expect(['writer', 'quoted']).toContain(m.voice);
        markers++;
      }
      for (const a of o.actors) expect(RECORDS[i].text.slice(a.start, a.end)).toBe(a.text);
    });
    expect(markers).toBeGreaterThan(15);
    const [putin, second] = out;
    const vicious = putin.markers.find((m) => m.family === 'loaded' && m.text === 'vicious')!;
    expect(vicious).toMatchObject({ voice: 'quoted', speaker: 'Vladimir Putin', kind: 'word' });
    expect(putin.markers.find((m) => m.family === 'hedge' && m.text === 'may')!.voice).toBe('writer');
    expect(putin.actors.map((a) => a.actor)).toContain('vladimir-putin');
    // After \r\n line ends the offsets still point into the text as given.
    expect(second.markers.find((m) => m.text === 'clearly')).toMatchObject({ family: 'certainty', kind: 'booster' });
    expect(second.actors.find((a) => a.text === 'Beijing')).toBeDefined();
    expect(second.markers.some((m) => m.family === 'quote' && m.kind === 'scare' && m.text === '“reform”')).toBe(true);
    expect(second.markers.some((m) => m.family === 'quote' && m.kind === 'partial' && m.text === '“a great success”')).toBe(true);
  });

  it('reads .json arrays and .txt files as ingest does; a .txt result carries the cleaned text its offsets point into', async () => {
    const json = file('list.json', JSON.stringify([{ id: 'a', title: 'Talks', text: RECORDS[0].text }]));
    const txt = file('story.txt', 'Talks resume\n\nThe brutal crackdown continued, the minister claimed.\n');
    const run = await runCli(['analyse', json, txt, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [a, b] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Out);
    expect(a).toMatchObject({ id: 'a', record: 1 });
    for (const m of a.markers) expect(RECORDS[0].text.slice(m.start, m.end)).toBe(m.text);
    expect(b.id).toBe(txt);
    expect(b.text).toContain('The brutal crackdown continued');
    expect(b.markers.length).toBeGreaterThan(0);
    for (const m of b.markers) expect(b.text!.slice(m.start, m.end)).toBe(m.text);
  });

  it('without --json lists each record with its words marked and every marker', async () => {
    const jsonl = file('one.jsonl', JSON.stringify(RECORDS[0]) + '\n');
    const run = await runCli(['analyse', jsonl]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`== ${jsonl} record 1 (id putin-1)`);
    expect(run.stdout).toContain('⟦thugs⟧{loaded}');
    expect(run.stdout).toMatch(/loaded\/word\s+quoted \(Vladimir Putin\)\s+"vicious"/);
  });

  it('names a bad file and exits non-zero, after analysing the good ones', async () => {
    const good = file('good.jsonl', JSON.stringify(RECORDS[2]) + '\n');
    const bad = file('bad.jsonl', '{"text": "fine record"}\n{"text": oops}\n');
    const run = await runCli(['analyse', good, bad, '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${bad}:2`);
    expect(run.stderr).toMatch(/not valid JSON/);
    expect(run.stdout.trim().split('\n')).toHaveLength(2); // good.jsonl and bad.jsonl's first record

    const missing = path.join(work.dir, 'nowhere.jsonl');
    const gone = await runCli(['analyse', missing]);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain('nowhere.jsonl');

    const none = await runCli(['analyse']);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('analyse needs at least one file or folder');
  });
});
