/**
 * Resolution by context (lib/actors/mentions.ts, lib/actors/labels.ts): definite descriptions refer to an actor only
 * when the article leaves no doubt ("the president" after exactly one person titled president; "the Army" of the
 * article's one country), and "New York" is the city or the state by the words around it. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findActors, type ActorMention } from '@/lib/actors';
import { splitSentences } from '@/lib/ingest/sentences';

const run = (body: string) => findActors(body, splitSentences(body));
const at = (ms: ActorMention[], text: string) => ms.filter((m) => m.text === text);
/** The actor a description label was attached to, or undefined when none took it. */
const describedBy = (ms: ActorMention[], description: string) => ms.find((m) => m.labels.some((l) => l.kind === 'description' && l.text === description))?.actor;

describe('definite descriptions', () => {
  it('"the president" is the one person the article titles president', () => {
    const ms = run('President Joe Biden met union leaders in Ohio on Monday. Later the president promised new jobs for the region.');
    expect(describedBy(ms, 'president')).toBe('joe-biden');
    // No mention of its own: a description is a label of the actor (GUIDELINES §11.1).
    expect(at(ms, 'president')).toEqual([]);
  });

  it('two presidents, or none named before, leave it unresolved', () => {
    const two = run('President Joe Biden spoke with President Emmanuel Macron by phone on Friday. The president said the call went well.');
    expect(describedBy(two, 'president')).toBeUndefined();
    const before = run('The president was not in the capital on Friday. Later, President Joe Biden returned from Delaware.');
    expect(describedBy(before, 'president')).toBeUndefined();
  });

  it('a vice president is no president, and "the former president" wants a former one', () => {
    const ms = run('Vice President Kamala Harris toured a plant in Michigan. Former President Donald Trump held a rally in Georgia. The former president attacked the plan, and the president stayed silent.');
    expect(describedBy(ms, 'former president')).toBe('donald-trump');
    expect(describedBy(ms, 'president')).toBeUndefined();
  });

  it('"the senator" and "the Republican senator" follow the one person titled senator', () => {
    const ms = run('Sen. Mitt Romney voted against the measure on Tuesday. Gov. Greg Abbott praised it. The senator said the bill cost too much, the Republican senator promised a new one, and the governor disagreed.');
    expect(describedBy(ms, 'senator')).toBe('mitt-romney');
    expect(describedBy(ms, 'Republican senator')).toBe('mitt-romney');
    expect(describedBy(ms, 'governor')).toBe('greg-abbott');
    // A second senator makes "the senator" anyone's.
    const two = run('Sen. Mitt Romney and Sen. Joe Manchin wrote the measure. The senator said it cost too much.');
    expect(describedBy(two, 'senator')).toBeUndefined();
  });

  it('"the court" is the one court named before, and not just any institution', () => {
    const one = run('The Supreme Court heard the case on Wednesday. The White House declined to comment, and the court will rule by June.');
    expect(describedBy(one, 'court')).toBe('supreme-court-of-the-united-states');
    const none = run('The White House declined to comment on Wednesday, and the court will rule by June.');
    expect(describedBy(none, 'court')).toBeUndefined();
  });

  it('"the Court" capitalised is a mention of the one court named before', () => {
    const ms = run('The Supreme Court agreed to hear the dispute over the harbour rules. In its order, the Court set arguments for the autumn.');
    expect(at(ms, 'Court').map((m) => [m.actor, m.form])).toEqual([['supreme-court-of-the-united-states', 'reference']]);
  });

  it('"the Army" is the army of the article\'s one country, and nothing when there are two', () => {
    const one = run('The CIA reviewed the recruiting plans in California this spring. The Army released its new video on Monday.');
    expect(at(one, 'Army').map((m) => m.actor)).toEqual(['united-states-army']);
    const two = run('Officials in Norway and Japan compared their recruiting plans. The Army released its new video on Monday.');
    expect(at(two, 'Army')).toEqual([]);
    // A named army earlier is the one meant.
    const named = run('The U.S. Army and the CIA met in Virginia. Later the Army released its new video.');
    expect(at(named, 'Army').map((m) => m.actor)).toEqual(['united-states-army']);
  });
});

describe('New York, the city or the state', () => {
  const sense = (body: string) => at(run(body), 'New York').map((m) => m.actor);

  it('the governor, the legislature, Albany and upstate make it the state', () => {
    expect(sense('New York Gov. Maria Lane signed the budget in Albany on Friday.')).toEqual(['new-york']);
    expect(sense('Farmers upstate welcomed the vote. New York will now fund rural clinics, the legislature decided.')).toEqual(['new-york']);
  });

  it('the mayor, the police, the boroughs and Manhattan make it the city', () => {
    expect(sense('New York Mayor Tom Ruiz opened a shelter in the Bronx on Sunday.')).toEqual(['new-york-city']);
    expect(sense('Rents in Manhattan and Brooklyn rose again. New York is now the most expensive place to live, the NYPD report said.')).toEqual(['new-york-city']);
    expect(sense('The mayor of New York announced new bike lanes.')).toEqual(['new-york-city']);
  });

  it('without cues, or with both, it stays the state (the default)', () => {
    expect(sense('New York reported a rise in tourism this year.')).toEqual(['new-york']);
    expect(sense('The governor and the mayor disagreed again. New York will decide next week.')).toEqual(['new-york']);
  });
});

