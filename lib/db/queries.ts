/**
 * The dashboard's only door to the data: server-only reads, split by concern under lib/db/queries/. Pages compose
 * these; nothing here writes. Every list query is one grouped SQL statement per concern, never one per row.
 */
import 'server-only';

export type { Scope } from './queries/db';
export * from './queries/overview';
export * from './queries/figures';
export * from './queries/evidence';
export * from './queries/articles';
export * from './queries/compare';
export * from './queries/actors';
export * from './queries/events';
export * from './queries/timeline';
export * from './queries/lists';
export * from './queries/runs';
export * from './queries/rates';
