/**
 * Event grouping on a dense beat: the same actors on nearby days are one event only when they report the same
 * happening. Every article here is written for this test (invented state, court and people).
 */
import { describe, expect, it } from 'vitest';
import { groupArticles, type Grouping, type GroupingInput } from '@/lib/events/group';
import { amounts, compoundNouns, contrast, headlineHappening, monthsNamed, weekdayDays, weekdaysNamed } from '@/lib/events/happening';
import { parseText } from '@/lib/nlp';
import { isLonePlaceTitle, isPlace } from '@/lib/events/places';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let seq = 0;
const art = (title: string, body: string, date: string, outlet = `outlet-${seq}`): GroupingInput => ({
  id: `a${String(seq++).padStart(3, '0')}`,
  title,
  body,
  outlet,
  publishedAt: day(date),
});
const eventOf = (g: Grouping, id: string) => g.events.find((e) => e.articleIds.includes(id))!.key;

describe('headline happenings', () => {
  it('with the parse, a direction word heading a compound noun is a thing, not the action', () => {
    const title = 'Court hears challenge to Norland abortion ban';
    expect(compoundNouns(parseText(title)).has('abortion ban')).toBe(true);
    expect([...headlineHappening(title).direction]).toEqual([0, 1, 0, 0]); // words alone read "ban" as the action
    expect([...headlineHappening(title, '', parseText(title)).direction]).toEqual([0, 0, 0, 0]);
    // After a proper name the word is the verb, whatever the tagger says.
    const bans = 'Norland bans rationing in dry towns';
    expect([...headlineHappening(bans, '', parseText(bans)).direction]).toEqual([0, 1, 0, 0]);
  });


  it('reads amounts with currency, scale words and thousands separators, not bare small numbers', () => {
    expect(amounts('Senate passes $3.5 trillion budget blueprint')).toEqual([3.5e12]);
    expect(amounts('Council approves $640 billion transit bill')).toEqual([6.4e11]);
    expect(amounts('Governor signs $6T plan')).toEqual([6e12]);
    expect(amounts('Agency to ship one billion doses')).toEqual([1e9]);
    expect(amounts('Jobless claims fall to 412,000')).toEqual([412000]);
    expect(amounts('Three judges hear 12 cases in 2021')).toEqual([]);
  });

  it('sees opposite directions of one action and different amounts', () => {
    const suspend = headlineHappening('Judge orders Norland to suspend new water-rationing law');
    const resume = headlineHappening('Appeals court lets Norland resume water rationing');
    expect(contrast(suspend, resume).opposite).toBe(true);
    const passA = headlineHappening('Senate passes $2.1 trillion budget plan');
    const passB = headlineHappening('Senate passes $640 billion transit bill');
    expect(contrast(passA, passB)).toEqual({ opposite: false, amounts: true, months: false });
    // A negated verb goes the other way; a direction word after a determiner is a noun.
    const declines = headlineHappening('High court declines to block Norland water law');
    expect(contrast(suspend, declines).opposite).toBe(true);
    expect(contrast(headlineHappening('Assembly fails to pass Norland water bill'), headlineHappening('Assembly passes Norland water bill')).opposite).toBe(true);
    expect([...headlineHappening('Court lets Norland resume the ban').direction]).toEqual([0, -1, 0, 0]);
    expect([...headlineHappening("Vance won't sign the bill").direction]).toEqual([0, 0, 0, 0]);
    const same = headlineHappening('Senators approve $2.1 trillion budget blueprint');
    expect(contrast(passA, same)).toEqual({ opposite: false, amounts: false, months: false });
    // Monthly figures: the same wording, different months.
    const april = headlineHappening('Employers added fewer jobs than expected in April');
    const may = headlineHappening('Employers added more jobs than expected in May');
    expect(contrast(april, may).months).toBe(true);
    expect(monthsNamed('You may go; talks resume on June 3')).toBe(1 << 5);
  });
});

