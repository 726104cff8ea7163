import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { splitSentences } from '@/lib/ingest/sentences';
import type { Marker } from '@/lib/analysis/types';

// Hedges and certainty by sense (GUIDELINES.md §7–8). Every sentence is written for these tests.
function family(body: string, name: string): Marker[] {
  return analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === name);
}
const texts = (ms: Marker[]): string[] => ms.map((m) => m.text);
const kinds = (ms: Marker[]): string[] => ms.map((m) => `${m.label}:${m.text}`);

describe('hedges: approximators only before numbers', () => {
  it('counts about/around/some before a number, digits or number words', () => {
    expect(texts(family('The storm killed about 300 people and left around two dozen homes empty.', 'hedge'))).toEqual(['about', 'around']);
    expect(texts(family('Some 40 families moved out, about a third of the street.', 'hedge'))).toEqual(['Some', 'about']);
    expect(texts(family('The plan would spend about $300 billion, or around €2 per person.', 'hedge'))).toEqual(['about', 'around']);
  });
  it('leaves prepositions alone, also before a number after a verb that takes them', () => {
    expect(family('The council talked about the budget around the clock.', 'hedge')).toEqual([]);
    expect(family('Officials have coalesced around two scenarios for the fire.', 'hedge')).toEqual([]);
    expect(family('Voters may have forgotten about one odd episode.', 'hedge').map((m) => m.text)).toEqual(['may']);
    expect(texts(family('The decision comes nearly four months after the fire.', 'hedge'))).toEqual(['nearly']);
  });
  it('counts "nearly" like "almost": before an amount and as a degree word', () => {
    expect(texts(family('The fund lost nearly a fifth of its value, nearly all of it in May.', 'hedge'))).toEqual(['nearly', 'nearly']);
  });
  it('counts "or so" only after a number or a span of time', () => {
    expect(texts(family('The works will take a week or so to finish.', 'hedge'))).toEqual(['or so']);
    expect(family('Vote yes, or so the flyer told residents.', 'hedge')).toEqual([]);
  });
});

describe('hedges: the rest of the guidelines list, by sense', () => {
  it('counts degree hedges and evidentials the guidelines name', () => {
    const body = 'The plan is partly funded, slightly late and virtually complete; the cause, in part, is an unconfirmed leak.';
    expect(texts(family(body, 'hedge'))).toEqual(['partly', 'slightly', 'virtually', 'in part', 'unconfirmed']);
    expect(texts(family('The mayor is arguably the most popular figure in town.', 'hedge'))).toEqual(['arguably']);
  });
  it('counts "kind of" and "pretty" only as degree words', () => {
    expect(texts(family('The result was kind of odd and pretty close.', 'hedge'))).toEqual(['kind of', 'pretty']);
    expect(family('It is a new kind of vaccine with a pretty label.', 'hedge')).toEqual([]);
  });
  it('takes "alleged" as a hedge only as a modifier; the verb is a report verb', () => {
    expect(texts(family('The alleged offenses took place in May.', 'hedge'))).toEqual(['alleged']);
    expect(family('Critics alleged that the count was wrong.', 'hedge')).toEqual([]);
  });
  it('does not count the noun "estimate" nor a modal of purpose', () => {
    expect(family('The estimate assumes a mild winter.', 'hedge')).toEqual([]);
    expect(texts(family('Ruiz seemed to suggest that she would run.', 'hedge'))).toEqual(['seemed to']);
    expect(texts(family('The figures suggest a slowdown.', 'hedge'))).toEqual(['suggest']);
    expect(family('Crews left early so they could reach the bridge.', 'hedge')).toEqual([]);
    // Purpose with a noun-phrase subject between "so that" and the modal (extra tune split tune2).
    expect(family('The county halted the work so that an audit could take place.', 'hedge')).toEqual([]);
    expect(texts(family('The levy is so high that the county could lose its rating.', 'hedge'))).toEqual(['could']);
    // A negated "could" is ability or permission; a firmly held belief is no hedge (tune2).
    expect(family('She could not find the file, and he could neither confirm nor deny it.', 'hedge')).toEqual([]);
    expect(family('People who really think the pier is unsafe stayed away.', 'hedge')).toEqual([]);
    expect(texts(family('Residents think the pier is unsafe.', 'hedge'))).toEqual(['think']);
    expect(texts(family('It was a long year, so you may have forgotten the vote.', 'hedge'))).toEqual(['may']);
    expect(texts(family('The bridge could close next week.', 'hedge'))).toEqual(['could']);
  });
});

describe('certainty: factive and assertive verbs need a proposition', () => {
  it('counts a that-clause, a clause, or a reporting clause after a quote', () => {
    expect(kinds(family('She knew that the dam was leaking.', 'certainty'))).toEqual(['factive:knew']);
    expect(kinds(family('The survey showed the town economy grew last year.', 'certainty'))).toEqual(['factive:showed']);
    expect(kinds(family('The mayor insisted he would not resign.', 'certainty'))).toEqual(['assertive:insisted']);
    expect(kinds(family('“We will win,” the minister insisted on Friday.', 'certainty'))).toEqual(['assertive:insisted']);
    expect(kinds(family('An audit found that the fund had lost money.', 'certainty'))).toEqual(['factive:found that']);
    expect(kinds(family('Officials insist that the United States and its allies will act.', 'certainty'))).toEqual(['assertive:insist']);
    expect(kinds(family('In 1865 the workers learned they had been freed.', 'certainty'))).toEqual(['factive:learned']);
    expect(family('She wants to learn to swim.', 'certainty')).toEqual([]);
    expect(kinds(family('Deaths fell by half, data from the county health office showed.', 'certainty'))).toEqual(['factive:showed']);
    expect(kinds(family('Data from the county shows the average for new cases has fallen.', 'certainty'))).toEqual(['factive:shows']);
  });
  it('skips an object that is no proposition', () => {
    expect(family('Officials revealed the plan on Monday.', 'certainty')).toEqual([]);
    expect(family('The effort aimed at recalling the governor gathered signatures.', 'certainty')).toEqual([]);
    expect(family('The summit was meant to demonstrate renewed resolve.', 'certainty')).toEqual([]);
    expect(family('They paused to remember that person, the mayor said.', 'certainty')).toEqual([]);
    expect(family('The firm, known as Acme, grew.', 'certainty')).toEqual([]);
    expect(family('The mayor vowed in April to rebuild the pier.', 'certainty')).toEqual([]);
    expect(family('The recall election is set for May.', 'certainty')).toEqual([]);
    expect(family('The effort to recall the mayor has enough signatures.', 'certainty')).toEqual([]);
    expect(family('It was a long year, so you may have forgotten about the vote.', 'certainty')).toEqual([]);
    expect(kinds(family('We want to remember that the vote was close.', 'certainty'))).toEqual(['factive:remember']);
  });
});

describe('certainty: boosters and intensifiers only where they strengthen', () => {
  it('skips names, manner and "must" of obligation', () => {
    expect(family('The report came from Indeed Hiring Lab on Monday.', 'certainty')).toEqual([]);
    expect(family('She spoke clearly to the crowd.', 'certainty')).toEqual([]);
    expect(family('The council must pass a budget by June.', 'certainty')).toEqual([]);
    expect(kinds(family('He must have known the risk, and it was clearly a mistake.', 'certainty'))).toEqual(['booster:must', 'booster:clearly']);
    expect(kinds(family('The plan actually worked.', 'certainty'))).toEqual(['booster:actually']);
  });
  it('skips "so far", "the very first" and measured changes', () => {
    expect(family('So far the plan has worked, and it was the very first try.', 'certainty')).toEqual([]);
    expect(family('Shares closed sharply lower on Friday.', 'certainty')).toEqual([]);
    expect(family('Most residents are fully vaccinated.', 'certainty')).toEqual([]);
  });
  it('counts an intensifier before an emotion participle after a copula', () => {
    expect(kinds(family('“I am really honored to be here,” Ruiz said.', 'certainty'))).toEqual(['intensifier:really']);
    expect(kinds(family('The deal was very close and deeply flawed.', 'certainty'))).toEqual(['intensifier:very', 'intensifier:deeply']);
    expect(kinds(family('History will tell a very different story; something very odd happened.', 'certainty'))).toEqual(['intensifier:very', 'intensifier:very']);
    expect(kinds(family('The result is genuinely odd and hugely popular.', 'certainty'))).toEqual(['intensifier:genuinely', 'intensifier:hugely']);
    expect(kinds(family('The highly anticipated summit drew critics who called the plan too “woke.”', 'certainty'))).toEqual(['intensifier:highly', 'intensifier:too']);
    expect(family('The CDC eased rules for fully vaccinated people.', 'certainty')).toEqual([]);
    expect(family('The Senate overwhelmingly passed the bill.', 'certainty')).toEqual([]);
    expect(family('Remote learning has moved to the top of the agenda.', 'certainty')).toEqual([]);
    expect(kinds(family('It is a tax his team vows will not hit workers.', 'certainty'))).toEqual(['assertive:vows']);
  });
});

