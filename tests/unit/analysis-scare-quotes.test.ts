import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { splitSentences } from '@/lib/ingest/sentences';

const scareQuotes = (body: string) =>
  analyzeArticle(body, splitSentences(body))
    .markers.filter((m) => m.family === 'scare-quote')
    .map((m) => m.text);

describe('scare quotes inside quotations', () => {
  it('finds the speaker’s own short scare quotes inside a quote, as in the RT report', () => {
    expect(
      scareQuotes('Yi announced that the two nations “will build a model of strategic mutual trust, joining forces against ‘color revolutions,’ and fighting all types of false information.”'),
    ).toEqual(['‘color revolutions,’']);
    expect(scareQuotes('They are ready to "work together to fight the “political virus” together.')).toEqual(['“political virus”']);
    expect(scareQuotes('“Their ‘democracy’ is a show,” he said.')).toEqual(['‘democracy’']);
  });

  it('does not take speech reported inside a quote, or a long inner quote, for a scare quote', () => {
    expect(scareQuotes('“We said ‘no’ to them,” he said.')).toEqual([]);
    expect(scareQuotes('“I told him: ‘stop now’,” she added.')).toEqual([]);
    expect(scareQuotes('“The sign read ‘this is a very long inner quotation of many words’,” she said.')).toEqual([]);
  });

  it('never mistakes apostrophes for quotes', () => {
    expect(scareQuotes('“Russia’s and China’s ties don’t depend on the countries’ leaders,” he said.')).toEqual([]);
  });
});

describe('quotation kinds from the blind split tune8', () => {
  const kinds = (body: string) => analyzeArticle(body, splitSentences(body)).quotations.map((q) => `${q.kind}:${body.slice(q.start, q.end)}`);
  it('reads titles from their context whatever their case: a show, a name given, a subject line, a network’s programme', () => {
    expect(kinds('In an interview on the “Today” show, Ruiz said the plan had “real doubts” in it.')).toEqual(['title:“Today”', 'partial:“real doubts”']);
    expect(kinds('The agency reviewed groups with the name "tea party" or "patriot."')).toEqual(['title:"tea party"', 'title:"patriot."']);
    expect(kinds('Holt sent an e-mail with the subject line, "conference call."')).toEqual(['title:"conference call."']);
    expect(kinds('On Fox News’ “Hannity,” she called on the board to act.')).toEqual(['title:“Hannity,”']);
    expect(scareQuotes('The agency reviewed groups with the name "tea party" or "patriot."')).toEqual([]);
  });
  it('makes a capitalised word written right after the verb the words written, and a quoted sentence direct', () => {
    expect(kinds('Ruiz wrote "Progressivism" on the board.')).toEqual(['partial:"Progressivism"']);
    expect(kinds('She wrote “The Art of the Deal” in 1987, and they criticized the “AUKUS” pact.')).toEqual(['title:“The Art of the Deal”', 'title:“AUKUS”']);
    expect(kinds('At one point he appeared to mouth, "I\'m sorry."')).toEqual(['direct:"I\'m sorry."']);
    expect(scareQuotes('At one point he appeared to mouth, "I\'m sorry."')).toEqual([]);
  });
});

describe('quotes that are words someone gave, not scare quotes (tune8 reading)', () => {
  const kinds = (body: string) => analyzeArticle(body, splitSentences(body)).quotations.map((q) => `${q.kind}:${body.slice(q.start, q.end)}`);
  it('takes a directive’s quoted words as partial, and "direct" as a report verb only with an infinitive', () => {
    expect(kinds('He issued an order directing the agencies to “redouble their efforts” to find the source.')).toEqual(['partial:“redouble their efforts”']);
    expect(scareQuotes('He issued an order directing the agencies to “redouble their efforts” to find the source.')).toEqual([]);
    const verbs = (body: string) => analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === 'report-verb').map((m) => m.text);
    expect(verbs('The law directs the agency to publish the data.')).toEqual(['directs']);
    expect(verbs('She directed the film, directed traffic and directed reporters to the statement; the anger was directed at the council.')).toEqual([]);
  });
  it('takes a short answer standing as its own sentence as words given', () => {
    expect(kinds('Asked about his rivals, Ruiz praised them. Senator Holt? “A terrific, exciting person.”')).toEqual(['partial:“A terrific, exciting person.”']);
    expect(scareQuotes('Asked about his rivals, Ruiz praised them. Senator Holt? “A terrific, exciting person.”')).toEqual([]);
    expect(scareQuotes('The “reform” passed.')).toEqual(['“reform”']);
  });
});