describe('weekdays', () => {
  it('reads the weekdays a lead names and the days they point at near the publication date', () => {
    expect(weekdaysNamed('The council voted on Tuesday; a second vote follows Friday.')).toBe((1 << 2) | (1 << 5));
    expect(weekdaysNamed('No day named here.')).toBe(0);
    const wed = Math.floor(Date.UTC(2031, 6, 9) / 86_400_000); // Wednesday 9 July 2031
    const tue = weekdaysNamed('on Tuesday');
    expect(weekdayDays(tue, wed)).toEqual([wed - 1]); // yesterday
    expect(weekdayDays(tue, wed - 1)).toEqual([wed - 1]); // the same Tuesday, told on the day
    expect(weekdayDays(weekdaysNamed('on Saturday'), wed)).toEqual([wed + 3]); // three days ahead, not four back
  });
});

describe('groupArticles on one beat', () => {
  it('keeps opposite rulings on one law two days apart in two events', () => {
    seq = 0;
    const suspend = [
      art(
        'Judge orders Norland to suspend new water-rationing law',
        'A federal judge in Harwick ordered Norland on Monday to suspend its new water-rationing law, ruling that the limits on household use likely violate the state constitution. Governor Tessa Vance said the state would appeal the order.',
        '2031-07-07',
      ),
      art(
        'Federal judge halts Norland water limits',
        'Norland must stop enforcing its water-rationing law while a lawsuit by farmers and homeowners goes forward, a federal judge in Harwick ruled. Governor Tessa Vance called the ruling an overreach and promised an appeal.',
        '2031-07-07',
      ),
      art(
        'Court blocks Norland rationing rules',
        'The water-rationing law signed by Governor Tessa Vance was put on hold by a federal judge in Harwick, who wrote that the household limits were likely unconstitutional. State lawyers said they would appeal.',
        '2031-07-07',
      ),
    ];
    const resume = [
      art(
        'Appeals court lets Norland resume water rationing',
        'A federal appeals court on Wednesday let Norland resume enforcing its water-rationing law, pausing a lower court order. Governor Tessa Vance welcomed the decision; farmers and homeowners who sued said they would ask the full court to rehear the case.',
        '2031-07-09',
      ),
      art(
        'Norland can enforce water law again, appeals panel rules',
        'Norland may again enforce its water-rationing law after an appeals panel lifted the Harwick judge’s order. Governor Tessa Vance said the limits on household use would return on Friday.',
        '2031-07-09',
      ),
      art(
        'Water-rationing law reinstated in Norland',
        'An appeals court reinstated the Norland water-rationing law, setting aside the order of a federal judge in Harwick. The farmers and homeowners who sued Governor Tessa Vance said they would keep fighting.',
        '2031-07-09',
      ),
    ];
    const g = groupArticles([...suspend, ...resume]);
    expect(new Set(suspend.map((a) => eventOf(g, a.id))).size).toBe(1);
    expect(new Set(resume.map((a) => eventOf(g, a.id))).size).toBe(1);
    expect(eventOf(g, suspend[0].id)).not.toBe(eventOf(g, resume[0].id));
  });

  it('keeps two Senate passes of different bills and amounts apart, and joins coverage in different words', () => {
    seq = 100;
    const budget = [
      art(
        'Senate passes $2.1 trillion budget plan',
        'The Senate passed a $2.1 trillion budget plan early Wednesday on a party-line vote, clearing the way for Majority Leader Dana Orr to write a spending package without opposition votes. Minority Leader Victor Pell called the plan reckless.',
        '2031-08-13',
      ),
      art(
        'Senators approve $2.1 trillion blueprint after all-night session',
        'After an all-night session, senators approved a $2.1 trillion blueprint that lets Democrats move a spending package on their own. Dana Orr hailed the vote while Victor Pell said taxpayers would pay the price.',
        '2031-08-13',
      ),
    ];
    const transit = [
      art(
        'Senate passes $640 billion transit bill',
        'The Senate passed a $640 billion transit bill on Tuesday with support from both parties, sending money for rail, buses and bridges to the House. Majority Leader Dana Orr and Minority Leader Victor Pell both voted for it.',
        '2031-08-12',
      ),
      art(
        'Bipartisan $640 billion rail and bridge package clears the Senate',
        'A bipartisan $640 billion package for rail lines, buses and bridges cleared the Senate, with Dana Orr and Victor Pell among the yes votes. The House takes it up next month.',
        '2031-08-12',
      ),
    ];
    const g = groupArticles([...budget, ...transit]);
    expect(eventOf(g, budget[0].id)).toBe(eventOf(g, budget[1].id));
    expect(eventOf(g, transit[0].id)).toBe(eventOf(g, transit[1].id));
    expect(eventOf(g, budget[0].id)).not.toBe(eventOf(g, transit[0].id));
  });
});