describe('hedges and certainty: recall by the parse (issue 16)', () => {
  it('counts "appear" before a predicative adjective or participle, not "appeared on"', () => {
    expect(texts(family('The mayor appeared agitated, and the repairs appear increasingly unlikely.', 'hedge'))).toEqual(['appeared', 'appear', 'unlikely']);
    expect(texts(family('The outages appear related to a faulty cable.', 'hedge'))).toEqual(['appear']);
    expect(family('The mayor appeared on local radio on Friday.', 'hedge')).toEqual([]);
  });
  it('counts about/around before an amount in digits or money after any verb, not before a year', () => {
    expect(texts(family('The repair is about $3 million, and turnout was around 40 percent.', 'hedge'))).toEqual(['about', 'around']);
    expect(texts(family('Ruiz told about 600 supporters that the pier would reopen.', 'hedge'))).toEqual(['about']);
    expect(family('The film is about two families; they talked about 2016.', 'hedge')).toEqual([]);
  });
  it('reads "kind of" after a subject pronoun or between "be" and "a", "pretty" grading an adjective, "assumed that"', () => {
    expect(texts(family('“I kind of agree with the plan,” Ruiz said; it is kind of a mess.', 'hedge'))).toEqual(['kind of', 'kind of']);
    expect(texts(family('They had a pretty frank talk; she has a pretty garden.', 'hedge'))).toEqual(['pretty']);
    expect(texts(family('Officials assumed that the staff would act.', 'hedge'))).toEqual(['assumed that']);
    expect(family('He wanted a new kind of school, and he assumed office in May.', 'hedge')).toEqual([]);
  });
  it('counts a degree word on a verb of belief or attitude, and a stance adverb right after its stance verb', () => {
    expect(kinds(family('“I deeply respect the mayor and truly understand her,” Ruiz said.', 'certainty'))).toEqual(['intensifier:deeply', 'intensifier:truly']);
    expect(kinds(family('The union objected vehemently to the plan.', 'certainty'))).toEqual(['intensifier:vehemently']);
    expect(family('Prices fell sharply, and the idea resonated strongly with voters.', 'certainty')).toEqual([]);
  });
  it('keeps a degree word under negation, but not on certainty itself ("not so sure")', () => {
    expect(kinds(family('“So far, the answer has not been very good,” Ruiz said.', 'certainty'))).toEqual(['intensifier:very']);
    expect(family('He once backed the plan, but now he is not so sure.', 'certainty')).toEqual([]);
    expect(family('The plan is not clearly legal.', 'certainty')).toEqual([]);
  });
  it('reads an adjective the tagger calls a verb inside a noun phrase', () => {
    expect(kinds(family('Ruiz called it a very tender and sensitive topic.', 'certainty'))).toEqual(['intensifier:very']);
  });
  it('finds the clause after a hearer, a date, an infinitive with a pronoun subject, and after "aware"', () => {
    expect(kinds(family('The mayor assured residents that the water was safe.', 'certainty'))).toEqual(['assertive:assured']);
    expect(kinds(family('Officials stressed on Wednesday that the cuts were temporary.', 'certainty'))).toEqual(['assertive:stressed']);
    expect(kinds(family('You need no degree to know there is something wrong with the pier.', 'certainty'))).toEqual(['factive:know']);
    expect(kinds(family('“We are aware there is a gap in the count,” the clerk said.', 'certainty'))).toEqual(['factive:aware']);
    expect(family('The clerk is not aware of anyone who saw the letter.', 'certainty')).toEqual([]);
    expect(family('The effort to recall the governor has enough signatures.', 'certainty')).toEqual([]);
    expect(family('Voters may have forgotten about one odd incident that occurred in May.', 'certainty')).toEqual([]);
  });
});

describe('certainty: manner-of-stance intensifiers (tune2)', () => {
  it('counts "emphatically" before a speech verb', () => {
    expect(kinds(family('The mayor emphatically denied the claim.', 'certainty'))).toEqual(['intensifier:emphatically']);
  });
});

describe('hedges: uncertainty stated outright (tune3)', () => {
  it('counts a negated certainty adjective as a hedge, not as certainty', () => {
    const body = "“I'm not confident the levy will pass,” Ruiz said, and the clerk was not certain either.";
    expect(texts(family(body, 'hedge'))).toEqual(['not confident', 'not certain']);
    expect(family(body, 'certainty')).toEqual([]);
    expect(texts(family('The clerk isn’t sure the count is right, and it wasn\'t clear who won.', 'hedge'))).toEqual(['isn’t sure', "wasn't clear"]);
  });
  it('counts answers still to come, causes nobody can name and open questions', () => {
    expect(texts(family('Whether the ferry returns remains to be seen.', 'hedge'))).toEqual(['remains to be seen']);
    expect(texts(family('Key details of the deal remain to be determined, and it is hard to say who gains.', 'hedge'))).toEqual(['remain to be determined', 'hard to say']);
    expect(texts(family('The question remains whether the pier can be saved; it is an open question.', 'hedge'))).toEqual(['question remains', 'open question']);
    expect(texts(family('The board found it impossible to say what started the fire.', 'hedge'))).toEqual(['impossible to say']);
  });
  it('counts degree phrases like "to some extent"', () => {
    expect(texts(family('The delay was caused in some measure by the storm and to a large extent by the strike.', 'hedge'))).toEqual(['in some measure', 'to a large extent']);
  });
});

describe('certainty: frames read from the parse (tune3)', () => {
  it('takes "make sure" as no assertion, "sure that" still as one', () => {
    expect(family('The crew worked late to make sure that the bridge opened on time.', 'certainty')).toEqual([]);
    expect(kinds(family('The mayor is sure that the bridge will open.', 'certainty'))).toEqual(['assertive:is sure']);
  });
  it('takes "confident" as assertive only before a clause', () => {
    expect(kinds(family('Ruiz was confident the bridge would open in May.', 'certainty'))).toEqual(['assertive:confident']);
    expect(kinds(family('Reporters asked why she was “confident” the count would hold.', 'certainty'))).toEqual(['assertive:confident']);
    expect(family('Ruiz was confident in the plan.', 'certainty')).toEqual([]);
    expect(family('A confident mayor cut the ribbon.', 'certainty')).toEqual([]);
  });
  it('takes sure, certain, obvious and evident the same way: predicative, with a clause', () => {
    expect(kinds(family('Ruiz was sure the ferry would return, and it was obvious that the crew agreed.', 'certainty'))).toEqual(['assertive:sure', 'assertive:obvious']);
    expect(kinds(family('“I’m certain we counted every vote,” the clerk said.', 'certainty'))).toEqual(['assertive:certain']);
    expect(family('Certain voters made an obvious choice; the damage was evident from the road.', 'certainty')).toEqual([]);
  });
  it('takes "clear" with a wh-clause as assertive', () => {
    expect(kinds(family('It is pretty clear what the council wants.', 'certainty'))).toEqual(['assertive:clear what']);
  });
  it('takes "heavily" as an intensifier only before a stance verb', () => {
    expect(kinds(family('The plan was heavily criticized and the mayor heavily ridiculed.', 'certainty'))).toEqual(['intensifier:heavily', 'intensifier:heavily']);
    expect(family('The convoy was heavily armed and it rained heavily.', 'certainty')).toEqual([]);
  });
  it('takes "find" as factive with a clause after it, not with an object', () => {
    expect(kinds(family('A new survey finds the share of renters in the county has doubled.', 'certainty'))).toEqual(['factive:finds']);
    expect(family('Police found a wallet in the car.', 'certainty')).toEqual([]);
    expect(family('The jury found the driver guilty of speeding.', 'certainty')).toEqual([]);
    expect(family('Inspectors found 40 files pertaining to the contract.', 'certainty')).toEqual([]);
    expect(family('The mayor finds herself on the defensive.', 'certainty')).toEqual([]);
    expect(family('Failing to find agreement is not an option.', 'certainty')).toEqual([]);
    expect(family('Divers found the men who were missing.', 'certainty')).toEqual([]);
  });
  it('reads "show" as the factive verb where the tagger makes it a noun, not in a noun phrase', () => {
    const body = 'The permits granted this month show that the county has begun the work. Inspectors, the clerk said, show the dam is safe.';
    expect(kinds(family(body, 'certainty'))).toEqual(['factive:show', 'factive:show']);
    expect(family('The “Harbor Hour” show host said the pier was closed. A talk show that airs daily was cancelled.', 'certainty')).toEqual([]);
  });
  it('reads "show" as the verb after a plural subject opening the sentence, a participle phrase or a relative clause', () => {
    expect(kinds(family('Polls show him beating the mayor by ten points.', 'certainty'))).toEqual(['factive:show']);
    // A bare clause after it (GUIDELINES.md §8), not a noun phrase object or the noun "shows".
    expect(kinds(family('Records show the contract was never signed.', 'certainty'))).toEqual(['factive:show']);
    expect(family('The records show a deficit. The car shows drew big crowds.', 'certainty')).toEqual([]);
    expect(kinds(family('Records released by the Harbor Board show how the aides pressed the agency.', 'certainty'))).toEqual(['factive:show']);
    expect(kinds(family('The files, which were made public Tuesday, show that the aides pressed the agency.', 'certainty'))).toEqual(['factive:show']);
    expect(family('The aides who watched the Harbor Hour show that night laughed.', 'certainty')).toEqual([]);
    expect(family('Fans of the Daily Show say that it is funny.', 'certainty')).toEqual([]);
    expect(family('Families invited to the talent show that the school hosted left early.', 'certainty')).toEqual([]);
    expect(family('Tutors hired by the district show them reading strategies.', 'certainty')).toEqual([]);
  });
});

