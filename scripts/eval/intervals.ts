/**
 * Task `intervals`: calibration of the one interval method (lib/analysis/stats.ts) on synthetic corpora with known
 * rates (scripts/eval/_simulate-rates.ts). Metric `coverage`: the share of outlets whose true rate lies inside
 * their 95% interval, per outlet size class (1, 2–4, 5–19, 20+ articles); goal 0.93–0.97 in every class.
 * Dataset `all` pools every scenario; one dataset per scenario follows. n = outlets. Reads no data.
 */
import { coverage, SCENARIOS, SIZE_CLASSES, type Scenario } from './_simulate-rates';
import type { EvalRecord, EvalTask } from './_types';

/** Corpora per scenario: 150 outlets each, so about 6,000 outlets per scenario and size class overall. */
const REPLICATES = 200;

function records(dataset: string, scenarios: Scenario[]): EvalRecord[] {
  const c = coverage(scenarios, REPLICATES, 1);
  return SIZE_CLASSES.map((k) => ({ task: 'intervals', dataset, file: `${k} articles`, metric: 'coverage', value: c.covered[k] / c.outlets[k], n: c.outlets[k] }));
}

const task: EvalTask = {
  task: 'intervals',
  async run() {
    return { records: [...records('all', SCENARIOS), ...SCENARIOS.flatMap((s) => records(s.name, [s]))], skipped: [] };
  },
};

export default task;