describe('stories', () => {
  it('never titles a story by a lone place name', () => {
    // Two happenings of one wildfire whose only shared name is the state.
    for (const state of ['Oregon', 'Texas']) {
      seq = 200;
      const articles = [
        art('Wildfire forces evacuations near the foothills', `Firefighters in ${state} battled a wildfire that forced thousands to evacuate homes in the foothills, as dry winds pushed flames toward the valley.`, '2031-09-01'),
        art('Thousands flee foothills fire', `A fast-moving wildfire in ${state} forced thousands of residents in the foothills from their homes; firefighters said dry winds spread the flames.`, '2031-09-01'),
        art(`${state} wildfire smoke closes schools`, `Smoke from the wildfire in the foothills closed schools across ${state}, and health officials urged residents to stay indoors while firefighters fought the flames.`, '2031-09-04'),
        art('Schools shut as wildfire smoke spreads', `Health officials in ${state} closed schools as smoke from the wildfire spread, telling residents to stay indoors.`, '2031-09-04'),
      ];
      const g = groupArticles(articles);
      expect(g.events).toHaveLength(2);
      expect(g.stories).toHaveLength(1);
      expect(isLonePlaceTitle(g.stories[0].title)).toBe(false);
      expect(g.stories[0].title).toMatch(/wildfire/i); // the headline of its most central event
    }
    expect(isLonePlaceTitle('Oregon')).toBe(true);
    expect(isLonePlaceTitle('the U.S.')).toBe(true);
    expect(isLonePlaceTitle('Russia, China')).toBe(false);
    expect(isLonePlaceTitle('Wildfire in Oregon')).toBe(false);
    expect(isPlace('Tessa Vance')).toBe(false);
  });

  it('makes no catch-all story on a beat where every event names the same actors', () => {
    seq = 300;
    const topics = [
      'school lunch funding', 'prison reform', 'wildfire insurance', 'broadband grants', 'nurse shortages', 'bridge repairs',
      'teacher pay', 'housing permits', 'bus fares', 'water rights', 'hospital mergers', 'voting machines', 'opioid settlement',
      'park closures', 'ferry service', 'tax rebates', 'police body cameras', 'farm subsidies', 'port expansion',
      'fishing quotas', 'child care credits', 'solar farms', 'road tolls', 'library hours', 'minimum wage', 'flood barriers',
      'sports betting', 'rent control', 'college tuition', 'vaccine clinics',
    ];
    const articles = topics.flatMap((t, k) => {
      const date = `2031-${String(1 + Math.floor(k / 3)).padStart(2, '0')}-${String(1 + 9 * (k % 3)).padStart(2, '0')}`;
      return [
        art(`Governor Tessa Vance and Speaker Omar Reyes clash over ${t}`, `Governor Tessa Vance and Speaker Omar Reyes of the Norland Assembly clashed on Tuesday over ${t}, a fight that Senate leader Dana Orr said could stall the session.`, date),
        art(`Vance, Reyes at odds on ${t}`, `Speaker Omar Reyes rejected Governor Tessa Vance's plan on ${t}; Dana Orr urged the two to meet before the Norland Assembly votes.`, date),
      ];
    });
    const g = groupArticles(articles);
    expect(g.events.length).toBeGreaterThanOrEqual(25);
    const largest = Math.max(...g.stories.map((s) => s.eventKeys.length));
    // At most 15% of the events, or 10 events for a small corpus: here 10 of 30.
    expect(largest).toBeLessThanOrEqual(Math.max(10, Math.floor(0.12 * g.events.length)));
    expect(g.stories.length).toBeGreaterThan(1);
  });

});

