// The topology model (src/mesh/topology) at the size of the `large` scenario and around it.
// Goal: 100 nodes, 500 namespaces, 20,000 pods in at most 100 ms (median); reports 2,000,
// 20,000 and 100,000 pods to show the cost grows linearly, and the heap the model keeps.
import * as os from 'os';
import { buildTopology } from '../src/mesh/topology/model';
import { generateCluster } from '../src/testing/objects';
import { filterRows, sortRows } from '../src/mesh/topology/filter';
import { gc, mb, median, time } from './stats';

const GOAL_MS = 100;
const sizes = [2_000, 20_000, 100_000];

/**
 * Wall-clock and CPU time of each run (CPU of this process, GC threads included). Each run
 * starts from a collected heap, so one run does not pay for the garbage of another.
 */
const timeBuild = (input: ReturnType<typeof generateCluster>, runs: number) => {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    gc();
    const c0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    buildTopology(input);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
};

// Warm the JIT once, so that the first size measured does not pay for it.
time(() => buildTopology(generateCluster({ nodes: 100, namespaces: 500, pods: 5_000 })), 1, 5);

const results: { pods: number; ms: number; cpuMs: number; perPodUs: number; heap: string }[] = [];
for (const pods of sizes) {
  const input = generateCluster({ nodes: 100, namespaces: 500, pods });
  const runs = timeBuild(input, pods > 50_000 ? 7 : 11);
  const cpuMs = median(runs.cpu);
  gc();
  const before = process.memoryUsage().heapUsed;
  const model = buildTopology(input);
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  const ms = median(runs.wall);
  results.push({ pods, ms, cpuMs, perPodUs: (cpuMs * 1000) / pods, heap: mb(kept) });
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
      `median ${r.ms.toFixed(1)} ms wall, ${r.cpuMs.toFixed(1)} ms CPU ` +
      `(${r.perPodUs.toFixed(2)} us CPU/pod), model heap ${r.heap}`,
  );
}
const base = results[0].perPodUs;
console.log(
  `per-pod CPU cost relative to 2,000 pods: ${results.map((r) => (r.perPodUs / base).toFixed(2)).join(' / ')}`,
);
// A fixed cost per namespace and node, then a cost per pod: the marginal CPU cost per pod between
// sizes shows whether it grows linearly.
for (let i = 1; i < results.length; i += 1) {
  const a = results[i - 1];
  const b = results[i];
  const us = ((b.cpuMs - a.cpuMs) * 1000) / (b.pods - a.pods);
  console.log(`marginal CPU cost per pod, ${a.pods} -> ${b.pods} pods: ${us.toFixed(2)} us`);
}

// On a machine busier than its cores, wall-clock time measures the other processes; the CPU
// time of this process is then the fair figure, and the output says which one was judged.
const cores = os.cpus().length;
const load = os.loadavg()[0];
const busy = load > cores;
const at20k = results.find((r) => r.pods === 20_000);
const judged = at20k ? (busy ? at20k.cpuMs : at20k.ms) : Infinity;
const ok = judged <= GOAL_MS;
console.log(
  `load average ${load.toFixed(1)} on ${cores} cores: judging ${busy ? 'CPU' : 'wall-clock'} time`,
);
console.log(
  `goal: 20,000 pods <= ${GOAL_MS} ms: ${judged.toFixed(1)} ms, ${ok ? 'met' : 'MISSED'}`,
);
process.exit(ok ? 0 : 1);
