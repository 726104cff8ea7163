import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { sentenceCounts } from '@/lib/analysis/sentence-figures';
import type { Marker } from '@/lib/analysis/types';
import { assignVoice, foldVoice, keysForVoice, parseVoice } from '@/lib/analysis/voice';
import { hasVoice } from '@/lib/analysis/voice-metrics';
import { splitSentences } from '@/lib/ingest/sentences';

const analyse = (body: string) => analyzeArticle(body, splitSentences(body));
const marker = (body: string, word: string, family = 'loaded', label = 'word'): Marker => {
  const start = body.indexOf(word);
  return { family, label, sentenceIndex: 0, start, end: start + word.length, text: word, rule: 'test', weight: 1 };
};

describe('assignVoice', () => {
  it('gives a word inside a quotation the quoted voice and the speaker, the same word outside the writer’s', () => {
    const body = '“They are thugs,” said Putin. Critics called the guards thugs.';
    const inside = marker(body, 'thugs');
    const outside = { ...marker(body, 'guards thugs'), start: body.lastIndexOf('thugs'), end: body.lastIndexOf('thugs') + 5, text: 'thugs' };
    const quote = { start: 0, end: body.indexOf('”') + 1, speaker: 'Putin' };
    assignVoice([inside, outside], [quote]);
    expect(inside).toMatchObject({ voice: 'quoted', speaker: 'Putin' });
    expect(outside.voice).toBe('writer');
    expect(outside.speaker).toBeUndefined();
  });

  it('names the innermost quotation’s speaker, keeps an outer speaker for a scare quote inside, and leaves a quote’s own marker to the writer', () => {
    const body = '“We fight ‘colour revolutions’ and foreign thugs,” Wang said, while ‘experts’ disagreed.';
    const outer = { start: 0, end: body.indexOf('”') + 1, speaker: 'Wang' };
    const inner = { start: body.indexOf('‘colour'), end: body.indexOf('’ and') + 1 };
    const scare = { start: body.indexOf('‘experts'), end: body.indexOf('’ dis') + 1 };
    const words = [marker(body, 'colour'), marker(body, 'thugs'), marker(body, 'experts'), marker(body, 'disagreed', 'report-verb', 'neutral')];
    const quoteMarker = { ...marker(body, body.slice(outer.start, outer.end), 'quote', 'attributed') };
    assignVoice([...words, quoteMarker], [outer, inner, scare]);
    expect(words.map((m) => [m.voice, m.speaker])).toEqual([
      ['quoted', 'Wang'],
      ['quoted', 'Wang'],
      ['quoted', undefined],
      ['writer', undefined],
    ]);
    expect(quoteMarker.voice).toBe('writer');
  });

  it('does not call a marker quoted when it only overlaps a quotation', () => {
    const body = 'He called it “a plan” of sorts.';
    const across = marker(body, 'it “a plan”');
    assignVoice([across], [{ start: body.indexOf('“'), end: body.indexOf('”') + 1 }]);
    expect(across.voice).toBe('writer');
  });
});

