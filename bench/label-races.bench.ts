/**
 * Same-label races against the sandbox API over HTTP: 200 concurrent trials of "another writer
 * changes the namespace while the UI's view is stale, then the user toggles ambient", each through
 * the plugin's own label write (`writeLabels` of src/k8s/common/labelPatch.ts: the guarded patch,
 * the re-read on a failed guard, the conflict). In half the trials the other writer sets the same
 * label (`istio.io/dataplane-mode=none`, as a GitOps agent opting the namespace out), in the other
 * half another label. Every object is then read back and compared with what each writer asked for.
 * Goals: 0 values lost (the other writer's `none` survives every same-label trial, both labels
 * survive every other trial) and every conflict shown (a `LabelConflictError` naming old -> new for
 * each same-label trial, none for the others). For contrast it also runs the unguarded `add` the
 * plugin used to send, on fresh namespaces, and prints how many values that loses.
 */
import { startCluster } from '../sandbox/cluster/index';
import {
  isLabelConflict,
  jsonPointerEscape,
  writeLabels,
  type JsonPatchOp,
} from '../src/k8s/common/labelPatch';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

const TRIALS = Number(process.env.LABEL_TRIALS ?? 200);
const MODE = 'istio.io/dataplane-mode';

type Obj = K8sResourceCommon;
type Reply = { status: number; json: Obj & { code?: number; message?: string } };

const client =
  (url: string) =>
  async (method: string, path: string, body?: unknown, type = '') => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': type || 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Reply['json'] };
  };

/** An API error as the console's fetch rejects with: the status and the `Status` body. */
const apiError = (r: Reply) =>
  Object.assign(new Error(r.json.message ?? `HTTP ${r.status}`), {
    json: { ...r.json, code: r.status },
  });

type Outcome = { lost: boolean; conflictExpected: boolean; conflictShown: boolean; ms: number };

const run = async (): Promise<void> => {
  const cluster = await startCluster({ port: 0, scenario: 'fresh', delayMs: 0, quiet: true });
  const call = client(cluster.url);
  const nsPath = (name: string) => `/api/v1/namespaces/${name}`;
  const create = async (name: string) => {
    const r = await call('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: { app: 'shop' } },
    });
    if (r.status !== 201) throw new Error(`create ${name}: ${r.status}`);
  };
  const otherWriter = (name: string, labels: Record<string, string>) =>
    call('PATCH', nsPath(name), { metadata: { labels } }, 'application/merge-patch+json');

  /** One trial: stale read, the other writer, then the user's toggle through `writeLabels`. */
  const trial = async (name: string, sameLabel: boolean): Promise<Outcome> => {
    const stale = (await call('GET', nsPath(name))).json;
    const theirs: Record<string, string> = sameLabel ? { [MODE]: 'none' } : { team: `t-${name}` };
    if ((await otherWriter(name, theirs)).status !== 200) throw new Error('other writer failed');
    const start = Date.now();
    let conflictShown = false;
    try {
      await writeLabels(
        {
          get: async () => (await call('GET', nsPath(name))).json,
          patch: async (ops: JsonPatchOp[]) => {
            const r = await call('PATCH', nsPath(name), ops, 'application/json-patch+json');
            if (r.status !== 200) throw apiError(r);
            return r.json;
          },
        },
        stale,
        { [MODE]: 'ambient' },
      );
    } catch (e) {
      if (!isLabelConflict(e)) throw e;
      const c = e.conflicts[0];
      conflictShown = c?.key === MODE && c.seen === null && c.now === 'none';
    }
    const ms = Date.now() - start;
    const labels = (await call('GET', nsPath(name))).json.metadata?.labels ?? {};
    const lost = sameLabel
      ? labels[MODE] !== 'none'
      : labels.team !== theirs.team || labels[MODE] !== 'ambient';
    return { lost, conflictExpected: sameLabel, conflictShown, ms };
  };

  /** The write the plugin used to send: an unguarded `add` of the key its stale view lacked. */
  const unguarded = async (name: string): Promise<boolean> => {
    await call('GET', nsPath(name));
    await otherWriter(name, { [MODE]: 'none' });
    const op = { op: 'add', path: `/metadata/labels/${jsonPointerEscape(MODE)}`, value: 'ambient' };
    await call('PATCH', nsPath(name), [op], 'application/json-patch+json');
    const labels = (await call('GET', nsPath(name))).json.metadata?.labels ?? {};
    return labels[MODE] !== 'none';
  };

  const names = Array.from({ length: TRIALS }, (_, i) => `race-${String(i).padStart(3, '0')}`);
  for (const n of names) await create(n);
  const started = Date.now();
  const outcomes = await Promise.all(names.map((n, i) => trial(n, i % 2 === 0)));
  const wall = Date.now() - started;

  const old = names.map((n) => `old-${n}`).slice(0, TRIALS / 2);
  for (const n of old) await create(n);
  const oldLost = (await Promise.all(old.map(unguarded))).filter(Boolean).length;
  await cluster.close();

  const lost = outcomes.filter((o) => o.lost).length;
  const expected = outcomes.filter((o) => o.conflictExpected).length;
  const shown = outcomes.filter((o) => o.conflictExpected && o.conflictShown).length;
  const spurious = outcomes.filter((o) => !o.conflictExpected && o.conflictShown).length;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  console.log(`${TRIALS} concurrent trials (${expected} on the same label), ${wall} ms in all`);
  console.log(`values lost: ${lost}   (goal 0)`);
  console.log(`conflicts shown: ${shown} of ${expected}   (goal all), spurious: ${spurious}`);
  console.log(
    `user's write: median ${times[Math.floor(times.length / 2)]} ms, max ${times[times.length - 1]} ms`,
  );
  console.log(`for contrast, the unguarded add lost ${oldLost} of ${old.length} values`);
  const met = lost === 0 && shown === expected && spurious === 0;
  console.log(met ? 'goal met' : 'goal MISSED');
  process.exit(met ? 0 : 1);
};

run().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
