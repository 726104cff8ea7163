/**
 * Stopwords shared by event grouping (lib/events) and distinctive terms (lib/analysis/distinctive.ts): function words
 * and newsroom boilerplate that say nothing about what a text is about. Lower case, unstemmed.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost along already also although always am among an and another any ' +
    'anyone anything are around as at away back be became because become been before being below between both but by ' +
    'can cannot could did do does doing done down during each either else enough even ever every few for from further ' +
    'get gets getting given go going got had has have having he her here hers herself him himself his how however i if ' +
    'in including into is it its itself just last later least less let like made make makes many may me might more most ' +
    'much must my myself near neither never new next no nor not now of off often on once one only or other others our ' +
    'ours ourselves out over own per perhaps rather really same says said say saying see seen several shall she should ' +
    'since so some still such than that the their theirs them themselves then there these they this those though ' +
    'three through thus to today told too toward towards two under until up upon us use used very via was we well were ' +
    'what when where whether which while who whom whose why will with within without would yet you your yours ' +
    'yourself mr mrs ms dr according week weeks year years day days time times month months people also told tell ' +
    'tells asked added including news report reported reports statement according percent first second'
  ).split(' '),
);