describe('voice in the analysis', () => {
  const quoted = '“The protesters are vicious thugs and radical extremists,” said Putin.';
  const own = 'The protesters are vicious thugs and radical extremists, the newspaper wrote.';

  it('counts loaded and sentiment words of a quote in the quoted voice, with the speaker, and the same words in the writer’s own sentence as the writer’s', () => {
    const a = analyse(quoted);
    const vicious = a.markers.find((m) => m.family === 'loaded' && m.text === 'vicious')!;
    expect(vicious).toMatchObject({ voice: 'quoted', speaker: 'Putin' });
    expect(a.figures['loaded.word'].count).toBe(0);
    // Every loaded word the model shows for the quoted sentence counts in the quoted voice.
    const words = a.markers.filter((m) => m.family === 'loaded' && m.label === 'word').length;
    expect(words).toBeGreaterThan(0);
    expect(a.figures['loaded.word@quoted'].count).toBe(words);
    expect(a.figures.loaded.count).toBe(0);
    expect(a.figures['loaded@quoted'].count).toBe(1);
    expect(a.figures['sentiment.negative'].count).toBe(0);
    expect(a.figures['sentiment.negative@quoted'].count).toBeGreaterThan(0);
    expect(a.measures['sentiment.score']).toBe(0);
    expect(a.measures['sentiment.score@quoted']).toBeLessThan(0);
    // The attribution around the quote is the writer's.
    expect(a.markers.filter((m) => m.family === 'report-verb' || m.family === 'source' || m.family === 'quote').every((m) => m.voice === 'writer')).toBe(true);

    const b = analyse(own);
    expect(b.markers.find((m) => m.text === 'vicious')!.voice).toBe('writer');
    expect(b.figures['loaded.word'].count).toBe(b.markers.filter((m) => m.family === 'loaded' && m.label === 'word').length);
    expect(b.figures['loaded.word'].count).toBeGreaterThan(0);
    expect(b.figures['loaded.word@quoted'].count).toBe(0);
    expect(b.measures['sentiment.score']).toBeLessThan(0);
  });

  it('every marker inside a quotation the parse found is quoted', () => {
    const body = 'Officials said the plan was fine. “This is a disaster and a shameful betrayal,” the senator said. “Terrible,” she added.';
    const a = analyse(body);
    const spans = a.quotations;
    expect(spans.length).toBe(2);
    for (const m of a.markers) {
      const inside = spans.some((q) => q.start <= m.start && m.end <= q.end && !(q.start === m.start && q.end === m.end));
      if (m.family !== 'loaded' || m.label !== 'sentence') expect(m.voice, `${m.family} ${m.text}`).toBe(inside ? 'quoted' : 'writer');
    }
  });

  it('splits sentence counts by voice so they add up to each voice’s figure', () => {
    const a = analyse(`${quoted} ${own}`);
    const counts = sentenceCounts(a);
    for (const [metric, f] of Object.entries(a.figures)) {
      const summed = [...(counts.get(metric)?.values() ?? [])].reduce((x, y) => x + y, 0);
      expect(summed, metric).toBe(f.count);
    }
  });
});

describe('voice in a URL', () => {
  it('defaults to the writer and refuses anything but writer, quoted or all', () => {
    expect(parseVoice(undefined)).toBe('writer');
    expect(parseVoice('')).toBe('writer');
    expect(parseVoice('quoted')).toBe('quoted');
    expect(parseVoice('all')).toBe('all');
    expect(parseVoice('Quoted')).toBeNull();
  });

  it('reads the writer’s figure, the quoted one under the same name (0 when none is stored), or their sum; a figure without voice stays', () => {
    const rows = [
      { id: 1, metric: 'hedge', count: 2 },
      { id: 1, metric: 'hedge@quoted', count: 3 },
      { id: 2, metric: 'hedge', count: 1 },
      { id: 1, metric: 'frame.economic', count: 4 },
    ];
    const fold = (voice: 'writer' | 'quoted' | 'all') =>
      foldVoice(rows, voice, (r) => r.id, hasVoice, (w, q, v) => ({ ...w, count: (v === 'all' ? w.count : 0) + (q?.count ?? 0) })).map((r) => `${r.id}:${r.metric}=${r.count}`);
    expect(fold('writer')).toEqual(['1:hedge=2', '2:hedge=1', '1:frame.economic=4']);
    expect(fold('quoted')).toEqual(['1:hedge=3', '2:hedge=0', '1:frame.economic=4']);
    expect(fold('all')).toEqual(['1:hedge=5', '2:hedge=1', '1:frame.economic=4']);
    expect(keysForVoice(['hedge'], 'writer')).toEqual(['hedge']);
    expect(keysForVoice(['hedge'], 'all')).toEqual(['hedge', 'hedge@quoted']);
  });
});

describe('voice of the analysis', () => {
  it('leaves words inside the writer’s scare quotes and titles in the writer’s voice (GUIDELINES.md §3.4)', () => {
    const body = 'The council passed the “reckless” levy on Monday. “This levy is reckless and cruel,” said Dana Ruiz.';
    const { markers, quotations } = analyse(body);
    expect(quotations.map((q) => q.kind)).toEqual(['scare', 'direct']);
    const at = (offset: number) => markers.filter((m) => m.start >= offset && m.family !== 'quote' && m.family !== 'scare-quote');
    const inScare = at(body.indexOf('reckless')).filter((m) => m.end <= body.indexOf('levy on'));
    const inQuote = at(body.indexOf('This levy'));
    expect(inScare.length).toBeGreaterThan(0);
    expect(inScare.every((m) => m.voice === 'writer')).toBe(true);
    expect(inQuote.filter((m) => m.end <= body.indexOf(',” said')).some((m) => m.voice === 'quoted' && m.speaker === 'Dana Ruiz')).toBe(true);
  });
});
