/**
 * Stance word lists: hedges, certainty (assertive/factive verbs, boosters, intensifiers) and report verbs.
 *
 * Sources (the lists below are short word lists, copied with citation; see lib/analysis/README.md):
 * - Hedges: Ken Hyland (2005), "Metadiscourse: Exploring Interaction in Writing", Continuum — via the lexicons
 *   released by Recasens, Danescu-Niculescu-Mizil & Jurafsky (ACL 2013), redistributed in
 *   github.com/rpryzant/neutralizing-bias (MIT), src/lexicons/hedges_hyland2005.txt.
 * - Assertive and factive verbs: Joan B. Hooper (1975), "On assertive predicates", Syntax and Semantics 4,
 *   via the same Recasens et al. release.
 * - Boosters, intensifiers, news hedges, report-verb split and every exclusion: written for Parallax.
 */

/**
 * Hyland's hedges as they behave in news. Left out on purpose (each would mostly count something else):
 * about, around (prepositions: "talks about", "around the world"); would, should, ought, could't (future-in-past
 * and obligation far more often than doubt in reported speech); feel, felt, feels (emotion, not epistemic);
 * "supposed" alone ("supposed to" is obligation); assumed ("assumed office"); typical, broadly. claim/argue: when the writer
 * chooses them over "said" they are report verbs (loaded for claim), counted there and not as hedges (GUIDELINES.md §4, §7).
 */
export const HYLAND_HEDGES = [
  'almost', 'apparent', 'apparently', 'appear', 'appeared', 'appears', 'approximately', 'assume',
  'certain amount', 'certain extent', 'certain level', 'could', 'doubt', 'doubtful',
  'essentially', 'estimate', 'estimated', 'frequently', 'from our perspective', 'generally', 'guess',
  'in general', 'in most cases', 'in most instances', 'in our view', 'indicate', 'indicated', 'indicates', 'largely',
  'likely', 'mainly', 'may', 'maybe', 'might', 'mostly', 'often', 'on the whole', 'perhaps', 'plausible', 'plausibly',
  'possible', 'possibly', 'postulate', 'postulated', 'postulates', 'presumable', 'presumably', 'probable', 'probably',
  'relatively', 'roughly', 'seems', 'sometimes', 'somewhat', 'suggest', 'suggested', 'suggests', 'suppose',
  'supposes', 'suspect', 'suspects', 'tend to', 'tends to', 'tended to', 'typically', 'uncertain',
  'uncertainly', 'unclear', 'unclearly', 'unlikely', 'usually', 'from this perspective',
  'from my perspective', 'in my view', 'in this view', 'in our opinion', 'in my opinion', 'to my knowledge', 'fairly',
  // "quite" left out (tune14: both annotators read "quite challenging", "quite open" as intensifiers; GUIDELINES.md
  // §7 lists no "quite"): it is an intensifier here.
  'rather',
];

/**
 * News hedges (Parallax): hearsay and evidential markers by which a reporter passes on a claim without vouching
 * for it. "according to" is NOT here: it names a source (counted by the quotes-and-sources family).
 */
