import { describe, expect, it } from 'vitest';
import { analyzeArticle, ANALYSIS_VERSION, FAMILIES } from '@/lib/analysis';
import { splitSentences } from '@/lib/ingest/sentences';
import type { Marker } from '@/lib/analysis/types';

function analyze(body: string) {
  return analyzeArticle(body, splitSentences(body));
}
function family(body: string, name: string): Marker[] {
  return analyze(body).markers.filter((m) => m.family === name);
}

describe('sentiment', () => {
  it('flips words inside a negation scope', () => {
    const plain = family('The plan is very good.', 'sentiment');
    expect(plain.map((m) => [m.text, m.weight])).toEqual([['good', 3]]);
    const negated = family('The plan is not very good.', 'sentiment');
    expect(negated.map((m) => [m.text, m.weight])).toEqual([['good', -3]]);
    expect(negated[0].rule).toContain('negated');
  });
  it('"no one is unhappy" is positive, "never been more unstable" stays negative', () => {
    // "doubts" (a stance verb, not an evaluation) is a news topic word since analysis/5, so the "no one" scope is shown on an adjective.
    expect(family('No one is unhappy with the result.', 'sentiment').map((m) => m.weight)).toEqual([2]);
    expect(family('The world has never been more unstable.', 'sentiment').map((m) => m.weight)).toEqual([-2]);
  });
  it('the scope ends at a comma or contrast word', () => {
    const m = family('It was not cheap, but the food was good.', 'sentiment');
    expect(m.find((x) => x.text === 'good')!.weight).toBe(3);
  });
  it('keeps "like" and "United" neutral in news', () => {
    expect(family('Like the United States, Canada joined.', 'sentiment')).toEqual([]);
  });
});

describe('hedges and certainty', () => {
  it('finds multi-word and single hedges, not their non-hedge uses', () => {
    const m = family('In my view the deal may fail. It was reportedly signed. Rather than wait, they left as soon as possible.', 'hedge');
    expect(m.map((x) => x.text)).toEqual(['In my view', 'may', 'reportedly']);
  });
  it('reads "May" mid-sentence as a month', () => {
    expect(family('The vote was held on 5 May in Paris.', 'hedge')).toEqual([]);
  });
  it('counts boosters, intensifiers, assertive and factive verbs, not negated ones', () => {
    // Since analysis/5 an intensifier needs a stance verb or gradable word ("strongly opposed", not "strongly revealed");
    // since analysis/7 an assertive needs a proposition ("insisted on it" has none, "insisted that …" has one).
    const m = family('Officials clearly insisted on it and strongly opposed the plan. They revealed that it failed. It is not clear that it works. He insisted that it works.', 'certainty');
    expect(m.map((x) => `${x.label}:${x.text}`)).toEqual(['booster:clearly', 'intensifier:strongly', 'factive:revealed', 'assertive:insisted']);
  });
});

describe('report verbs and sources', () => {
  it('labels neutral and loaded verbs with their speakers', () => {
    const body = 'Wang said the talks went well. "We are ready," said Putin. Beijing’s top diplomat has argued that sanctions fail. The minister insisted on a deal.';
    const m = family(body, 'report-verb');
    expect(m.map((x) => [x.rule, x.attrs?.speaker])).toEqual([
      ['neutral:say', 'Wang'],
      ['neutral:say', 'Putin'],
      ['neutral:argue', 'Beijing’s top diplomat'],
      ['loaded:insist', 'minister'],
    ]);
  });
  it('marks anonymous sources; an agentless passive names no source (guidelines §5, since analysis/5)', () => {
    const body = 'Officials said the plan failed. Analysts argued otherwise. The leader was said to be concerned. According to Reuters, talks resumed.';
    const m = family(body, 'source');
    expect(m.map((x) => [x.label, x.text])).toEqual([
      ['anonymous', 'Officials'],
      ['anonymous', 'Analysts'],
      ['named', 'Reuters'],
    ]);
  });
  it('does not read nouns or names as report verbs', () => {
    expect(family('The attack on the United States was a claim of the report.', 'report-verb')).toEqual([]);
  });
});

