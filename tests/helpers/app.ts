/** Starts the built dashboard (`next start`) against a given database, for tests in a real server and browser. */
import { startNext, type NextServer } from '../../scripts/next-server';

export type RunningApp = NextServer;

/** Ready once the overview answers (with whatever status the database allows); `env` adds to its environment. */
export function startApp(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApp> {
  return startNext({ ...env, DATABASE_URL: databaseUrl }, '/');
}
