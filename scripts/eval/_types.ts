/** One figure of `npm run eval`: the shape written to --out. */
export interface EvalRecord {
  task: string;
  dataset: string;
  file: string;
  metric: string;
  value: number;
  n: number;
}

export interface EvalSkip {
  task: string;
  dataset: string;
  file: string;
  reason: string;
}

export interface EvalResult {
  records: EvalRecord[];
  skipped: EvalSkip[];
}

/** A task module in scripts/eval/ default-exports one of these; the runner finds it by file name. */
export interface EvalTask {
  task: string;
  /** dataDir is the folder given by --data (default ../shared/data). Absent files are reported as skipped, never thrown. */
  run(dataDir: string): Promise<EvalResult>;
}
