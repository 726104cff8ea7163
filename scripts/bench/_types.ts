/** One figure of `npm run bench`: the shape written to --out. */
export interface BenchMetric {
  metric: string;
  value: number;
  unit: string;
}

export interface BenchOptions {
  /** --size N: number of articles for corpus-sized benchmarks. */
  size: number;
  /** --quick: a small smoke run for CI. */
  quick: boolean;
}

/** A module in scripts/bench/ default-exports one of these; the runner finds it by file name. */
export interface BenchTask {
  name: string;
  run(options: BenchOptions): Promise<BenchMetric[]>;
}
