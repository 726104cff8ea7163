/** Starts the built dashboard (`next start`) against a given database, for tests in a real server and browser. */
import { startNext, type NextServer } from '../../scripts/next-server';

export type RunningApp = NextServer;

/** Ready once the overview answers (with whatever status the database allows). */
export function startApp(databaseUrl: string): Promise<RunningApp> {
  return startNext({ DATABASE_URL: databaseUrl }, '/');
}