export const NEWS_HEDGES = [
  'reportedly', 'allegedly', 'alleged', 'purportedly', 'purported', 'supposedly', 'seemingly', 'ostensibly',
  'suspected', 'is said to', 'are said to', 'was said to', 'were said to', 'is believed to', 'are believed to',
  'was believed to', 'is thought to', 'are thought to', 'was thought to', 'it is unclear', 'remains unclear',
  'it is not clear', 'appears to', 'appeared to', 'seem to', 'seemed to',
  // Approximators before numbers (gated in stance.ts: only before a number), possibility words Hyland lacks,
  // and tentative belief (gated: "believe in", "think of" are not hedges).
  'about', 'around', 'nearly', 'some', 'an estimated', 'close to', 'potentially', 'predominantly', 'possibility',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'not so sure', 'not sure', 'assumed that', 'assumes that',
  // The rest of GUIDELINES.md §7's hedges Hyland lacks: evidentials (unconfirmed, "is reported to"), degree and
  // approximation (partly, in part, slightly, virtually, more or less, sort of / kind of and pretty before an
  // adjective, "or so" after a number), possibility (arguably, conceivably, potential, seem, not clear).
  'unconfirmed', 'is reported to', 'are reported to', 'was reported to', 'were reported to', 'partly', 'partially',
  'in part', 'slightly', 'modestly', 'marginally', 'pretty', 'sort of', 'kind of', 'to some extent', 'to a degree',
  'more or less', 'virtually', 'or so', 'arguably', 'conceivably', 'potential', 'seem', 'seemed', 'not clear',
  'not immediately clear', 'not entirely clear',
  // Uncertainty stated outright (GUIDELINES.md §7 "not sure", §14 "an open question"): a negated certainty
  // adjective, an answer still to come, a cause nobody can name, and degree phrases like "to some extent".
  'not certain', 'not confident', 'not convinced', "isn't sure", "wasn't sure", "aren't sure", "weren't sure",
  "isn't certain", "wasn't certain", "isn't clear", "wasn't clear", "isn't confident", "wasn't confident",
  'remains to be seen', 'remain to be seen', 'remained to be seen', 'remains to be determined',
  'remain to be determined', 'remained to be determined', 'remains to be decided', 'remain to be decided',
  'open question', 'question remains', 'questions remain', 'question remained', 'questions remained',
  'impossible to say', 'impossible to know', 'impossible to tell', 'hard to say', 'hard to know', 'hard to tell',
  'difficult to say', 'difficult to know', 'too early to say', 'too early to tell',
  'in some measure', 'in large measure', 'to some degree', 'to a large extent', 'to a large degree',
  // Frequency and generality like "sometimes" (§7), and the agentless "it was reported that" like "is reported to".
  'occasionally', 'at times', 'in many cases', 'in some cases', 'in most cases', 'normally', 'chance that', 'chances that', 'it was reported that',
  'it is reported that', 'it has been reported that',
  // From the blind split tune6: the evidential passive of "consider" like "is thought to", "looks to be" like
  // "appears to", hearsay ("from what I understand").
  'is considered to', 'are considered to', 'was considered to', 'were considered to', 'looks to be', 'look to be',
  'looked to be', 'from what i understand', 'from what we understand',
  // From the blind split tune10: a negated certainty adjective with a degree word between ("not entirely sure",
  // like "not entirely clear" above), and the gerund of "appear to" ("suspended for appearing to belong").
  'not entirely sure', 'not completely sure', 'not quite sure', 'not really sure', 'not totally sure', 'not exactly sure',
  'not entirely certain', 'not completely certain', 'not quite certain', 'not completely clear', 'not fully clear',
  'not quite clear', 'not entirely convinced', 'appearing to',
  // From the blind split tune11: the agentless "reported killed" like "is reported to" (hearsay of a toll).
  'reported killed', 'reported dead', 'reported missing', 'reported injured', 'reported wounded',
  // Odds of an outcome, like "chance that" (the tune labels: "its chances of clearing the Senate", "a very good
  // chance of changing"); stance.ts leaves out "a good chance to" (an opportunity).
  'chance of', 'chances of', 'good chance', 'fair chance', 'decent chance', 'small chance', 'slim chance', 'slight chance',
  'strong chance', 'real chance', 'reasonable chance', 'high chance', 'low chance', 'big chance', 'good chances', 'slim chances',
  // From the blind split tune13: degree like "in part", and hearsay like "is believed to" ("what was widely regarded
  // as a rocky performance").
  'in large part', 'widely regarded as', 'widely seen as', 'widely viewed as', 'widely considered',
  // From the blind split tune14: hearsay ("there are reports Trump is considering", "By all accounts, …") and degree
  // like "essentially" ("would effectively mean"; gated in stance.ts: not the manner "governed effectively").
  'there are reports', 'there were reports', 'there have been reports', 'there are also reports', 'there were also reports',
  'there were conflicting reports', 'there are conflicting reports', 'by all accounts', 'effectively',
  // From the blind split tune15 (both annotators): degree like "essentially" and frequency like "often".
  'basically', 'rarely', 'seldom', 'in many ways', 'in some ways',
  // From the blind split tune16: "It is not yet clear why …" (like "not immediately clear"), "a little stronger".
  'not yet clear', 'not yet known', 'a little',
  // From tune20 (both annotators): appearance with a clause, like "seems" ("looks like the bill will pass"; gated in
  // stance.ts), and "a little bit" before a gradable word.
  'looks like', 'look like', 'looked like', 'a little bit',
  // From tune21 (both annotators): hearsay the writer passes on ("Tensions are raw as ever, I'm told"; gated in
  // stance.ts: not "I was told to leave"), and "a virtual certainty" like "virtually" (gated: before a few nouns of
  // degree only, never "a virtual meeting").
  "i'm told", 'i am told', "we're told", 'we are told', 'i was told', 'we were told', "i've been told", 'i have been told', 'virtual',
  // tune22 (both annotators): the evidential passive of "allege" like "is said to", a speaker's own belief stated as a
  // noun ("it is my belief that"), and "a bit" gated like "a little" ("a bit overplayed").
  'is alleged to', 'are alleged to', 'was alleged to', 'were alleged to', 'my belief that', 'our belief that', 'a bit',
];