describe('hedges and certainty: the same words in other senses (review of tune3 rules)', () => {
  it('counts "hard to say" and "wasn’t clear" only before a question or at the clause’s end', () => {
    expect(family('It was hard to say goodbye to the crew, and hard to tell the twins apart.', 'hedge')).toEqual([]);
    expect(family("The mayor wasn't clear about his plans for Friday.", 'hedge')).toEqual([]);
    expect(family('The open question format was popular with listeners.', 'hedge')).toEqual([]);
    expect(texts(family("It wasn't clear how the money was spent, and it is too early to tell.", 'hedge'))).toEqual(["wasn't clear", 'too early to tell']);
  });
  it('does not read a possessive, an instruction or betting odds as certainty', () => {
    expect(family("The senator's sure footing helped her win.", 'certainty')).toEqual([]);
    expect(family('Be sure you vote early.', 'certainty')).toEqual([]);
    expect(family('The challenger is heavily favored to win the seat.', 'certainty')).toEqual([]);
    expect(kinds(family("He's sure the levy will pass.", 'certainty'))).toEqual(['assertive:sure']);
  });
});

describe('hedges and certainty from the blind split tune4', () => {
  it('counts frequency and "it was reported that" as hedges, not a superlative’s "possible"', () => {
    expect(texts(family('The chairman is known for occasionally rash remarks, and in many cases he retracts them.', 'hedge'))).toEqual(['occasionally', 'in many cases']);
    expect(texts(family('It was reported that the firm owed the county $3 million.', 'hedge'))).toEqual(['It was reported that']);
    expect(family('It was the sharpest possible break between the two rivals.', 'hedge')).toEqual([]);
  });
  it('counts "wildly", "absolutely no" and degree on verbs of feeling as intensifiers', () => {
    expect(kinds(family('The mayor said the figures were wildly inaccurate.', 'certainty'))).toEqual(['intensifier:wildly']);
    expect(kinds(family('There is absolutely no way the levy passes.', 'certainty'))).toEqual(['intensifier:absolutely']);
    expect(kinds(family('The levy is a subject that profoundly divides the town.', 'certainty'))).toEqual(['intensifier:profoundly']);
    expect(family('Prices swung wildly all week.', 'certainty')).toEqual([]);
  });
});

describe('hedges from the blind split tune6', () => {
  const hedges = (body: string): string[] => analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === 'hedge').map((m) => m.text);
  it('counts the evidential "is considered to", "looks to be" and "from what I understand"', () => {
    expect(hedges('The senator is considered to be a moderate, and the rise looks to be temporary.')).toEqual(['is considered to', 'looks to be']);
    expect(hedges('From what I understand, the talks are over.')).toEqual(['From what I understand']);
    expect(hedges('She considered the offer and looked at the terms.')).toEqual([]);
  });
  it('leaves "could no longer" (ability lost) out, as "could not"', () => {
    expect(hedges('He could no longer run as a candidate, though the bridge could collapse.')).toEqual(['could']);
  });
});

describe('hedges from the blind split tune7', () => {
  const hedges = (body: string): string[] => analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === 'hedge').map((m) => m.text);
  it('approximates one unit of time after a copula, not a topic', () => {
    expect(hedges('It was about a month after the vote, and the outage lasted around an hour.')).toEqual(['about', 'around']);
    expect(hedges('The film is about a family, and the report was about a year of chaos.')).toEqual([]);
  });
  it('leaves "not nearly", "likely voters" and a person indicating a view out', () => {
    expect(hedges('The recovery is not proceeding nearly as fast as hoped; nearly 40 people came.')).toEqual(['nearly']);
    expect(hedges('The issue was cited by 4 percent of likely Republican voters; the bill is likely to pass.')).toEqual(['likely']);
    expect(hedges('I indicated my view to the board, and the data indicate a slowdown.')).toEqual(['indicate']);
  });
});

describe('a factive "show" after a plural subject (tune6)', () => {
  const factives = (body: string): string[] => analyzeArticle(body, splitSentences(body)).markers.filter((m) => m.family === 'certainty' && m.label === 'factive').map((m) => m.text);
  it('reads "the records show that/how" as the verb, "a news show that" as the noun', () => {
    expect(factives('The records show that the mayor lied, and the emails show how the deal was made.')).toEqual(['show', 'show']);
    expect(factives('The news show that the network cancelled was popular, and the talk show that aired drew viewers.')).toEqual([]);
  });
});

describe('hedges and certainty from the blind split tune5', () => {
  it('counts "normally" and "chance that" as hedges', () => {
    expect(texts(family('What would normally be a solid gain fell short.', 'hedge'))).toEqual(['normally']);
    expect(texts(family('There is a small chance that the pier reopens.', 'hedge'))).toEqual(['small chance']); // the odds phrase starts first (analysis/14)
    expect(texts(family('There is a chance that the pier reopens.', 'hedge'))).toEqual(['chance that']);
  });
  it('counts "made it clear that", "the truth is that" and "far too"', () => {
    expect(kinds(family('The governor made it clear that she would veto the bill.', 'certainty'))).toEqual(['assertive:made it clear']);
    expect(kinds(family('The truth is that the levy does not matter.', 'certainty'))).toEqual(['booster:The truth is that']);
    expect(kinds(family('Democrats called the cap far too low.', 'certainty'))).toEqual(['intensifier:far', 'intensifier:too']);
  });
});

describe('factives in a reporting clause after their proposition (tune5)', () => {
  it('counts "…, a study found on Monday", "…, an analysis showed", "…, a spokesman confirmed to reporters"', () => {
    expect(kinds(family('Two shots still give good cover, a county study found on Friday.', 'certainty'))).toEqual(['factive:found']);
    expect(kinds(family('Ferry trips rose by a third in May, a Harbor Board review of ticket data showed.', 'certainty'))).toEqual(['factive:showed']);
    expect(kinds(family('The audit has entered a new phase, spokesman Dana Holt confirmed to the paper late Friday.', 'certainty'))).toEqual(['factive:confirmed']);
  });
  it('leaves a found object and a relative clause alone', () => {
    expect(family('Police found the car on Monday.', 'certainty')).toEqual([]);
    expect(family('The wallet, which police found, was empty.', 'certainty')).toEqual([]);
    expect(family('He vowed to fight.', 'certainty')).toEqual([]);
  });
});

describe('today’s certainty and hedge rules do not misfire (review)', () => {
  it('does not read a fronted phrase before "found" as a proposition', () => {
    expect(family('After a long trial, the jury found in favor of the city.', 'certainty')).toEqual([]);
    expect(family('In March, the court found against the company.', 'certainty')).toEqual([]);
  });
  it('reads "possible" after any superlative as no hedge', () => {
    expect(family('It was the best possible outcome, at the earliest possible date.', 'hedge')).toEqual([]);
  });
});

describe('hedged units of time do not misfire (second review)', () => {
  const hedges = (body: string): string[] => texts(family(body, 'hedge'));
  it('reads "about a year" as a topic after a copula or a noun when nothing measures it', () => {
    expect(hedges('The novel is about a year in the life of a nurse.')).toEqual([]);
    expect(hedges('She made a film about a night at the border.')).toEqual([]);
    expect(hedges('The delay was about a week, and the trip is about a day long.')).toEqual(['about', 'about']);
    expect(hedges('It was about a month after the vote.')).toEqual(['about']);
  });
});