describe('peoples and buildings that only look like the country\'s', () => {
  it('"Central Americans" is a people of its own, not the Americans', () => {
    const ms = run('Record numbers of Central Americans crossed the border this spring, and Americans are divided over it.');
    expect(at(ms, 'Central Americans').map((m) => [m.actor, m.kind])).toEqual([['central-americans', 'group']]);
    expect(at(ms, 'Americans').map((m) => m.actor)).toEqual(['americans']);
    expect(ms.filter((m) => m.actor === 'united-states')).toEqual([]);
  });

  it('a state\'s capitol is not the United States Capitol', () => {
    const ms = run('Gov. Greg Abbott spoke at the State Capitol in Austin. Lawmakers at the Texas Capitol cheered. In Washington, the Capitol was quiet.');
    expect(ms.filter((m) => m.actor === 'united-states-capitol').map((m) => m.start)).toEqual([ms.find((m) => m.text === 'Capitol' && m.start > 100)!.start]);
    expect(at(ms, 'Texas').map((m) => m.actor)).toEqual(['texas']);
  });
});

describe('a state\'s own chambers', () => {
  const ids = (body: string, text: string) => at(run(body), text).map((m) => m.actor);

  it('"the Texas House and Senate" and "the state Senate" are the state\'s, not Congress\'s', () => {
    // The chamber's full name is one mention (GUIDELINES §11.2), not Texas and then its House.
    expect(ids('Leaders of the Texas House and Senate unveiled the map on Saturday.', 'Texas House')).toEqual(['texas-house']);
    expect(ids('Leaders of the Texas House and Senate unveiled the map on Saturday.', 'Texas')).toEqual([]);
    expect(ids('Leaders of the Texas House and Senate unveiled the map on Saturday.', 'Senate')).toEqual(['texas-senate']);
    expect(ids('Arizona officials must answer subpoenas from the state Senate by Friday.', 'Senate')).toEqual(['arizona-senate']);
  });

  it('"the Texas Senate" is one mention of the chamber; "the state House of Representatives" is the state\'s House', () => {
    const ms = run('The Texas Senate passed the bill on Tuesday, and Texas Gov. Ann Vale said she would sign it.');
    expect(ms.filter((m) => m.actor.startsWith('texas')).map((m) => [m.actor, m.text])).toEqual([['texas-senate', 'Texas Senate'], ['texas', 'Texas']]);
    expect(ids('In Arizona, the state House of Representatives passed the measure 31-29.', 'House of Representatives')).toEqual(['arizona-house']);
    expect(ids('The House of Representatives passed the measure on Friday.', 'House of Representatives')).toEqual(['united-states-house-of-representatives']);
    expect(ids('The New York State Senate passed the bill.', 'New York State Senate')).toEqual(['new-york-senate']);
    expect(ids('The Texas state Senate passed the bill.', 'Texas state Senate')).toEqual(['texas-senate']);
  });

  it('a state\'s Senate runoff is a race for Congress\'s seats', () => {
    expect(ids('Both Georgia Senate runoffs drew record turnout.', 'Senate')).toEqual(['united-states-senate']);
  });

  it('"the state Senate" with no state, or two, names none; a state\'s Senate race is Congress\'s', () => {
    expect(ids('Officials must answer subpoenas from the state Senate by Friday.', 'Senate')).toEqual([]);
    expect(ids('Ohio and Iowa officials met. They must answer subpoenas from the state Senate.', 'Senate')).toEqual([]);
    expect(ids('The Ohio Senate race drew record donations this spring.', 'Senate')).toEqual(['united-states-senate']);
    expect(ids('The Senate passed the bill, and the House will vote next week.', 'Senate')).toEqual(['united-states-senate']);
  });
});

describe('names inside the name of a law', () => {
  it('"the U.S. Innovation and Competition Act" holds no mention of the United States; a country before "and the … Act" stays', () => {
    const law = run('The Senate passed the U.S. Innovation and Competition Act on Tuesday.');
    expect(law.filter((m) => m.actor === 'united-states')).toEqual([]);
    expect(at(law, 'Senate').map((m) => m.actor)).toEqual(['united-states-senate']);
    const beside = run('The bill adds sanctions on Russia and the Global Magnitsky Act covers its officials.');
    expect(at(beside, 'Russia').map((m) => m.actor)).toEqual(['russia']);
  });
});
