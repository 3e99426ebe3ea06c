// The topology model (src/mesh/topology) at the size of the `large` scenario and around it.
// Goal: 100 nodes, 500 namespaces, 20,000 pods in at most 100 ms (median); reports 2,000,
// 20,000 and 100,000 pods to show the cost grows linearly, and the heap the model keeps.
import { buildTopology } from '../src/mesh/topology/model';
import { generateCluster } from '../src/mesh/topology/fixtures';
import { filterRows, sortRows } from '../src/mesh/topology/filter';
import { gc, mb, median, time } from './stats';

const GOAL_MS = 100;
const sizes = [2_000, 20_000, 100_000];

/** Each run starts from a collected heap, so one run does not pay for the garbage of another. */
const timeBuild = (input: ReturnType<typeof generateCluster>, runs: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    gc();
    const start = process.hrtime.bigint();
    buildTopology(input);
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
};

// Warm the JIT once, so that the first size measured does not pay for it.
time(() => buildTopology(generateCluster({ nodes: 100, namespaces: 500, pods: 5_000 })), 1, 5);

const results: { pods: number; ms: number; perPodUs: number; heap: string }[] = [];
for (const pods of sizes) {
  const input = generateCluster({ nodes: 100, namespaces: 500, pods });
  const runs = timeBuild(input, pods > 50_000 ? 7 : 11);
  gc();
  const before = process.memoryUsage().heapUsed;
  const model = buildTopology(input);
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  const ms = median(runs);
  results.push({ pods, ms, perPodUs: (ms * 1000) / pods, heap: mb(kept) });
  if (pods === 20_000) {
    const filterMs = median(
      time(() => filterRows(model.rows, { search: 'pod-1', problemsOnly: false })),
    );
    const sortMs = median(time(() => sortRows(model.rows, { key: 'node', direction: 'desc' })));
    console.log(
      `filter (search) on 20,000 rows: ${filterMs.toFixed(1)} ms; sort by node: ${sortMs.toFixed(1)} ms`,
    );
  }
}

for (const r of results) {
  console.log(
    `topology model, 100 nodes, 500 namespaces, ${r.pods.toLocaleString('en')} pods: ` +
      `median ${r.ms.toFixed(1)} ms (${r.perPodUs.toFixed(2)} us/pod), model heap ${r.heap}`,
  );
}
const base = results[0].perPodUs;
console.log(
  `per-pod cost relative to 2,000 pods: ${results.map((r) => (r.perPodUs / base).toFixed(2)).join(' / ')}`,
);
const at20k = results.find((r) => r.pods === 20_000);
const ok = at20k !== undefined && at20k.ms <= GOAL_MS;
console.log(`goal: 20,000 pods <= ${GOAL_MS} ms: ${ok ? 'met' : 'MISSED'}`);
process.exit(ok ? 0 : 1);
