import { describe, expect, it } from 'vitest';
import { canonicalActors, findActors } from '@/lib/actors';
import { splitSentences } from '@/lib/ingest/sentences';

// Sentences written for these tests (no corpus text).
const run = (body: string) => findActors(body, splitSentences(body)).filter((m) => m.form !== 'role');
const pairs = (body: string) => run(body).map((m) => [m.text, m.actor, m.kind]);

describe('actor mentions from the parse', () => {
  it('finds institutions, parties and armed groups a political reporter names', () => {
    const ms = pairs('Senate Republicans said the Supreme Court and the CDC erred, while Democrats met the Taliban and Hamas in Doha.');
    expect(ms).toEqual(expect.arrayContaining([
      ['Senate', 'united-states-senate', 'institution'],
      ['Republicans', 'republican-party', 'party'],
      ['Supreme Court', 'supreme-court-of-the-united-states', 'institution'],
      ['CDC', 'centers-for-disease-control-and-prevention', 'institution'],
      ['Democrats', 'democratic-party', 'party'],
      ['Taliban', 'taliban', 'group'],
      ['Hamas', 'hamas', 'group'],
    ]));
  });

  it('keeps titles out of names and cuts a run at a title', () => {
    const ms = pairs('House Speaker Nancy Pelosi met Sen. Shelley Moore Capito and Gov. Tilda Harrowgate on Tuesday in March.');
    expect(ms.map((m) => m[0])).toEqual(['House', 'Nancy Pelosi', 'Shelley Moore Capito', 'Tilda Harrowgate']);
    expect(ms[3]).toEqual(['Tilda Harrowgate', 'tilda-harrowgate', 'person']);
  });

  it('names an unknown institution by its head word, whole, and ties its acronym to it', () => {
    const ms = pairs('The Norland Water Safety Administration (NWSA) warned farmers. Later the NWSA said wells were safe.');
    expect(ms).toEqual([
      ['Norland Water Safety Administration', 'norland-water-safety-administration', 'institution'],
      ['NWSA', 'norland-water-safety-administration', 'institution'],
      ['NWSA', 'norland-water-safety-administration', 'institution'],
    ]);
  });

  it('resolves surnames and nicknames to the person named in full earlier', () => {
    const ms = pairs('Chuck Tarrow spoke first. Charles Tarrow then left, and Tarrow said nothing more.');
    expect(new Set(ms.map((m) => m[1]))).toEqual(new Set(['charles-tarrow']));
    expect(ms).toHaveLength(3);
    const known = pairs('Charles E. Schumer spoke. Chuck Schumer agreed with Schumer.');
    expect(new Set(known.map((m) => m[1]))).toEqual(new Set(['chuck-schumer']));
  });

  it('tells Jordan the person from the country, and Georgia the state from the country', () => {
    const ms = pairs('Rep. Jim Jordan questioned the witness. Jordan later said he had no doubt.');
    expect(ms).toEqual([['Jim Jordan', 'jim-jordan', 'person'], ['Jordan', 'jim-jordan', 'person']]);
    expect(pairs('Jordan closed its border with Syria.')[0]).toEqual(['Jordan', 'jordan', 'country']);
    expect(pairs('Voters in Georgia chose two senators.')).toEqual([['Georgia', 'georgia-us-state', 'place']]);
    expect(pairs('The Republic of Georgia asked to join NATO.')[0]).toEqual(['Republic of Georgia', 'georgia', 'country']);
  });

  it('keeps the White House and the X administration apart from the country and the person', () => {
    const ms = pairs('The White House said the Biden administration would act. Joe Biden agreed.');
    expect(ms).toEqual([
      ['White House', 'white-house', 'institution'],
      ['Biden administration', 'biden-administration', 'institution'],
      ['Joe Biden', 'joe-biden', 'person'],
    ]);
    expect(canonicalActors().find((a) => a.id === 'white-house')!.parent).toBe('united-states');
  });

  it('reads Washington as the government, but "Washington, D.C." and "D.C." as the city', () => {
    expect(pairs('Washington warned Norland. The rally in Washington, D.C., was calm, and D.C. police watched.').map((m) => [m[0], m[1]])).toEqual([
      ['Washington', 'united-states'],
      ['Washington, D.C.', 'washington'],
      ['D.C.', 'washington'],
    ]);
  });

  it('types a run with an acronym or a plural of people apart from persons', () => {
    expect(pairs('Analysts at Kelso Grain SA said New Hollanders were worried.')).toEqual([
      ['Kelso Grain SA', 'kelso-grain-sa', 'organization'],
      ['New Hollanders', 'new-hollanders', 'group'],
    ]);
  });

  it('counts a demonym only where it stands for the state', () => {
    expect(pairs('Russian officials denied it.')).toEqual([['Russian', 'russia', 'country']]);
    expect(pairs('Russian tourists filled the beaches, and American voters shrugged.')).toEqual([]);
    expect(pairs('Iranian-backed militias fired at the base.')).toEqual([['Iranian', 'iran', 'country']]);
    expect(pairs('The American-made vaccine reached western Towns, where African American soldiers were honoured.')).toEqual([]);
  });

  it('makes no actor of months, weekdays, diseases, programmes, laws or lone titles', () => {
    expect(pairs('On Monday in March, Covid cases rose and Medicare costs grew, the Speaker said.')).toEqual([]);
    expect(pairs('The Voting Rights Act passed.')).toEqual([]);
  });
});

describe('descriptions as labels', () => {
  const labels = (body: string, actor: string) =>
    run(body).filter((m) => m.actor === actor).flatMap((m) => m.labels.filter((l) => l.kind === 'description').map((l) => l.text));

  it('attaches a later "the militant group" to the group named before it', () => {
    expect(labels('Hamas fired rockets overnight. The militant group said it would continue.', 'hamas')).toEqual(['militant group']);
    expect(labels('The Taliban took the city. The group promised amnesty, and the Islamist movement named a cabinet.', 'taliban')).toEqual(['group', 'Islamist movement']);
  });

  it('attaches nothing when two fitting actors were named, or the kind does not fit', () => {
    expect(labels('Hamas and Hezbollah praised the attack. The group said more would come.', 'hamas')).toEqual([]);
    expect(labels('Joe Biden spoke. The group applauded.', 'joe-biden')).toEqual([]);
  });
});