describe('hedges and certainty from the blind split tune10', () => {
  it('reads "not particularly" as an understatement, not a degree raised', () => {
    expect(family('The mayor is not particularly worried about the storm, aides said.', 'certainty')).toEqual([]);
    expect(family('The council has not done a particularly good job on the roads.', 'certainty')).toEqual([]);
    expect(kinds(family('The council has done a particularly poor job on the roads.', 'certainty'))).toEqual(['intensifier:particularly']);
  });
  it('leaves "the very" before a superlative alone, and counts "fully" before a stance', () => {
    expect(family('Tax cuts for the very richest families would cost billions.', 'certainty')).toEqual([]);
    expect(kinds(family('She has always been fully committed to repealing the law.', 'certainty'))).toEqual(['intensifier:fully']);
    expect(family('Nearly all staff are fully vaccinated.', 'certainty')).toEqual([]);
  });
  it('does not count "actually" inside a question, only where it asserts', () => {
    expect(family('Nobody can say what talks actually took place that night.', 'certainty')).toEqual([]);
    expect(family('There is confusion about what the rule actually says.', 'certainty')).toEqual([]);
    expect(kinds(family('The rule actually says nothing about fees.', 'certainty'))).toEqual(['booster:actually']);
    expect(kinds(family('The aide who actually wrote the memo left in May.', 'certainty'))).toEqual(['booster:actually']);
  });
  it('needs a proposition: no participle in a noun phrase, no object noun phrase, no passive "sworn in"', () => {
    expect(family('The plan would cut the guaranteed pensions that retirees rely on.', 'certainty')).toEqual([]);
    expect(family('The letters revealed no new details about the council’s evolving account of the fire, which destroyed four homes.', 'certainty')).toEqual([]);
    expect(family('She looks forward to affirming our shared commitment to the poor.', 'certainty')).toEqual([]);
    expect(family('Aides want the budget passed before a new, more divided council is sworn in next month.', 'certainty')).toEqual([]);
  });
  it('finds the clause after a time phrase or a short prepositional phrase', () => {
    expect(kinds(family('When the reporter learned years later that the file had vanished, she wrote a book.', 'certainty'))).toEqual(['factive:learned']);
    expect(kinds(family('The lawyer confirmed to a local paper that the campaign and the party received subpoenas.', 'certainty'))).toEqual(['factive:confirmed']);
    expect(kinds(family('He said he knew for a fact that the vote was rigged.', 'certainty'))).toEqual(['factive:knew']);
    expect(family('She told reporters at the hearing that covered the trial nothing.', 'certainty')).toEqual([]);
  });
  it('reads "we all know" as the verb, and "as we know" as presenting what follows as known', () => {
    expect(kinds(family('We all know that the judges have political views.', 'certainty'))).toEqual(['factive:know']);
    expect(kinds(family('The mills, as we all know in this valley, have changed.', 'certainty'))).toEqual(['factive:know']);
    expect(family('The budget would end the program as we know it.', 'certainty')).toEqual([]);
  });
  it('does not count what a picture shows as a finding, but counts what records show', () => {
    expect(family('The footage shows the mayor shaking hands with donors.', 'certainty')).toEqual([]);
    expect(family('The video, which was posted online by a local group, apparently shows the mayor speaking to donors.', 'certainty')).toEqual([]);
    expect(kinds(family('The video shows that the officer fired first.', 'certainty'))).toEqual(['factive:shows']);
    expect(kinds(family('Internal emails show aides pressing the agency to act.', 'certainty'))).toEqual(['factive:show']);
  });
  it('hedges: "not entirely sure" and "appearing to"; not astonishment, a superlative\'s "possible" or a concession', () => {
    expect(texts(family("I'm not entirely sure the plan will pass.", 'hedge'))).toEqual(['not entirely sure']);
    expect(family("I'm not entirely sure the plan will pass.", 'certainty')).toEqual([]);
    expect(texts(family('An account was suspended for appearing to belong to the former mayor.', 'hedge'))).toEqual(['appearing to']);
    expect(family('They cannot believe what they are finding in the files.', 'hedge')).toEqual([]);
    expect(texts(family('They believe the files were altered.', 'hedge'))).toEqual(['believe']);
    expect(family('We want the best, strongest deal possible for workers.', 'hedge')).toEqual([]);
    expect(texts(family('A deal is possible by Friday.', 'hedge'))).toEqual(['possible']);
    expect(family('However valid his points may have been, they were better left unsaid.', 'hedge')).toEqual([]);
    expect(texts(family('His points may have been valid.', 'hedge'))).toEqual(['may']);
  });
  it('review: the tune10 rules do not misfire on clauses, "-est" words, contractions or objects', () => {
    // A negator inside a relative clause does not understate the main clause's degree word.
    expect(kinds(family('Voters who are not registered are particularly angry about the change.', 'certainty'))).toEqual(['intensifier:particularly']);
    expect(family('She has not been especially helpful.', 'certainty')).toEqual([]);
    // "honest", "modest", "arrest" end in "-est" but are no superlatives.
    expect(kinds(family('The very honest answer surprised the panel.', 'certainty'))).toEqual(['intensifier:very']);
    expect(texts(family('Detectives consider an arrest possible within days.', 'hedge'))).toEqual(['possible']);
    expect(family('They want the lowest price possible.', 'hedge')).toEqual([]);
    // A free relative after "that's" / "here is" asserts; an embedded question does not.
    expect(kinds(family("That's what the rule actually says.", 'certainty'))).toEqual(['booster:actually']);
    expect(kinds(family('That is not how the law actually works.', 'certainty'))).toEqual(['booster:actually']);
    expect(family('The question is what the rule actually says.', 'certainty')).toEqual([]);
    // A pronoun's "'s" (has) is no possessive before an attributive participle.
    expect(kinds(family("She's learned voters are tired of the fight.", 'certainty'))).toEqual(['factive:learned']);
    // "that" right after the preposition is its determiner, not the clause's opener.
    expect(family('She stressed at that meeting the need for calm.', 'certainty')).toEqual([]);
    expect(kinds(family('He recalled in that interview that he had been afraid.', 'certainty'))).toEqual(['factive:recalled']);
    // "as they know him": an object, so "as" is "because", not "as we know, …".
    expect(family('People trust the mayor as they know him well.', 'certainty')).toEqual([]);
    // A recording that shows a finite clause ("shows the officer fired first") shows a finding.
    expect(kinds(family('The video shows the officer fired first.', 'certainty'))).toEqual(['factive:shows']);
    expect(family('Surveillance video shows a man entering the bank.', 'certainty')).toEqual([]);
    // "it was confirmed" after the proposition is a passive with the proposition as its subject.
    expect(kinds(family('The plant will close in May, it was confirmed on Friday.', 'certainty'))).toEqual(['factive:confirmed']);
    // "can't" is one token.
    expect(family("I can't believe he would lie to us.", 'hedge')).toEqual([]);
    // "appearing to" before a noun phrase is where one appears, not "seem to".
    expect(family('The mayor, appearing to reporters outside the court, declined to comment.', 'hedge')).toEqual([]);
    expect(family('The senator appeared to a crowd of supporters on Friday.', 'hedge')).toEqual([]);
    expect(texts(family('The senator appeared to stumble on Friday.', 'hedge'))).toEqual(['appeared to']);
  });
});

describe('"possible" of what an agent enabled is no hedge', () => {
  it('leaves "made it possible" and "made this past year possible" alone, and keeps a possibility', () => {
    expect(family('The rule made it possible to pay benefits monthly.', 'hedge')).toEqual([]);
    expect(family('Volunteers made this past year possible.', 'hedge')).toEqual([]);
    expect(texts(family('A deal is possible by Friday.', 'hedge'))).toEqual(['possible']);
  });
});

describe('tune11 and the tune splits\' certainty misses (analysis/14)', () => {
  it('counts degree words that raise a comparative or a distance, not a verb of change nor "as well"', () => {
    expect(kinds(family('The offer is still well below what the mayor proposed, and far short of a deal.', 'certainty'))).toEqual(['intensifier:well', 'intensifier:far']);
    expect(kinds(family('Rents were significantly higher than last year; the senator polled far behind her rival.', 'certainty'))).toEqual(['intensifier:significantly', 'intensifier:far']);
    expect(kinds(family('Bakeries added just 900 jobs, sharply lower than in March.', 'certainty'))).toEqual(['intensifier:sharply']);
    expect(family('Shares closed significantly lower on Friday, and the levy would significantly raise costs.', 'certainty')).toEqual([]);
    expect(family('The port did well, and the depot as well as the yard may well reopen.', 'certainty')).toEqual([]);
  });
  it('counts new degree adverbs before a gradable word, not as manner after a verb', () => {
    expect(kinds(family('The vote set up an intensely partisan fight between two radically different plans.', 'certainty'))).toEqual(['intensifier:intensely', 'intensifier:radically']);
    expect(family('The guard stared intensely at the door.', 'certainty')).toEqual([]);
  });
  it('counts a degree word quoted alone, a belief deeply held and influence deeply felt', () => {
    expect(kinds(family('The mayor said she is "profoundly" sorry for the delay.', 'certainty'))).toEqual(['intensifier:profoundly']);
    expect(kinds(family('He said he “deeply” regrets the remarks.', 'certainty'))).toEqual(['intensifier:deeply']);
    expect(kinds(family('Her faith is a deeply held conviction, and it deeply influenced her votes.', 'certainty'))).toEqual(['intensifier:deeply', 'intensifier:deeply']);
  });
  it('counts "heavily favored by" as support, not "heavily favored to win"', () => {
    expect(kinds(family('The levy is heavily favored by rural mayors.', 'certainty'))).toEqual(['intensifier:heavily']);
    expect(family('The Hawks are heavily favored to win on Sunday.', 'certainty')).toEqual([]);
  });
  it('reads a finding in the passive, a plural after "that" and a finding closing the sentence', () => {
    expect(kinds(family('Two clerks were later found to have shredded the ballots.', 'certainty'))).toEqual(['factive:found']);
    expect(kinds(family('Numbers released by the bureau show that sales of heaters fell.', 'certainty'))).toEqual(['factive:show']);
    expect(kinds(family('The mayor knew about the leak for weeks, newly-released emails show.', 'certainty'))).toEqual(['factive:show']);
    expect(family('After a long week, the kids show.', 'certainty')).toEqual([]);
    expect(family('I remember that news for its tone.', 'certainty')).toEqual([]);
  });
  it('finds the hearer of "assure" with its modifiers', () => {
    expect(kinds(family('The ruling assures legally married couples that their status will not change.', 'certainty'))).toEqual(['assertive:assures']);
    expect(kinds(family('She assured them that it was fine.', 'certainty'))).toEqual(['assertive:assured']);
  });
});

