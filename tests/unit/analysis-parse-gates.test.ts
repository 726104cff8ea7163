import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { splitSentences } from '@/lib/ingest/sentences';
import { parseText } from '@/lib/nlp';
import type { Marker } from '@/lib/analysis/types';

// Every sentence here is written for these tests: each pins one pitfall of reading words without their parse.
function family(body: string, name: string): Marker[] {
  return analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === name);
}
const texts = (ms: Marker[]): string[] => ms.map((m) => m.text);

describe('the linguistic layer', () => {
  it('tags nouns and verbs in context, with offsets into the text', () => {
    const text = 'Jobless claims rose again. He claims the state is broke.';
    const p = parseText(text);
    const at = (word: string, from = 0) => p.tokens.find((t) => t.start === text.indexOf(word, from))!;
    expect(at('claims').pos).toBe('NOUN');
    expect(at('claims', 20).pos).toBe('VERB');
    expect(at('claims', 20).lemma).toBe('claim');
    expect(at('state').pos).toBe('NOUN');
    for (const t of p.tokens) expect(t.end).toBeGreaterThan(t.start);
    expect(p.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Jobless claims rose again.', 'He claims the state is broke.']);
  });
  it('finds proper-name spans across "of", "for" and "and"', () => {
    const text = 'Advisers to the Centers for Disease Control and Prevention met the Department of Justice and the Supreme Court.';
    const p = parseText(text);
    expect(p.names.map((s) => text.slice(s.start, s.end))).toEqual(['Centers for Disease Control and Prevention', 'Department of Justice', 'Supreme Court']);
  });
});

describe('sentiment is gated by the parse', () => {
  it('never counts words inside names', () => {
    const body = 'The Supreme Court sided with the Justice Department and the Centers for Disease Control on Monday.';
    expect(family(body, 'sentiment')).toEqual([]);
  });
  it('leaves news topic nouns and verbs alone but keeps evaluative adjectives', () => {
    expect(texts(family('The attack killed dozens and the deaths rose.', 'sentiment'))).toEqual([]);
    expect(texts(family('It was a reckless and cruel plan.', 'sentiment'))).toEqual(['reckless', 'cruel']);
    expect(texts(family('The plan is very good.', 'sentiment'))).toEqual(['good']);
  });
});

describe('report verbs are verbs in their speech sense', () => {
  it('skips nouns that share a verb form', () => {
    expect(texts(family('Jobless claims fell and the warning was added to the label.', 'report-verb'))).toEqual([]);
    expect(texts(family('He claims the state is broke.', 'report-verb'))).toEqual(['claims']);
  });
  it('skips non-speech senses', () => {
    expect(family('Two patients were admitted to hospital on Friday.', 'report-verb')).toEqual([]);
    expect(family('The governor declared a state of emergency.', 'report-verb')).toEqual([]);
    expect(family('A judge dismissed the case against the company.', 'report-verb')).toEqual([]);
    expect(family('The economy added 500,000 jobs in May.', 'report-verb')).toEqual([]);
    expect(family('The agency responded to the outage by sending crews.', 'report-verb')).toEqual([]);
  });
  it('keeps the speech senses with their speaker', () => {
    const m = family('The senator dismissed the claims as nonsense. The minister admitted that the plan had failed.', 'report-verb');
    expect(m.map((x) => [x.text, x.label, x.attrs?.speaker])).toEqual([
      ['dismissed', 'loaded', 'senator'],
      ['admitted', 'loaded', 'minister'],
    ]);
  });
  it('splits neutral and loaded as the guidelines do: warn and argue are neutral, note and claim loaded', () => {
    const m = family('Officials warned that rates would rise. Ruiz argued the tax was fair. Ruiz noted that the vote failed.', 'report-verb');
    expect(m.map((x) => `${x.text}:${x.label}`)).toEqual(['warned:neutral', 'argued:neutral', 'noted:loaded']);
  });
});

describe('hedges by sense', () => {
  it('reads modals as possibility, not months', () => {
    expect(texts(family('May payrolls showed 500,000 new jobs.', 'hedge'))).toEqual([]);
    expect(texts(family('The vote may slip to June.', 'hedge'))).toEqual(['may']);
  });
  it('counts approximators only before numbers', () => {
    expect(texts(family('About 300 people came, nearly 40 of them children.', 'hedge'))).toEqual(['About', 'nearly']);
    expect(texts(family('They talked about the plan around the clock.', 'hedge'))).toEqual([]);
  });
  it('does not read "suspects" the noun, "appeared before" or "but rather" as hedges', () => {
    expect(family('Police arrested two suspects on Friday.', 'hedge')).toEqual([]);
    expect(family('She appeared before the committee on Tuesday.', 'hedge')).toEqual([]);
    expect(family('They objected not to the plan but rather to its cost.', 'hedge')).toEqual([]);
    expect(texts(family('Police suspect the fire was set.', 'hedge'))).toEqual(['suspect']);
  });
  it('does not count report verbs as hedges', () => {
    expect(family('The mayor claimed the budget was balanced and argued for cuts.', 'hedge')).toEqual([]);
  });
});

describe('certainty only where it strengthens a claim', () => {
  it('skips binary states, "known as" and "change of course"', () => {
    expect(family('Anyone who is fully vaccinated can travel.', 'certainty')).toEqual([]);
    expect(family('The bridge, known as the Liberty Span, reopened.', 'certainty')).toEqual([]);
    expect(family('The council made a change of course on Monday.', 'certainty')).toEqual([]);
    expect(family('Prices fell sharply in May.', 'certainty')).toEqual([]);
    expect(family('Inflation rose sharply last year.', 'certainty')).toEqual([]);
    // A skill, not a fact: "know how to"; a graded manner: "see more clearly".
    expect(family('We know how to win elections, and now I can see more clearly how hurtful it was.', 'certainty')).toEqual([]);
    expect(texts(family('We know how the money was spent.', 'certainty'))).toEqual(['know']);
    expect(family('She did not know whether to resign or stay.', 'certainty')).toEqual([]);
    // Before a noun phrase "very clearly" still boosts the claim.
    expect(texts(family('This is very clearly a violation of the law.', 'certainty'))).toEqual(['very', 'clearly']);
  });
  it('keeps intensifiers on evaluations and stance verbs, boosters and factives with a clause', () => {
    expect(texts(family('The plan is deeply troubling and she strongly opposed it.', 'certainty'))).toEqual(['deeply', 'strongly']);
    expect(texts(family('Of course the vote was rigged, and he knew that it was.', 'certainty'))).toEqual(['Of course', 'knew']);
    expect(family('She vowed to rebuild the pier and declared a state of emergency.', 'certainty')).toEqual([]);
  });
});

describe('sources are the noun phrases that speak', () => {
  const sources = (body: string) => family(body, 'source').map((m) => `${m.label}:${m.text}`);
  it('never dates, adjectives or titles alone', () => {
    expect(sources('The Group of 7 nations on Thursday pledged to share doses.')).toEqual(['named:Group of 7 nations']);
    expect(sources('The Republican-led committee said Friday that it would vote.')).toEqual(['named:Republican-led committee']);
  });
  it('finds the speaker before an appositive or parenthesis and after "by"', () => {
    expect(sources('Dana Ruiz, a lawyer for the port, said the pier would reopen.')).toEqual(['named:Dana Ruiz']);
    expect(sources('Sen. Mitt Romney (R-Utah) told reporters the deal was done.')).toEqual(['named:Sen. Mitt Romney']);
    expect(sources('The plan, reported by The Daily Ledger on Sunday, was dropped.')).toEqual(['named:Daily Ledger']);
  });
  it('labels unnamed speakers anonymous and lets findings speak for nobody', () => {
    expect(sources('The hackers demanded a ransom.')).toEqual(['anonymous:hackers']);
    expect(family('The new study confirmed that two doses protect.', 'report-verb')).toEqual([]);
  });
});

describe('quotes: direct, partial, scare, title', () => {
  const kinds = (body: string) => analyzeArticle(body, splitSentences(body)).quotations.map((q) => `${q.kind}:${body.slice(q.start, q.end)}`);
  it('a clause is direct, a phrase of a named speaker partial', () => {
    expect(kinds('“We will rebuild the pier,” said Dana Ruiz.')).toEqual(['direct:“We will rebuild the pier,”']);
    expect(kinds('The mayor called the budget “a slow-motion disaster.”')).toEqual(['partial:“a slow-motion disaster.”']);
    expect(kinds('Ruiz said on Monday. Critics of the plan were not convinced it would deliver “real savings” soon.')).toEqual(['partial:“real savings”']);
  });
  it('marks with no speaker, or so-called, are scare quotes; only those count as scare quotes', () => {
    const body = 'The agency’s “reform” cut two offices. The so-called “experts” met on Friday.';
    expect(kinds(body)).toEqual(['scare:“reform”', 'scare:“experts”']);
    expect(family(body, 'scare-quote').length).toBe(2);
  });
  it('names of works, plans and doctrines are titles, counted as neither quote nor scare quote', () => {
    const body = 'The network aired “Morning Ledger” and a series, “The Long Road Home,” on Tuesday.';
    expect(kinds(body)).toEqual(['title:“Morning Ledger”', 'title:“The Long Road Home,”']);
    expect(family(body, 'scare-quote')).toEqual([]);
    expect(family(body, 'quote')).toEqual([]);
  });
  it('gives direct quotes their speaker with offsets', () => {
    const body = 'Dana Ruiz said: “The pier opens in May.”';
    const [q] = analyzeArticle(body, splitSentences(body)).quotations;
    expect(q.speaker).toBe('Dana Ruiz');
    expect(body.slice(q.speakerStart, q.speakerEnd)).toBe('Dana Ruiz');
  });
});

describe('checks from reading real leads (sentences written for the test)', () => {
  it('"added" with an amount or object is no speech; initialisms stay in the source name', () => {
    expect(family('Employers added just 200,000 jobs and firms have added workers.', 'report-verb')).toEqual([]);
    const m = family('Gas cost $2, according to the U.S. Energy Information Administration.', 'source');
    expect(m.map((x) => x.text)).toEqual(['U.S. Energy Information Administration']);
    expect(family('Talks stalled, according to a source familiar with the plan.', 'source').map((x) => x.text)).toEqual(['source']);
  });
});

describe('naming and suggesting in words', () => {
  it('"call" is speech when it names in quotes, not when it summons', () => {
    expect(texts(family('The judge called it the “proper course.”', 'report-verb'))).toEqual(['called']);
    expect(family('Neighbours called the police on Friday.', 'report-verb')).toEqual([]);
  });
  it('a person suggesting is a report verb, figures suggesting a hedge', () => {
    expect(texts(family('Ruiz suggested the vote would slip.', 'report-verb'))).toEqual(['suggested']);
    expect(family('Ruiz suggested the vote would slip.', 'hedge')).toEqual([]);
    expect(family('The figures suggest a slowdown.', 'report-verb')).toEqual([]);
    expect(texts(family('The figures suggest a slowdown.', 'hedge'))).toEqual(['suggest']);
  });
});

describe('words the guidelines never count as sentiment', () => {
  it('skips outcome, importance and function words in any part of speech', () => {
    expect(family('The key vote was a major win; the Senate approved the free program.', 'sentiment')).toEqual([]);
  });
});

describe('more checks from reading real leads (sentences written for the test)', () => {
  it('"known for" is no factive and a date does not hide "vowed … to"', () => {
    expect(family('The mayor is known for long speeches.', 'certainty')).toEqual([]);
    expect(family('The minister vowed Wednesday to press ahead.', 'certainty')).toEqual([]);
  });
  it('keeps a title abbreviation after an inverted verb and drops a leading conjunction', () => {
    expect(family('“We will keep talking,” said Sen. Dana Ruiz.', 'source').map((m) => m.text)).toEqual(['Sen. Dana Ruiz']);
    expect(family('The plan failed. But Ruiz said it would return.', 'source').map((m) => m.text)).toEqual(['Ruiz']);
  });
});
