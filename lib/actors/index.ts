/** Actors: detection, labels, target sentiment and per-outlet aggregation. Pure functions; data loaded at import. */
export { findActors, type FindActorsOptions } from './detect';
export { aggregateActors, logOddsZ, normaliseLabel } from './aggregate';
export type { ActorRow, AggregateOptions, OutletActorSummary, RankedLabel } from './aggregate';
export { canonicalActors, createActorIndex, slugify, type ActorIndex } from './gazetteer';
export { scoreTarget, type TargetSentiment } from './target-sentiment';
export type * from './types';