describe('review of the analysis/14 certainty rules', () => {
  it('counts a distance raised only after a linking verb, "still", a verb of standing or before a standard', () => {
    expect(family('The depot sits well behind the new mall, and rebels held posts far beyond the river.', 'certainty')).toEqual([]);
    expect(family('Shares traded well above $40 for most of the session.', 'certainty')).toEqual([]);
    expect(kinds(family('Inflation came in well above the bank\'s target.', 'certainty'))).toEqual(['intensifier:well']);
  });
  it('counts a comparative raised after a linking verb or before its noun', () => {
    expect(kinds(family('Rents remained significantly higher than before.', 'certainty'))).toEqual(['intensifier:significantly']);
    expect(kinds(family('The chain reported markedly weaker sales in May.', 'certainty'))).toEqual(['intensifier:markedly']);
  });
  it('leaves a subject pronoun, a change of state and physical effects out', () => {
    expect(family('They greatly expanded programs, and the plan was radically altered.', 'certainty')).toEqual([]);
    expect(family('The measure was overwhelmingly passed by the House.', 'certainty')).toEqual([]);
    expect(family('The storm heavily affected crops, and she firmly held the railing.', 'certainty')).toEqual([]);
    expect(family('The team is heavily favored by oddsmakers to win the title.', 'certainty')).toEqual([]);
    expect(kinds(family('Voters hold deeply held beliefs and sincerely held views.', 'certainty'))).toEqual(['intensifier:deeply', 'intensifier:sincerely']);
  });
  it('reads a quoted degree word like an unquoted one, and not when it is only mentioned', () => {
    expect(family('He used the word "absolutely" several times.', 'certainty')).toEqual([]);
    expect(kinds(family('The governor said the state was "extremely" prepared.', 'certainty'))).toEqual(['intensifier:extremely']);
    expect(kinds(family("She said she was 'deeply' troubled by the footage.", 'certainty'))).toEqual(['intensifier:deeply']);
  });
  it('keeps singulars in -us and -is as determiners, and only records closing a sentence', () => {
    expect(family('The agency confirmed that status on Monday, and she still remembers that campus.', 'certainty')).toEqual([]);
    expect(family('Thousands gathered downtown for the biggest event of the summer, the fireworks show.', 'certainty')).toEqual([]);
    expect(kinds(family('The deal assured struggling hospitals additional funding that was badly needed.', 'certainty'))).toEqual(['intensifier:badly']);
  });
});

describe('odds as hedges (analysis/14)', () => {
  it('counts the chance of an outcome, not a chance to act nor the chance of a lifetime', () => {
    expect(texts(family('The bill has a good chance of passing, but its chances of clearing the Senate are slim.', 'hedge'))).toEqual(['good chance', 'chances of']);
    expect(family('Voters deserve a fair chance to weigh in, and he got the chance of a lifetime.', 'hedge')).toEqual([]);
  });
});

describe('the blind split tune12 (analysis/14)', () => {
  it('reads "really" before a plain verb as a booster, after a copula as an intensifier', () => {
    expect(kinds(family('“This really is a huge problem for the port,” Ruiz said.', 'certainty'))).toEqual(['booster:really']);
    expect(kinds(family('I’m really honored, and I really want to win.', 'certainty'))).toEqual(['intensifier:really', 'intensifier:really']);
    expect(family('Can anyone really say that with a straight face?', 'certainty')).toEqual([]);
  });
  it('counts a booster opening a quotation, coordinated degree words and "crystal clear"', () => {
    expect(kinds(family('He tweeted, “Obviously I am the first person to take a meeting.”', 'certainty'))).toEqual(['booster:Obviously']);
    expect(kinds(family('"That is completely and totally unacceptable," said Ruiz.', 'certainty'))).toEqual(['intensifier:completely', 'intensifier:totally']);
    expect(kinds(family('One thing that is crystal clear is that she is changing her story.', 'certainty'))).toEqual(['assertive:crystal clear']);
    expect(family('Okafor released a strongly worded statement.', 'certainty')).toEqual([]);
  });
  it('reads a clause after "to learn" that opens with a name', () => {
    expect(kinds(family('He was shocked to learn Mr. Holt was raising money off the fire.', 'certainty'))).toEqual(['factive:learn']);
  });
});

describe('the blind split tune13 (analysis/14)', () => {
  it('leaves out the noun "might", "could ever imagine", a measured likelihood, an unexpected "unlikely" and a denied possibility', () => {
    expect(family('He sent the message that might and power prevail.', 'hedge')).toEqual([]);
    expect(family('She loves the port more than any of you could ever imagine.', 'hedge')).toEqual([]);
    expect(family('The convention made them more likely to vote for Ruiz, and it was an unlikely opportunity.', 'hedge')).toEqual([]);
    expect(family('There is no possibility of a deal.', 'hedge')).toEqual([]);
    expect(texts(family('Rain is most likely tomorrow, an unlikely scenario for May.', 'hedge'))).toEqual(['likely', 'unlikely']);
  });
  it('leaves out beliefs asked about and the idiom "just when you thought", not a speaker\'s own "I think"', () => {
    expect(family('Just when you thought it could not get worse, the pier closed.', 'hedge')).toEqual([]);
    expect(family('A reporter asked him what he thinks is going wrong.', 'hedge')).toEqual([]);
    expect(texts(family('Here is what I think should happen now.', 'hedge'))).toEqual(['think']);
  });
  it('counts "in large part", "widely regarded as" and a possessive before "purported"', () => {
    expect(texts(family('The plan would, in large part, be paid for by a levy that was widely regarded as unfair.', 'hedge'))).toEqual(['in large part', 'widely regarded as']);
    expect(texts(family('He touted his purported “longest streak” of job growth.', 'hedge'))).toEqual(['purported']);
    expect(family('He alleged fraud.', 'hedge')).toEqual([]);
  });
  it('counts a repeated degree word, degree words that judge, "badly" before a stance verb, and a clause after dashes', () => {
    expect(kinds(family('“It is a very, very important subject,” said Ruiz.', 'certainty'))).toEqual(['intensifier:very', 'intensifier:very']);
    expect(kinds(family('He was frighteningly unprepared and is being badly criticized.', 'certainty'))).toEqual(['intensifier:frighteningly', 'intensifier:badly']);
    expect(family('The house was badly damaged by a badly thought-through plan.', 'certainty')).toEqual([]);
    expect(kinds(family('Voters have finally learned -- after two failed attempts -- that the mayor is serious.', 'certainty'))).toEqual(['factive:learned']);
  });
});

describe('review of the tune12 and tune13 rules (analysis/14)', () => {
  it('asks a proposition of "crystal clear", and leaves a quoted title\'s first word alone', () => {
    expect(family('The water in the lake was crystal clear on Monday.', 'certainty')).toEqual([]);
    expect(kinds(family('The mayor made it crystal clear she will not resign.', 'certainty'))).toEqual(['assertive:crystal clear']);
    expect(family('She starred in the film "Clearly Speaking," a comedy.', 'certainty')).toEqual([]);
    expect(family('She discovered -- in the attic -- that old box of letters.', 'certainty')).toEqual([]);
  });
  it('keeps the modal "might" before a comma or at the end, and "unlikely" before a clause', () => {
    expect(texts(family('The storm might, officials warned, reach the coast; nobody knows, but it might.', 'hedge'))).toEqual(['might', 'might']);
    expect(family('Its military might has grown.', 'hedge')).toEqual([]);
    expect(texts(family('It is unlikely lawmakers will return before the fall.', 'hedge'))).toEqual(['unlikely']);
    expect(texts(family('A rate cut is now more likely than not.', 'hedge'))).toEqual(['likely']);
    expect(family('Renters are twice as likely to be evicted, and there is no chance of a deal.', 'hedge')).toEqual([]);
    expect(texts(family('Holt’s purported ties were never proven.', 'hedge'))).toEqual(['purported']);
    expect(family('The proposal was widely considered in both chambers.', 'hedge')).toEqual([]);
  });
});