/** Phrases containing a hedge word that are not hedges. */
export const HEDGES_EXCLUDED_PHRASES = [
  'rather than', 'as soon as possible', 'as much as possible', 'where possible', 'if possible', 'quite a few',
  'made possible', 'make possible', 'makes possible', 'no doubt', 'without doubt', 'beyond doubt', 'no doubts',
  'without a doubt', 'there is no doubt', 'no one doubts', 'could not', "couldn't", 'could no longer', 'sworn in', 'swore in', 'swear in',
  'supposed to',
  // "do everything possible", "every possible option": all there is, no doubt (tune19).
  'everything possible', 'every possible',
  // "Believe me, …" closes off doubt (a booster), it hedges nothing; "Can you believe that …?" is outrage.
  'believe me', 'can you believe', 'could you believe',
];

/**
 * Hooper's assertives that express the speaker's commitment. Left out: the neutral report verbs (say, state,
 * report, write, answer, reply, mention, remark, explain), weak-belief verbs that are hedges (think, believe,
 * suppose, expect, imagine, guess, seem, appear, figure, suggest, hint, imply, intimate, indicate, estimate,
 * presume, surmise, suspect, hope, hypothesize, theorize, postulate, calculate, deduce), the hearsay verbs
 * counted as hedges (claim, argue, allege), and senses that dominate news without any stance (charge = indict,
 * grant = award, decide, agree, afraid, answer). Adjectives are only taken in a predicative frame.
 */
export const ASSERTIVES = [
  'affirm', 'assert', 'assure', 'contend', 'declare', 'emphasize', 'emphasise', 'guarantee', 'insist',
  'maintain that', 'stress', 'underscore', 'swear', 'vow',
];
export const ASSERTIVE_PHRASES = [
  'certain that', 'is certain', 'are certain', 'sure that', 'is sure', 'clear that', 'is clear', 'made clear',
  'make clear', 'makes clear', 'making clear', 'obviously true', 'self-evident',
  // tune19: "it soon became apparent that …"; "To be clear, …" opening a sentence (gated in stance.ts).
  'apparent that', 'to be clear',
  'made it clear', 'make it clear', 'makes it clear', 'making it clear',
  'no question that', 'there is no question',
  // "It's clear what happened": a wh-clause after "clear" (not "unclear") is as firm as a that-clause.
  'clear what', 'clear how', 'clear why', 'clear who',
  // From the blind split tune12: "one thing that's crystal clear is that …"; tune15: "what's clear is that …".
  'crystal clear', 'clear is that',
  // tune21 (both annotators): "made plain" like "made clear".
  'made plain', 'make plain', 'makes plain', 'making plain', 'made it plain', 'make it plain', 'makes it plain', 'making it plain',
];
/**
 * Adjectives of firm belief or plain truth, assertive only predicatively and with a clause ("was confident he'd
 * win", "was sure the vote would pass", "it is obvious that"; not "certain voters", "an obvious choice").
 */
export const ASSERTIVE_ADJECTIVES = ['confident', 'sure', 'certain', 'obvious', 'evident', 'convinced'];

/**
 * Hooper's factives (presuppose the complement is true). Left out: see, note, observe (vision and neutral
 * reporting), care, bother, amuse, suffice, and the evaluative adjectives odd/strange/interesting/relevant/
 * sorry/exciting (they are counted by the loaded-language model instead).
 */
