/**
 * Sandbox cluster benchmarks: list all pods over HTTP (median), 1,000 watch events fanned out to
 * 10 watchers (total), and the resident memory of the `large` scenario (20,000 pods; goals: list
 * < 300 ms, RSS < 500 MB) or `xlarge` (100,000 pods, BENCH_SCENARIO; goals: list <= 1.5 s, RSS
 * <= 1.5 GB).
 */
import * as fs from 'fs';
import * as http from 'http';
import { startCluster } from '../sandbox/cluster/index';
import { median } from './stats';
import { startClusterProcess } from './support/clusterProcess';
import { benchScenario } from './support/scenario';

const scenario = benchScenario();
const LIST_GOAL_MS = scenario === 'large' ? 300 : 1500;
const RSS_GOAL_MB = scenario === 'large' ? 500 : 1536;

const rssMB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

const timeList = (url: string): Promise<{ ms: number; bytes: number }> =>
  new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    http
      .get(`${url}/api/v1/pods`, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`list answered ${res.statusCode}`));
          else resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, bytes });
        });
      })
      .on('error', reject);
  });

const fanOut = async (): Promise<number> => {
  const c = await startCluster({ port: 0, delayMs: 0, quiet: true });
  const cmType = c.api.registry.byRid('/configmaps');
  if (!cmType) throw new Error('configmaps not served');
  c.api.create(cmType, 'v1', 'default', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'bench' },
    data: { n: '0' },
  });
  const rv = c.api.store.rv;
  const EVENTS = 1000;
  const watchers = Array.from({ length: 10 }, async () => {
    const res = await fetch(
      `${c.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}`,
    );
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const dec = new TextDecoder();
    let lines = 0;
    let buf = '';
    while (lines < EVENTS) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      lines += parts.filter((l) => l.trim()).length;
    }
    await reader.cancel();
    return lines;
  });
  await new Promise((r) => setTimeout(r, 200));
  const start = process.hrtime.bigint();
  for (let i = 1; i <= EVENTS; i += 1)
    c.api.mutate(
      cmType,
      'default',
      'bench',
      (o) => ((o.data as Record<string, string>).n = String(i)),
    );
  const counts = await Promise.all(watchers);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  await c.close();
  if (counts.some((n) => n < EVENTS))
    throw new Error(`a watcher missed events: ${counts.join(',')}`);
  return ms;
};

const main = async (): Promise<void> => {
  const fan = await fanOut();
  console.log(`watch fan-out: 1000 events x 10 watchers in ${fan.toFixed(0)} ms`);

  const t0 = Date.now();
  const { child, url, close } = await startClusterProcess(scenario);
  console.log(`${scenario} scenario started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  let failed = false;
  try {
    const counts = (await (await fetch(`${url}/api/v1/pods?limit=1`)).json()) as {
      metadata: { remainingItemCount?: number };
    };
    const ns = (await (await fetch(`${url}/api/v1/namespaces?limit=1`)).json()) as {
      metadata: { remainingItemCount?: number };
    };
    console.log(
      `${scenario} scenario: ${(counts.metadata.remainingItemCount ?? 0) + 1} pods, ${(ns.metadata.remainingItemCount ?? 0) + 1} namespaces`,
    );
    const rssIdle = rssMB(child.pid as number);
    const first = await timeList(url);
    console.log(
      `first list of all pods (every object serialised): ${first.ms.toFixed(0)} ms, ${(first.bytes / 1e6).toFixed(1)} MB`,
    );
    await timeList(url);
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 7; i += 1) {
      const r = await timeList(url);
      runs.push(r.ms);
      bytes = r.bytes;
    }
    const med = median(runs);
    const afterChange: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await fetch(`${url}/api/v1/namespaces/app-0001/pods?limit=1`)
        .then((r) => r.json() as Promise<{ items: { metadata: { name: string } }[] }>)
        .then((l) =>
          fetch(`${url}/api/v1/namespaces/app-0001/pods/${l.items[0].metadata.name}`, {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/merge-patch+json' },
            body: JSON.stringify({ metadata: { labels: { bench: String(i) } } }),
          }),
        );
      afterChange.push((await timeList(url)).ms);
    }
    const rss = rssMB(child.pid as number);
    console.log(
      `list all pods: median ${med.toFixed(0)} ms (runs ${runs.map((x) => x.toFixed(0)).join(', ')}; ${(bytes / 1e6).toFixed(1)} MB) goal < ${LIST_GOAL_MS} ms`,
    );
    console.log(
      `list all pods right after a pod changed (re-serialised): median ${median(afterChange).toFixed(0)} ms`,
    );
    console.log(
      `resident memory: ${rssIdle.toFixed(0)} MB after start, ${rss.toFixed(0)} MB after the lists; goal < ${RSS_GOAL_MB} MB`,
    );
    const cpu0 = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(' ');
    await new Promise((r) => setTimeout(r, 3000));
    const cpu1 = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(' ');
    const ticks = Number(cpu1[13]) + Number(cpu1[14]) - Number(cpu0[13]) - Number(cpu0[14]);
    console.log(`idle CPU over 3 s: ${ticks * 10} ms`);
    if (med > LIST_GOAL_MS) failed = true;
    if (rss > RSS_GOAL_MB) failed = true;
  } finally {
    await close();
  }
  if (failed) {
    console.log('cluster benchmark: goal missed');
    process.exit(1);
  }
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