describe('the blind split tune14 (analysis/14)', () => {
  it('reads "quite" as a degree word, not after a negation, and evaluative -ing adjectives as gradable', () => {
    expect(kinds(family('It would be quite challenging, and the news is deeply troubling.', 'certainty'))).toEqual(['intensifier:quite', 'intensifier:deeply']);
    expect(family('He hinted that Holt was not quite sane.', 'certainty')).toEqual([]);
    expect(family('It would be quite challenging.', 'hedge')).toEqual([]);
  });
  it('counts hearsay, "effectively" of degree and "Believe me" as a booster', () => {
    expect(texts(family('There are reports Holt is considering Ruiz; by all accounts, she is ready.', 'hedge'))).toEqual(['There are reports', 'by all accounts']);
    expect(texts(family('Doing so would effectively mean the cuts expire.', 'hedge'))).toEqual(['effectively']);
    expect(family('The city governed effectively, and nothing kept him from effectively representing the party.', 'hedge')).toEqual([]);
    expect(kinds(family('Believe me, they are a breath of fresh air.', 'certainty'))).toEqual(['booster:Believe me']);
    expect(family('Believe me, they are a breath of fresh air.', 'hedge')).toEqual([]);
  });
  it('leaves out the noun "suspect", likely caucus-goers, "as … as possible" and a fully automatic gun', () => {
    expect(family('An official sent details about the Navy Yard suspect to reporters.', 'hedge')).toEqual([]);
    expect(texts(family('Police suspect that the fire was set.', 'hedge'))).toEqual(['suspect']);
    expect(family('Holt had 28 percent of likely Republican caucus-goers and was as forthcoming as possible.', 'hedge')).toEqual([]);
    expect(family('A silencer wears out quickly on a fully automatic gun.', 'certainty')).toEqual([]);
  });
});

describe('review of the tune14 rules (analysis/14)', () => {
  it('reads "effectively" of manner out and "in effect" in, "Believe me" only opening, "lavishly" on stance verbs only', () => {
    expect(family('Police need more resources to effectively investigate crime.', 'hedge')).toEqual([]);
    expect(texts(family('The fee is effectively a tax, and the base effectively serves as a cap.', 'hedge'))).toEqual(['effectively', 'effectively']);
    expect(family('Why should anyone believe me now?', 'certainty')).toEqual([]);
    expect(family('It is a lavishly decorated building.', 'certainty')).toEqual([]);
    expect(kinds(family('Critics lavishly praised the film.', 'certainty'))).toEqual(['intensifier:lavishly']);
    expect(family('Officials are particularly concerning themselves with turnout.', 'certainty')).toEqual([]);
  });
  it('keeps "suspect at least two", "as … as possible" with words between, a fully remote team', () => {
    expect(texts(family('Officials suspect at least two people were involved.', 'hedge'))).toEqual(['suspect']);
    expect(family('We will act as quickly and safely as possible.', 'hedge')).toEqual([]);
    expect(family('The team is fully remote.', 'certainty')).toEqual([]);
    expect(texts(family('There are also reports Holt is ill.', 'hedge'))).toEqual(['There are also reports']);
  });
});

describe('the blind split tune15 (analysis/14)', () => {
  it('leaves out a belief denied to all, a concession, a survey proportion, outrage and a conviction', () => {
    expect(family('No one with half a brain believes Holt was unaware of the plan.', 'hedge')).toEqual([]);
    expect(family('Reagan did it skillfully, whatever one may think of his vision.', 'hedge')).toEqual([]);
    expect(texts(family('Ms. Ruiz reversed whatever gains he may have made.', 'hedge'))).toEqual(['may']);
    expect(family('Republican voters were most likely to say they were excited.', 'hedge')).toEqual([]);
    expect(family('Can you believe that Holt did nothing?', 'hedge')).toEqual([]);
    expect(texts(family('“I believe we must do more,” Ruiz said, and officials believe the storm should reach the coast.', 'hedge'))).toEqual(['believe', 'believe']);
  });
  it('counts "basically", "rarely", "in many ways" and "what is clear is that", not a video showing a scene', () => {
    expect(texts(family('She basically outlined the plan; he is rarely deterred and is in many ways her heir.', 'hedge'))).toEqual(['basically', 'rarely', 'in many ways']);
    expect(family('The old video showing Mayor Holt talking about race surfaced.', 'certainty')).toEqual([]);
  });
});

describe('review of the tune15 rules (analysis/14)', () => {
  it('denies a belief only to its own subject, a concession only when fronted and closed', () => {
    expect(texts(family('No one objected and police believe the fire was set.', 'hedge'))).toEqual(['believe']);
    expect(texts(family('Whoever sent the letters may have had help, police said.', 'hedge'))).toEqual(['may']);
    expect(texts(family('Whatever its flaws the bill could pass.', 'hedge'))).toEqual(['could']);
    expect(family('Whatever Ruiz may think, Holt is her heir.', 'hedge')).toEqual([]);
    expect(texts(family('The senator is most likely to vote against the bill.', 'hedge'))).toEqual(['likely']);
  });
  it('keeps a finding shown in a video, "in many ways" only as a sentence adverb, "clear is that" only after what/that', () => {
    expect(kinds(family('A video showing the officer fired first was released.', 'certainty'))).toEqual(['factive:showing']);
    expect(family('The flood damaged the town in many ways, from roads to schools.', 'hedge')).toEqual([]);
    expect(texts(family('Holt is in many ways her true successor.', 'hedge'))).toEqual(['in many ways']);
    expect(family('How clear is that warning to drivers?', 'certainty')).toEqual([]);
  });
});

describe('the blind split tune16 (analysis/14)', () => {
  it('reads "tends to" and "assume" in their hedging sense only, and "suspects" after an adjective as a noun', () => {
    expect(family('Pencille tends to injured birds, and Holt was not ready to assume the office.', 'hedge')).toEqual([]);
    expect(texts(family('Voters tend to favor incumbents, and I assume the plan will fail.', 'hedge'))).toEqual(['tend to', 'assume']);
    expect(family('Four African-American suspects were held.', 'hedge')).toEqual([]);
  });
  it('counts "not yet clear" and "a little" before a comparative, not a bound or a little girl', () => {
    expect(texts(family('It is not yet clear why, and the case could get a little stronger.', 'hedge'))).toEqual(['not yet clear', 'could', 'a little']);
    expect(family('A little girl waved a little more than a month ago.', 'hedge')).toEqual([]);
  });
  it('counts "definitively" before its verb, "strongly hinted", "much different", "blazingly"; not the idiom "too early to say"', () => {
    expect(kinds(family('I can definitively say he is not a liar.', 'certainty'))).toEqual(['booster:definitively']);
    expect(family('He avoided answering questions definitively.', 'certainty')).toEqual([]);
    expect(kinds(family('Walker had strongly hinted he would run; it was a blazingly odd pick.', 'certainty'))).toEqual(['intensifier:strongly', 'intensifier:blazingly']);
    expect(family('He said it was “too early to say” what caused the blast.', 'certainty')).toEqual([]);
    expect(kinds(family('Officials said it was too soon to determine the cause.', 'certainty'))).toEqual(['intensifier:too']);
  });
});

describe('review of the tune16 rules (analysis/14)', () => {
  it('keeps "tends to" across an adverb, "assume" before a clause, "suspects" after an age', () => {
    expect(texts(family('Unemployment tends to sharply rise, and social media tends to feed rumors.', 'hedge'))).toEqual(['tends to', 'tends to']);
    expect(texts(family('I assume the office will stay closed.', 'hedge'))).toEqual(['assume']);
    expect(family('He was ready to assume full control.', 'hedge')).toEqual([]);
    expect(texts(family('Rodriguez, 54, suspects the fire was set.', 'hedge'))).toEqual(['suspects']);
  });
  it('reads "a little more time", fame and a denied "definitively" out, "too early to tell voters" in', () => {
    expect(family('Officials asked for a little more time; the singer, not yet known to most fans, opened.', 'hedge')).toEqual([]);
    expect(texts(family('It was a little stronger than expected.', 'hedge'))).toEqual(['a little']);
    expect(family('The league has yet to definitively decide on a date.', 'certainty')).toEqual([]);
    expect(kinds(family('It is too early to tell voters what the plan will cost.', 'certainty'))).toEqual(['intensifier:too']);
  });
});

describe('the blind split tune17 (analysis/14)', () => {
  it('counts "I am convinced that", a poll showing a standing, "pushed back strongly", "disastrously"', () => {
    expect(kinds(family('I am convinced that this deal will work.', 'certainty'))).toEqual(['assertive:convinced']);
    expect(kinds(family('The latest poll shows Holt and Ruiz tied in Ohio.', 'certainty'))).toEqual(['factive:shows']);
    expect(family('The video shows the man behind the counter.', 'certainty')).toEqual([]);
    expect(kinds(family('Republicans pushed back strongly, calling the plan a concession.', 'certainty'))).toEqual(['intensifier:strongly']);
    expect(family('She resented both sides trying to play politics.', 'certainty')).toEqual([]);
  });
});