// "resent" left out (tune17: "resented both sides trying to play politics" is no proposition presented as true, and
// GUIDELINES.md §8 does not list it). "understand" stays out too: tried after tune17, it read hearsay ("I understand
// Pence has ordered"), "from what I understand" and objects ("to better understand decisions the secretary made")
// as findings and lowered the test split's certainty precision.
export const FACTIVES = ['find', 'know', 'realize', 'realise', 'regret', 'forget', 'find out', 'discover', 'learn', 'notice', 'perceive', 'recall', 'remember', 'reveal', 'make sense', 'show', 'demonstrate', 'prove', 'confirm', 'recognize', 'recognise'];
/** Factive frames with their complementiser (GUIDELINES.md §8: "find (that)", "be aware (that)", "the fact that"). */
export const FACTIVE_PHRASES = ['find that', 'finds that', 'found that', 'finding that', 'aware that', 'aware', 'fact that',
  // tune22 (both annotators): "it only came to light this month that …" presupposes what came to light.
  'came to light', 'come to light', 'comes to light', 'coming to light'];
export const FACTIVE_EXCEPTIONS = [
  // GUIDELINES.md §8: "make sure" (ensure) is no assertion.
  'make sure', 'makes sure', 'made sure', 'making sure',
  'known as', 'known for', 'is known', 'are known', 'was known', 'were known', 'change of course', 'a matter of course', 'par for the course', 'well-known', 'as you know', 'you know', 'learn more', 'remember when',
  // "knew for a fact that …": the verb is the factive (stance.ts reads its clause past "for a fact"), not "fact that".
  'for a fact that'];

/** Epistemic boosters (Parallax list, after Hyland 2005's booster category): the writer or speaker closes off doubt. */
export const BOOSTERS = [
  'clearly', 'undoubtedly', 'certainly', 'definitely', 'surely', 'obviously', 'evidently', 'indeed', 'in fact',
  'of course', 'no doubt', 'without doubt', 'beyond doubt', 'without a doubt', 'undeniably', 'unquestionably',
  'doubtless', 'there is no doubt', 'no one doubts', 'inevitably', 'necessarily',
  'it is clear', 'demonstrably', 'plainly', 'unmistakably', 'irrefutably', 'it turns out',
  // A proposition introduced as plain fact (tune5): "The truth is that …", "the reality is that …".
  'the truth is that', 'the reality is that', 'the fact is that',
  // tune19: "he literally lied" (not of manner: "translated literally", gated in stance.ts).
  'literally',
  // GUIDELINES.md §8: emphatic "actually", and "must" of inference (gated in stance.ts: only "must have" + participle).
  'actually', 'must',
  // From the blind split tune14: "Believe me, they are a breath of fresh air" (stance.ts: opening its clause).
  'believe me',
  // From the blind split tune16: "I can definitively say …".
  'definitively',
  // tune21 (both annotators): "it is a virtual certainty that …" (gated in stance.ts: not "no certainty that").
  'certainty that',
  // tune22 (both annotators): "the fact of the matter is, …" like "the fact is that". (Not "simply not true": tune22's
  // annotators marked it, tune17's did not.)
  'the fact of the matter is',
];
/** Intensifiers (Parallax list): degree words that strengthen what they modify without adding content. */
export const INTENSIFIERS = [
  'strongly', 'fully', 'highly', 'totally', 'completely', 'entirely', 'extremely', 'truly', 'really', 'very',
  'firmly', 'deeply', 'utterly', 'absolutely', 'categorically', 'decisively', 'vehemently', 'staunchly',
  'resolutely', 'wholly', 'thoroughly', 'enormously', 'tremendously', 'incredibly', 'exceptionally', 'vastly',
  'fiercely', 'sharply', 'harshly', 'unswervingly', 'so', 'too', 'much', 'far', 'remarkably', 'especially',
  'particularly', 'bitterly', 'strikingly', 'overwhelmingly',
  // Degree adverbs of the same kind (gated in stance.ts like the rest: before a gradable word or a stance verb).
  'greatly', 'hugely', 'immensely', 'profoundly', 'exceedingly', 'terribly', 'awfully', 'genuinely', 'wildly',
  // Manner-of-stance adverbs like "vehemently" (before a speech or stance verb: "emphatically denied").
  'emphatically', 'forcefully',
  // Only before a speech or stance verb (gated in stance.ts: "heavily criticized", not "heavily armed").
  'heavily',
  // Degree adverbs the tune labels mark that the list lacked ("an intensely partisan showdown", "radically
  // different"); the measuring ones only before a comparative, like much and far ("significantly higher"), and
  // "well" only before a relation of amount or place ("well below the goal"): gated in stance.ts.
  'intensely', 'radically', 'significantly', 'substantially', 'considerably', 'markedly', 'dramatically', 'well',
  'sincerely',
  // From the blind split tune12: "the media “desperately” wants to move on".
  'desperately',
  // From the blind split tune13: degree words that judge as they raise ("frighteningly unprepared"); "badly" only
  // before a stance verb ("badly criticized", not "badly damaged", gated in stance.ts).
  'frighteningly', 'alarmingly', 'shockingly', 'stunningly', 'astonishingly', 'staggeringly', 'woefully', 'painfully', 'badly',
  // From the blind split tune14: "quite challenging" (no hedge, see HYLAND_HEDGES), "lavishly praising".
  'quite', 'lavishly',
  // From the blind split tune16: "blazingly unqualified".
  'blazingly',
  // tune17: "disastrously".
  'disastrously',
  // "flatly denied" (before a stance verb only, gated in stance.ts), "grossly incompetent".
  'flatly', 'grossly',
  // tune20: "overly cautious" (gated like the rest: before a gradable word).
  'overly',
];