describe('quotes and scare quotes', () => {
  it('attributes direct quotes and measures the quoted share', () => {
    const body = '"We will never accept these sanctions," Lavrov said on Monday. He added that talks would continue.';
    const a = analyze(body);
    const q = a.markers.filter((m) => m.family === 'quote');
    expect(q).toHaveLength(1);
    expect(q[0].attrs?.speaker).toBe('Lavrov');
    expect(a.measures['quote.word_share']).toBeCloseTo(6 / 16, 5);
  });
  it('attributes a quote to a pronoun speaker no earlier name resolves, keeping the pronoun out of the speakers', () => {
    const q = family('“We will discourage illegal crossings,” she commented.', 'quote');
    expect(q.map((m) => [m.label, m.attrs?.speaker, m.attrs?.speakerText])).toEqual([['attributed', undefined, 'she']]);
    const named = family('Mayor Dana Ruiz said the border was calm. “We will discourage illegal crossings,” she said.', 'quote');
    expect(named.map((m) => [m.label, m.attrs?.speaker])).toEqual([['attributed', 'Mayor Dana Ruiz']]);
  });
  it('gives a quoted sentence with no speaker of its own the speaker of the sentence before, not after a question', () => {
    const speakers = (body: string) => family(body, 'quote').map((m) => m.attrs?.speaker);
    expect(speakers('“We care about the river,” Mayor Dana Ruiz said in a statement. “We can clean it without new taxes.”')).toEqual(['Mayor Dana Ruiz', 'Mayor Dana Ruiz']);
    expect(speakers('Governor Lee wrote on Monday. “The agency has failed to keep the state safe.”')).toEqual(['Governor Lee']);
    expect(speakers('“Why are you so sure he will change?” the reporter Dana Ruiz asked. “I am not sure he will change.”')).toEqual(['reporter Dana Ruiz', undefined]);
    expect(speakers('“We will act,” the mayor said.\n\n“The plan is dead and everyone in this room knows it.”')).toEqual(['mayor', undefined]);
  });
  it('finds short unattributed quotes in every mark style, never apostrophes', () => {
    const body = "Russia's leaders fight the ‘political virus’ and 'color revolutions' in the countries' concerns. Critics call it a \"hoax\". It is a “farce”. Don't worry about the '90s.";
    const m = family(body, 'scare-quote');
    expect(m.map((x) => x.text)).toEqual(['‘political virus’', "'color revolutions'", '“farce”']);
    // "hoax" follows "call": a naming verb attaches the quote to a speaker.
    expect(family(body, 'quote').map((x) => x.text)).toEqual(['"hoax"']);
  });
  it('keeps a plural possessive inside a single-quoted phrase', () => {
    const m = family("The ‘workers’ paradise’ myth endured.", 'scare-quote');
    expect(m.map((x) => x.text)).toEqual(['‘workers’ paradise’']);
  });
  it('treats quotes in a that-clause of a report verb as speech', () => {
    expect(family('He noted that the two are working "side by side" on vaccines.', 'scare-quote')).toEqual([]);
  });
});

describe('loaded language and frames', () => {
  it('gives a probability per sentence and word evidence for loaded sentences', () => {
    const a = analyze('The radical, corrupt regime viciously crushed dissent. The meeting took place on Tuesday.');
    expect(a.sentences[0].loaded!).toBeGreaterThan(a.sentences[1].loaded!);
    const words = a.markers.filter((m) => m.family === 'loaded' && m.label === 'word');
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w.weight).toBeGreaterThan(0);
  });
  it('assigns frames by cue words', () => {
    const a = analyze('The court ruled the law unconstitutional. Tariffs raised prices for businesses. The weather was nice.');
    expect(a.sentences.map((s) => s.frames)).toEqual([['legality'], ['economic'], []]);
    expect(a.figures['frame.legality'].count).toBe(1);
    expect(a.figures['frame.economic'].count).toBe(1);
  });
});

describe('figures', () => {
  it('has a figure for every metric key of every family and a rate per 100 words', () => {
    const a = analyze('Officials clearly said the plan may fail.');
    for (const f of FAMILIES) for (const key of f.metrics) expect(a.figures[key]).toBeDefined();
    expect(a.figures.hedge.per100).toBeCloseTo((100 * a.figures.hedge.count) / a.words, 8);
    expect(ANALYSIS_VERSION).toBe('parallax-analysis/17');
  });
});
