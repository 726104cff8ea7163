/**
 * Which stored figures have a quoted voice ('<metric>@quoted', lib/analysis/voice.ts): every count figure but the
 * frames (a sentence's topic is nobody's words), and the sentiment score. Apart from voice.ts so that the URL checks
 * (app/_lib/query.ts, bundled into the proxy) do not pull the families' cue tables in.
 */
import { FAMILIES } from './families';

export const VOICED_METRICS: ReadonlySet<string> = new Set([...FAMILIES.flatMap((f) => f.metrics).filter((m) => !m.startsWith('frame.')), 'sentiment.score']);

export function hasVoice(metric: string): boolean {
  return VOICED_METRICS.has(metric);
}