describe('groupArticles with weekdays', () => {
  it('keeps two votes of one council on different weekdays apart without dates, and joins one vote told a day later', () => {
    seq = 200;
    const undated = (a: GroupingInput): GroupingInput => ({ ...a, publishedAt: undefined });
    const first = [
      art(
        'Harwick council votes on new transit fares',
        'The Harwick city council voted on Monday on the new transit fares proposed by Mayor Ines Cardo, after a long debate over bus and tram prices for students and pensioners.',
        '2031-09-01',
      ),
      art(
        'Harwick council holds fare vote',
        'Harwick council members voted Monday on Mayor Ines Cardo’s plan for new bus and tram fares, with students and pensioners filling the public gallery.',
        '2031-09-01',
      ),
    ];
    const second = [
      art(
        'Harwick passes fare plan',
        'The city of Harwick adopted the plan of Mayor Ines Cardo on Thursday by seven votes to four.',
        '2031-09-04',
      ),
      art(
        'Cardo wins vote',
        'Members backed the plan of Mayor Ines Cardo on Thursday, seven to four; tickets cost more from January.',
        '2031-09-04',
      ),
    ];
    const articles = [...first, ...second].map(undated);
    const g = groupArticles(articles);
    expect(eventOf(g, first[0].id)).toBe(eventOf(g, first[1].id));
    expect(eventOf(g, second[0].id)).toBe(eventOf(g, second[1].id));
    expect(eventOf(g, first[0].id)).not.toBe(eventOf(g, second[0].id));
    // Without the weekday factor the two votes read as one happening.
    const blind = groupArticles(articles, undefined, { weekdayPenalty: 0 });
    expect(eventOf(blind, first[0].id)).toBe(eventOf(blind, second[0].id));
    // Dated: "Monday" in Monday's and in Tuesday's report is the same day, so the later report still joins.
    const late = art(
      'Fare vote splits Harwick council',
      'A vote on Monday on Mayor Ines Cardo’s new bus and tram fares split the Harwick city council, with students and pensioners in the gallery.',
      '2031-09-02',
    );
    const dated = groupArticles([...first, late]);
    expect(eventOf(dated, late.id)).toBe(eventOf(dated, first[0].id));
  });

  it('reads the same weekday named in reports a day apart as one day, and different weekdays as different days', () => {
    seq = 300;
    // 2031-09-07 is a Sunday: its "Thursday" is three days back; Monday's "Thursday" would be three days ahead.
    const sunday = art(
      'Harwick council approves tram depot',
      'The Harwick city council approved the new tram depot on Thursday, after Mayor Ines Cardo promised the site would open in spring.',
      '2031-09-07',
    );
    const monday = art(
      'Tram depot approved in Harwick',
      'Harwick city council members approved the new tram depot on Thursday, after Mayor Ines Cardo promised it would open in spring.',
      '2031-09-08',
    );
    const other = art(
      'Harwick council approves tram depot',
      'The Harwick city council approved the new tram depot on Tuesday, after Mayor Ines Cardo promised the site would open in spring.',
      '2031-09-08',
    );
    // A penalty of 1 keeps apart every pair whose weekdays point at different days: only the reading decides.
    const strict = { weekdayPenalty: 1 };
    const same = groupArticles([sunday, monday], undefined, strict);
    expect(eventOf(same, sunday.id)).toBe(eventOf(same, monday.id));
    const apart = groupArticles([sunday, other], undefined, strict);
    expect(eventOf(apart, sunday.id)).not.toBe(eventOf(apart, other.id));
  });
});