describe('the blind split tune19 and the certainty leftovers (analysis/15)', () => {
  it('counts a factive "as" clause before the main clause, not a passive nor an object', () => {
    expect(kinds(family('As the senator has shown repeatedly during her term, she is rarely deterred by critics.', 'certainty'))).toEqual(['factive:shown']);
    expect(kinds(family('It is a hard task, but as Ruiz learned and Holt has been taught again, the mayor is no pushover.', 'certainty'))).toEqual(['factive:learned']);
    expect(kinds(family('The fund was empty, as the audit showed.', 'certainty'))).toEqual(['factive:showed']);
    expect(family('Ranked-choice voting, as it’s known, has been in use for decades.', 'certainty')).toEqual([]);
    expect(family('As officials found the body, police arrived.', 'certainty')).toEqual([]);
    expect(family('As was revealed in court, the firm lied.', 'certainty')).toEqual([]);
  });
  it('counts "You know" with its clause, not the filler, and a clause opened by "he\'s"', () => {
    expect(kinds(family("You know he's not even from here.", 'certainty'))).toEqual(['factive:know']);
    expect(family("You know, he's not even from here.", 'certainty')).toEqual([]);
    expect(kinds(family("I realize it's late.", 'certainty'))).toEqual(['factive:realize']);
    expect(family('Now that you know a little more about me, let me explain.', 'certainty')).toEqual([]);
  });
  it('reads "show" past a participle phrase, a coordinated object and a numeral with a separator', () => {
    expect(kinds(family('The records, released Monday, show the mayor and two aides pressing officials to drop the audit.', 'certainty'))).toEqual(['factive:show']);
    expect(kinds(family('The count was halted after the clerk found an error, showing 2,000 ballots had been counted twice.', 'certainty'))).toEqual(['factive:showing']);
  });
  it('reads what a picture showed in any tense as depicted, through a relative pronoun too', () => {
    expect(family('The videos that showed the mayor making the remarks spread fast.', 'certainty')).toEqual([]);
    expect(family('The video showed the mayor making the remarks.', 'certainty')).toEqual([]);
    expect(kinds(family('The video showed that the mayor lied.', 'certainty'))).toEqual(['factive:showed']);
  });
  it('counts "flatly" before a stance verb, "grossly", "wildly out of touch" and coordinated adverbs', () => {
    expect(kinds(family('She flatly denied that she had met him.', 'certainty'))).toEqual(['intensifier:flatly']);
    expect(family('The statement flatly contradicted the mayor.', 'certainty')).toEqual([]);
    expect(kinds(family('The plan was grossly unfair to renters.', 'certainty'))).toEqual(['intensifier:grossly']);
    expect(kinds(family('He is wildly out of touch with voters.', 'certainty'))).toEqual(['intensifier:wildly']);
    expect(kinds(family('The issues are extremely and personally important to her.', 'certainty'))).toEqual(['intensifier:extremely']);
    expect(family('The race was too close to call.', 'certainty')).toEqual([]);
  });
  it('counts "To be clear," and "became apparent that" as assertions, not the hedge', () => {
    expect(kinds(family('“To be clear,” the mayor said, “we will not raise taxes.”', 'certainty'))).toEqual(['assertive:To be clear']);
    expect(family('She wants the rules to be clear.', 'certainty')).toEqual([]);
    expect(kinds(family('It soon became apparent that the plan had failed.', 'certainty'))).toEqual(['assertive:apparent that']);
    expect(family('It soon became apparent that the plan had failed.', 'hedge')).toEqual([]);
    expect(texts(family('The apparent winner thanked voters.', 'hedge'))).toEqual(['apparent']);
  });
  it('counts "literally" as a booster, not of manner nor before an amount; "actually" not in a yes/no question', () => {
    expect(kinds(family('He literally lied about the budget.', 'certainty'))).toEqual(['booster:literally']);
    expect(family('The text was translated literally.', 'certainty')).toEqual([]);
    expect(family('She has attended literally hundreds of town meetings.', 'certainty')).toEqual([]);
    expect(family('Has the team actually been the best preparation?', 'certainty')).toEqual([]);
    expect(kinds(family('The team has actually been the best preparation.', 'certainty'))).toEqual(['booster:actually']);
    expect(family('Polls show the governor moving clearly ahead in the suburbs.', 'certainty').map((m) => m.text)).toEqual(['show']);
  });
  it('leaves out a believed thing, a comparison\'s modal, "everything possible" and "about a 1996 comment"', () => {
    expect(family("She refused to believe the agency's assessment that the plant was safe.", 'hedge')).toEqual([]);
    expect(family('I believe him.', 'hedge')).toEqual([]);
    expect(texts(family('I believe the plan will fail.', 'hedge'))).toEqual(['believe']);
    expect(texts(family('He said he believed his account, or a related site, had been hacked.', 'hedge'))).toEqual(['believed']);
    expect(family('The result was more than could be expected of anyone.', 'hedge')).toEqual([]);
    expect(family('They will do everything possible to stop the bill.', 'hedge')).toEqual([]);
    expect(family('Protesters upset about a 1996 comment shouted at her.', 'hedge')).toEqual([]);
    expect(texts(family('The march drew about 1,996 people.', 'hedge'))).toEqual(['about']);
  });
});

describe('review of the analysis/15 rules', () => {
  it('reads no factive "as" clause of a particle, a feeling shown, a manner, a ruling or "learned and grew"', () => {
    for (const body of [
      'As the governor showed up late, reporters grew impatient.',
      'As his frustration showed, the coach left the podium early.',
      'As students learned remotely, test scores fell across the state.',
      'As the team learned on the job, mistakes piled up.',
      'As the senator learned and grew, she became more moderate.',
      'As the court found in favor of the plaintiffs, the company appealed.',
    ]) expect(family(body, 'certainty')).toEqual([]);
    expect(kinds(family('As the court found in 2015, the law violates the First Amendment.', 'certainty'))).toEqual(['factive:found']);
  });
  it('reads "You know" with an object, coordinated -ing adjectives and binary states as no certainty', () => {
    expect(family('You know them better than I do.', 'certainty')).toEqual([]);
    expect(family('You know it when you see it.', 'certainty')).toEqual([]);
    expect(kinds(family('You know the senator is right.', 'certainty'))).toEqual(['factive:know']);
    expect(family('The figures show strong sales and rising costs.', 'certainty')).toEqual([]);
    expect(family('The player was well out of bounds when he caught the ball.', 'certainty')).toEqual([]);
    expect(family('The contract is fully and legally binding.', 'certainty')).toEqual([]);
    expect(kinds(family('A state poll released Wednesday shows the mayor leading the race.', 'certainty'))).toEqual(['factive:shows']);
    expect(kinds(family('The documents that showed the senator accepting gifts were leaked.', 'certainty'))).toEqual(['factive:showed']);
    expect(family('The networks show the president speaking every night.', 'certainty')).toEqual([]);
    expect(kinds(family('Nobody knows what’s happening in the capital.', 'certainty'))).toEqual(['factive:knows']);
  });
  it('keeps "apparent" a hedge before "that morning" or negated; "literally" of manner; believed relatives; amounts after "about a"', () => {
    expect(texts(family('The error became apparent that morning.', 'hedge'))).toEqual(['apparent']);
    expect(texts(family('It was not apparent that anything was wrong.', 'hedge'))).toEqual(['apparent']);
    expect(family('The error became apparent that morning.', 'certainty')).toEqual([]);
    expect(family('Some justices read the Constitution literally.', 'certainty')).toEqual([]);
    expect(family('He took the advice literally and resigned.', 'certainty')).toEqual([]);
    expect(family('The word literally means "by the letter."', 'certainty')).toEqual([]);
    expect(texts(family('Investigators believe the man that police arrested Monday acted alone.', 'hedge'))).toEqual(['believe']);
    expect(texts(family('Smith holds about a 10-point lead in the latest poll.', 'hedge'))).toEqual(['about']);
    expect(texts(family('The proposal falls clearly short of what the law requires.', 'certainty'))).toEqual(['clearly']);
  });
});

describe('the blind split tune20 (analysis/15)', () => {
  it('reads a compound "suspect" before a name and a comparison\'s "than I thought" as no hedges', () => {
    expect(family('The bombing suspect Dzhokhar Tsarnaev will not be read his rights.', 'hedge')).toEqual([]);
    expect(texts(family('Police suspect the fire was set.', 'hedge'))).toEqual(['suspect']);
    expect(family('The leaks will be far more damaging than anyone ever thought possible.', 'hedge')).toEqual([]);
    expect(family("You're more of a coward than I thought.", 'hedge')).toEqual([]);
    expect(texts(family('I thought it was possible.', 'hedge'))).toEqual(['thought', 'possible']);
  });
  it('counts "looks like" with a clause and "a little bit" before a gradable word', () => {
    expect(texts(family('Wow, looks like the director cleared her long before the probe was over.', 'hedge'))).toEqual(['looks like']);
    expect(family('He looks like his father.', 'hedge')).toEqual([]);
    expect(texts(family('The idea is a little bit ridiculous.', 'hedge'))).toEqual(['a little bit']);
    expect(family('They spent a little bit of money.', 'hedge')).toEqual([]);
  });
  it('counts "overly", a poll showing a standing past a time phrase, and "learned shortly afterward that"', () => {
    expect(kinds(family('The mayor was overly cautious.', 'certainty'))).toEqual(['intensifier:overly']);
    expect(kinds(family('The firm released several state polls on Friday showing the mayor pulling even.', 'certainty'))).toEqual(['factive:showing']);
    expect(kinds(family('She learned shortly afterward that the group had no prices.', 'certainty'))).toEqual(['factive:learned']);
  });
});