describe('titles by context do not misfire (second review)', () => {
  const kinds = (body: string) => analyzeArticle(body, splitSentences(body)).quotations.map((q) => `${q.kind}:${body.slice(q.start, q.end)}`);
  it('takes a second quotation after "or" as a name only when the first is one', () => {
    expect(kinds('Jurors must decide whether the shooting was “murder” or “self-defense.”')).toEqual(['scare:“murder”', 'scare:“self-defense.”']);
    expect(kinds('Officials described the new rules as “temporary” or “experimental.”')).toEqual(['partial:“temporary”', 'partial:“experimental.”']);
    expect(kinds('The board banned groups with the name “liberty” or “freedom” in 2013.')).toEqual(['title:“liberty”', 'title:“freedom”']);
  });
  it('takes a quoted modifier after "a/an" before a work noun as no name', () => {
    expect(kinds('Democrats dismissed the plan as a “fantasy” series of promises.')).toEqual(['partial:“fantasy”']);
    expect(kinds('She appeared on the “Morning Ledger” show on Tuesday.')).toEqual(['title:“Morning Ledger”']);
  });
});

describe('short quotes inside quotations that are no scare quotes (after tune10)', () => {
  it('a verb of naming with its speaker makes the inner quote partial (GUIDELINES.md §3.2)', () => {
    expect(scareQuotes('"By waffling on a deal she once called a \'gold standard,\' the senator shows why voters doubt her," a spokesman said.')).toEqual([]);
    expect(scareQuotes('“They call it ‘democracy’,” he said.')).toEqual([]);
    // A passive or "so-called" names no speaker: still a scare quote.
    expect(scareQuotes('"That is described as \'incidental,\' and it is common," the report said.')).toEqual(["'incidental,'"]);
    expect(scareQuotes('"The group is the so-called \'patriot caucus,\'" he said.')).toEqual(["'patriot caucus,'"]);
  });
  it('a motto or slogan given is a title, and a clause is someone\'s words', () => {
    expect(scareQuotes('"The president said our national motto was \'In unity we stand,\'" the mayor said.')).toEqual([]);
    expect(scareQuotes('“Everyone knew ‘Lee wasn’t ready,’ and so did I,” she said.')).toEqual([]);
    expect(scareQuotes('"They want to force same-sex \'marriage\' on an unwilling public," she said.')).toEqual(["'marriage'"]);
    expect(scareQuotes('“The law was misread as a ‘license to discriminate,’” she said.')).toEqual(['‘license to discriminate,’']);
  });
  it('words a named person is reported to have used inside the quotation are theirs, not scare quotes', () => {
    expect(scareQuotes('“He criticized the town for having ‘arrogance’ and the nerve to ‘dictate our terms’ to others,” the senator said.')).toEqual([]);
    // A generic speaker names nobody.
    expect(scareQuotes('“From time to time, people allege that we have built a ‘back door’ into our systems,” the spokesperson said.')).toEqual(['‘back door’']);
    expect(scareQuotes('“Our ‘reform’ cut two offices,” the mayor said.')).toEqual(['‘reform’']);
  });
  it('a noun before a gerund or an attributive participle is no subject and verb (review4)', () => {
    expect(scareQuotes('"They want to ban \'gender affirming care\' for minors," she said.')).toEqual(["'gender affirming care'"]);
    expect(scareQuotes('"We saw the \'mask wearing\' crowd," she said.')).toEqual(["'mask wearing'"]);
    expect(scareQuotes('"They run \'government funded\' media," she said.')).toEqual(["'government funded'"]);
    expect(scareQuotes('"We heard \'Lee resigned\' on the radio," she said.')).toEqual([]);
  });
  it('a progressive "calling it" names with its speaker; only a passive "is called" does not (review4)', () => {
    expect(scareQuotes('"They are calling it a \'reset,\'" he said.')).toEqual([]);
    expect(scareQuotes('"It is called \'reform\' but it is a tax hike," she said.')).toEqual(["'reform'"]);
  });
});