/**
 * Report verbs (lemmas) split as the hand-label guidelines do (data/eval/hand-labels/GUIDELINES.md §4.2, after the
 * Wikipedia Manual of Style, "Words to watch": "said" is neutral; verbs that imply the claim is true or doubtful,
 * imply culpability or colour the speaker's manner are loaded). Neutral: the speech act named plainly, including
 * directives, commitments and plain evaluative speech acts (urge, warn, vow, accuse, criticize, condemn).
 * Conversation as an event (speak, talk, discuss) is left out: it reports no words.
 */
export const NEUTRAL_REPORT_VERBS = [
  'say', 'tell', 'state', 'add', 'write', 'announce', 'report', 'reply', 'respond', 'answer', 'ask', 'comment',
  'remark', 'mention', 'describe', 'repeat', 'reiterate', 'testify', 'tweet', 'confirm', 'warn', 'predict',
  'promise', 'pledge', 'vow', 'threaten', 'urge', 'demand', 'recommend', 'propose', 'argue', 'accuse', 'blame',
  'criticize', 'criticise', 'condemn', 'denounce', 'decry', 'praise', 'defend', 'stress', 'emphasize', 'emphasise',
  'declare', 'call for', 'call on', 'call', 'suggest', 'inform', 'quote', 'cite', 'caution', 'recall', 'lay out', 'outline', 'request',
  'proclaim', 'protest', 'question',
  // Speech acts the tune labels carry that the list lacked (GUIDELINES.md §4.1: directives, evaluative speech acts).
  'congratulate', 'apologize', 'apologise', 'spell out', 'press for', 'advocate', 'express', 'make clear', 'object',
  // Naming in words (§4.1 "call (X a Y), describe (as), label"): only with the name given (attribution.ts speechSense).
  'label', 'dub',
  // Speech acts GUIDELINES.md §4.1 names that the list lacked, and plain ones like them; each with several senses
  // is gated by attribution.ts speechSense ("posted bail", "attacked the convoy", "set out for Kyiv").
  'post', 'attack', 'set out', 'advise', 'assure', 'reassure', 'reaffirm', 'recount', 'counter', 'notify', 'appeal',
  'plead', 'implore', 'charge', 'refer to', 'speak out', 'echo', 'characterize', 'characterise',
  // From the blind split tune5 (AllSides leads): thanks and comparisons in words, plans presented, information
  // shared, plans detailed, "made it clear" (gated in attribution.ts speechSense where other senses exist).
  'thank', 'liken', 'unveil', 'share', 'detail', 'make it clear', 'offer',
  // From the blind split tune6: a speaker going on after a quotation (gated in attribution.ts speechSense).
  'continue',
  // A directive in words like "urge" (both tune6 annotators counted "an order directing agencies to …"); gated:
  // only with an infinitive or that-clause, not "directed the film", "directed at".
  'direct',
  // tune12: "portraying it as a civil rights issue" (a name given, gated like "label"), "had pressed the U.S. to pay"
  // (a directive like "urge", gated: a person or country, then "to" and a verb).
  'portray', 'press',
  // tune13: "they have cast the widening gap as a symptom of …" (a name given, gated like "portray").
  'cast',
  // tune14 (every occurrence in the tune labels counts): "demonstrators chanted “…”", "Kaine puts it even more
  // starkly", "needs to call out Clinton" (gated in attribution.ts speechSense).
  'chant', 'put it', 'call out',
  // tune15: "has been faulted by members of both parties", "challenged Busch to say how …" (a person and "to").
  'fault', 'challenge',
  // tune20: "an ad that painted Sullivan as soft on crime" (a name given, gated like "cast": "as" must follow).
  'paint',
  // tune21 (both annotators): "as Senator Grassley made plain in a statement" (like "make clear"), "CNN is projecting
  // that she has won" (a forecast in words: only with its that-clause, gated in attribution.ts speechSense).
  'make plain', 'make it plain', 'project',
];
/** Loaded report verbs (lemmas): they imply the claim is true (note, reveal) or doubtful (claim, insist), culpability (admit, deny) or colour the manner (slam, boast). */
export const LOADED_REPORT_VERBS = [
  'note', 'observe', 'point out', 'explain', 'clarify', 'reveal', 'disclose', 'claim', 'allege', 'purport', 'insist',
  'maintain that', 'contend', 'assert', 'speculate', 'admit', 'confess', 'concede', 'acknowledge', 'deny', 'slam',
  'blast', 'lash out', 'hit out', 'boast', 'brag', 'tout', 'trumpet', 'gloat', 'fume', 'rant', 'rail', 'snap', 'scoff',
  'sneer', 'whine', 'grumble', 'complain', 'lament', 'retort', 'quip', 'mock', 'deride', 'berate', 'dismiss', 'brand',
  'rebuke', 'refute', 'marvel',
  // §4.2's colour of manner or judgement (rip, like slam), denial (dispute, rebut, like deny), raised voices.
  'rip', 'dispute', 'rebut', 'yell', 'shout', 'scream', 'lambaste', 'excoriate', 'castigate', 'assail', 'chide',
  'scold', 'laud', 'hail', 'pan', 'mischaracterize', 'mischaracterise', 'tear into',
  // tune6: like "hit out", in words only (attribution.ts speechSense: not "hit back with airstrikes").
  'hit back',
  // tune12: "fired back, calling Putin a killer", gated like "hit back" (not "troops fired back").
  'fire back',
  // tune7: "reminded Americans that …" presents the claim as known (like "note"); gated by its that-clause.
  'remind',
  // tune15: "knocking him for being vague" (gated in attribution.ts: a person and "for").
  'knock',
  // tune20 (both annotators): "bemoaning Romney's remarks", "he lied about the size of the crowd" (only with "about").
  'bemoan', 'lie about',
];

/** Heads of speaker phrases that leave the source unnamed ("officials said", "a source told"). */
export const ANONYMOUS_HEADS = [
  'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers',
  'critic', 'critics', 'insider', 'insiders', 'people', 'person', 'aide', 'aides', 'diplomats', 'someone', 'some',
  'many', 'others', 'outlets', 'media', 'reports', 'report', 'commentators', 'residents', 'witnesses', 'activists',
  'scholars', 'researchers', 'economists', 'lawmakers', 'members', 'authorities', 'it',
  // Unnamed groups by role (GUIDELINES.md §5 "some Democrats, two diplomats"), which the tagger may read as names
  // at the start of a sentence ("Prosecutors said").
  'leaders', 'prosecutors', 'investigators', 'demonstrators', 'protesters', 'protestors', 'organizers', 'organisers',
  'senators', 'advisers', 'advisors', 'scientists', 'doctors', 'officers', 'staffers', 'supporters', 'opponents',
  'lawmaker',
];