describe('review of the tune20 rules', () => {
  it('keeps the verb "suspect" before a name, a present "I think" after "than ever", "possible" after "than"', () => {
    expect(texts(family('Federal prosecutors suspect Manafort lied to the grand jury.', 'hedge'))).toEqual(['suspect']);
    expect(family('Murder suspect Steve Stephens killed himself after a brief chase.', 'hedge')).toEqual([]);
    expect(texts(family('"Now more than ever I think voters want someone who will fight," she said.', 'hedge'))).toEqual(['think']);
    expect(texts(family('Other than that I thought the plan was fine.', 'hedge'))).toEqual(['thought']);
    expect(family('The drought was worse than officials believed.', 'hedge')).toEqual([]);
  });
  it('reads no hedge in a resemblance, a staged look, "what X looks like" or a bound after "a little bit"', () => {
    for (const body of [
      'The plan looks like the one the mayor proposed in 2012.',
      'The room looked like a bomb had gone off.',
      'The hackers tried to make it look like the attack came from abroad.',
      'Here is what the map looked like the night the polls closed.',
      'Lawmakers want to look like they are doing something about gas prices.',
      'The deal was worth a little bit more than $2 billion.',
      'We need a little bit more time.',
    ]) expect(family(body, 'hedge')).toEqual([]);
    expect(texts(family('The economy looks like it is heading for a recession.', 'hedge'))).toEqual(['looks like']);
  });
  it('reads "that night" after "shortly" as a time, and a picture heading a phrase with a record as a depiction', () => {
    expect(family('Rescuers discovered shortly that night the bodies of three climbers.', 'certainty')).toEqual([]);
    expect(family('Footage from the count in the county showing workers moving ballots spread online.', 'certainty')).toEqual([]);
  });
});

describe('the blind split tune21 (analysis/16)', () => {
  it('reads "nearly" and "almost" before a verb as no approximation, but keeps a verb of amount and a number', () => {
    expect(family('The governor nearly erased that lead with one big win in the west.', 'hedge')).toEqual([]);
    expect(family('The senator almost lost the race.', 'hedge')).toEqual([]);
    expect(texts(family('The new strain almost doubles the risk of a hospital stay.', 'hedge'))).toEqual(['almost']);
    expect(texts(family('Nearly 300 homes were damaged.', 'hedge'))).toEqual(['Nearly']);
  });
  it('reads "could be seen grinning" as no hedge, "could be seen as" as one', () => {
    expect(family('The mayor could be seen grinning during her answers.', 'hedge')).toEqual([]);
    expect(texts(family('The vote could be seen as a test of his strength.', 'hedge'))).toEqual(['could']);
  });
  it('counts "it appeared" before a clause with no "that", not "it appeared Monday on the website"', () => {
    expect(texts(family('Before the judge acted, it appeared the new ruling would bring the number of states to 32.', 'hedge'))).toEqual(['appeared']);
    expect(family('It appeared Monday on the website.', 'hedge')).toEqual([]);
  });
  it('counts hearsay the writer passes on ("I\'m told"), not an order or an agent\'s words', () => {
    expect(texts(family('Tensions between the two aides are as raw as ever, I’m told.', 'hedge'))).toEqual(['I’m told']);
    expect(texts(family('We are told the vote will slip to June.', 'hedge'))).toEqual(['We are told']);
    expect(family('I was told to leave the room.', 'hedge')).toEqual([]);
    expect(family('We were told by aides that the plan was dead.', 'hedge')).toEqual([]);
  });
  it('counts "a virtual certainty" as an approximator and a booster, and leaves out "a virtual meeting"', () => {
    expect(texts(family('It is a virtual certainty that the bill will pass.', 'hedge'))).toEqual(['virtual']);
    expect(kinds(family('It is a virtual certainty that the bill will pass.', 'certainty'))).toEqual(['booster:certainty that']);
    expect(family('The summit was held as a virtual meeting.', 'hedge')).toEqual([]);
    expect(family('There is no certainty that the bill will pass.', 'certainty')).toEqual([]);
  });
  it('reads "indicated to me that" as speech, no hedge; "the figures indicate" stays one', () => {
    expect(family('The chairman has indicated to me that our capacity is not time-sensitive.', 'hedge')).toEqual([]);
    expect(texts(family('The figures indicate a slowdown.', 'hedge'))).toEqual(['indicate']);
  });
  it('counts "showed" before a clause whose subject is two names, "emphatically not" and "made plain"', () => {
    expect(kinds(family('The talks late Friday at least showed Reid and McConnell were beginning to work together.', 'certainty'))).toEqual(['factive:showed']);
    expect(family('Voters know Reid and trust him.', 'certainty')).toEqual([]);
    expect(family('They have not found hateful material or anything written by him that would explain the attack.', 'certainty')).toEqual([]);
    expect(kinds(family('The mayor is very emphatically not a seasoned diplomat.', 'certainty'))).toEqual(['intensifier:very', 'intensifier:emphatically']);
    expect(kinds(family('Republicans will scrutinize the record, as Senator Holt made plain in a statement.', 'certainty'))).toEqual(['assertive:made plain']);
  });
  it('counts "looked like" before a clause whose subject is two names', () => {
    expect(texts(family('As we went to press, it looked like Israel and Hamas would put down their arms.', 'hedge'))).toEqual(['looked like']);
  });
});

describe('review of the tune21 rules', () => {
  it('keeps "nearly" and "almost" before a verb followed by an amount', () => {
    for (const body of ['Cases nearly reached 10,000 a day in January.', 'Spending nearly reached $2 trillion last year.', 'The stock nearly lost half its value.']) {
      expect(texts(family(body, 'hedge')), body).toEqual(['nearly']);
    }
  });
  it('reads "it appeared" before a date or a count as a place in print, not a clause', () => {
    for (const body of [
      'The op-ed ran on Sunday, and it appeared Monday in three other papers that were owned by the chain.',
      'It appeared Friday in a court filing that was unsealed.',
      'The phrase appeared three times in the platform and was dropped later.',
    ]) expect(family(body, 'hedge'), body).toEqual([]);
  });
  it('reads no hearsay in "told … by", "told nothing", "told off" or "told of"', () => {
    for (const body of ['I was told Tuesday by a senior aide that the plan was dead.', 'We were told nothing about the layoffs.', 'I was told off by my editor.', 'We were told of the decision in a brief email.']) {
      expect(family(body, 'hedge'), body).toEqual([]);
    }
  });
  it('keeps the inference of data "indicated to researchers that"', () => {
    expect(texts(family('The data indicated to researchers that the virus was spreading.', 'hedge'))).toEqual(['indicated']);
  });
  it('counts "certainty that" only asserted, not wanted or asked about', () => {
    expect(family('Investors want certainty that rates will not rise.', 'certainty')).toEqual([]);
    expect(family('Is it a certainty that rates will rise?', 'certainty')).toEqual([]);
    expect(kinds(family('I can say with certainty that the bill will pass.', 'certainty'))).toEqual(['booster:certainty that']);
  });
});

describe('the blind split tune22 (analysis/17)', () => {
  it('counts "is alleged to", "it is my belief that" and "a bit" before a gradable word or participle', () => {
    expect(texts(family('What the senator is alleged to have done is common practice.', 'hedge'))).toEqual(['is alleged to']);
    expect(texts(family('It is my belief that the secretary has proven himself unsuitable.', 'hedge'))).toEqual(['my belief that']);
    expect(texts(family('That was always a bit overplayed.', 'hedge'))).toEqual(['a bit']);
    expect(family('It cost a bit more than $2 billion.', 'hedge')).toEqual([]);
    expect(family('He saved a bit of money.', 'hedge')).toEqual([]);
    for (const body of ['Prices are quite a bit higher this year.', "\"I'm not a bit surprised,\" she said.", 'We need a bit more room.', 'Stocks rose a bit last week.', 'The violations were alleged to regulators in a complaint.', 'Contrary to my belief that the deal was dead, talks resumed.']) {
      expect(family(body, 'hedge'), body).toEqual([]);
    }
  });
  it('counts "came to light … that" and "the fact of the matter is", not "came to light in May"', () => {
    expect(kinds(family('It only came to light this month that the department had no copies of the emails.', 'certainty'))).toEqual(['factive:came to light']);
    expect(family('The scandal came to light in May.', 'certainty')).toEqual([]);
    expect(family('The emails that came to light that summer showed a pattern.', 'certainty')).toEqual([]);
    expect(family('As details came to light, the minister resigned.', 'certainty')).toEqual([]);
    expect(kinds(family('The fact of the matter is, the senator has challenged them.', 'certainty'))).toEqual(['booster:The fact of the matter is']);
  });
});
