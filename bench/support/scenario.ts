/**
 * The scenario page benchmarks run on: `large` (default) or `xlarge`, from BENCH_SCENARIO
 * (`npm run bench -- --scenario xlarge` sets it).
 */
export type BenchScenario = 'large' | 'xlarge';

export const benchScenario = (): BenchScenario => {
  const s = process.env.BENCH_SCENARIO ?? 'large';
  if (s !== 'large' && s !== 'xlarge') throw new Error(`BENCH_SCENARIO must be large or xlarge`);
  return s;
};
