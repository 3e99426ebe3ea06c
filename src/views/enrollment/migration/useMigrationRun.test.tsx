import * as React from 'react';
import { act, render } from '@testing-library/react';
import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { moveSteps } from '../../../mesh/migration/steps';
import type { MigrationInput, Workload } from '../../../mesh/migration/types';
import { pod } from '../../../testing/objects';
import { useMigrationRun, type MigrationRun } from './useMigrationRun';

const patch = jest.mocked(k8sPatch);

const dep = (name: string, generation: number, done: boolean): Workload => ({
  kind: 'Deployment',
  obj: {
    metadata: { name, namespace: 'travel', generation, resourceVersion: '1' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { annotations: {} } },
    },
    status: done
      ? { observedGeneration: generation, replicas: 1, updatedReplicas: 1, availableReplicas: 1 }
      : { observedGeneration: generation - 1 },
  },
});

const input = (workloads: Workload[], pods = [] as MigrationInput['pods']): MigrationInput => ({
  namespace: {
    metadata: { name: 'travel', resourceVersion: '5', labels: { 'istio-injection': 'enabled' } },
  },
  pods,
  workloads,
  policies: [],
  virtualServices: [],
  destinationRules: [],
  gateways: [],
});

const target = (name: string) => ({
  id: `Deployment/${name}`,
  kind: 'Deployment' as const,
  name,
  pods: [`${name}-1`],
});

const harness = (first: MigrationInput, timeoutMs = 60_000) => {
  const out: { run?: MigrationRun } = {};
  const Harness: React.FC<{ input: MigrationInput }> = ({ input: i }) => {
    out.run = useMigrationRun(i, (a) => a.map((x) => x.kind), undefined, timeoutMs);
    return null;
  };
  const view = render(<Harness input={first} />);
  return {
    run: () => out.run as MigrationRun,
    feed: (i: MigrationInput) => view.rerender(<Harness input={i} />),
  };
};
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const restartsOf = () =>
  patch.mock.calls
    .map((c) => c[0])
    .filter((o) => o.model.kind === 'Deployment')
    .map((o) => o.resource.metadata?.name);

describe('useMigrationRun', () => {
  beforeEach(() => patch.mockReset());

  it('labels, then each restart one at a time; Retry resends only the failed restart', async () => {
    patch.mockImplementation(async ({ model, resource }) => {
      if (model.kind === 'Namespace') return { metadata: { name: 'travel' } };
      if (resource.metadata?.name === 'b' && restartsOf().filter((n) => n === 'b').length === 1)
        throw Object.assign(new Error('injected fault'), { code: 500 });
      return { metadata: { name: resource.metadata?.name, generation: 2 } };
    });
    const at = (name: string) =>
      patch.mock.calls.find((c) => c[0].resource.metadata?.name === name)?.[0].data as {
        value: string;
      }[];
    const h = harness(input([dep('a', 1, true), dep('b', 1, true)]));
    act(() =>
      h
        .run()
        .start(
          moveSteps({ 'istio.io/dataplane-mode': 'ambient', 'istio-injection': null }, [
            target('a'),
            target('b'),
          ]),
        ),
    );
    await flush();
    // a restarted, waiting on its rollout: b not touched yet
    expect(restartsOf()).toEqual(['a']);
    expect(h.run().state.states['restart:Deployment/a'].status).toBe('waiting');
    const restartedAt = at('a')[0].value;
    const podA = pod('travel', 'a-2', {
      labels: { app: 'a' },
      annotations: {
        'kubectl.kubernetes.io/restartedAt': restartedAt,
        'ambient.istio.io/redirection': 'enabled',
      },
    });
    h.feed(input([dep('a', 2, true), dep('b', 1, true)], [podA]));
    await flush();
    expect(h.run().state.states['restart:Deployment/a'].status).toBe('done');
    expect(h.run().state.states['restart:Deployment/b']).toMatchObject({
      status: 'failed',
      error: 'injected fault',
    });
    expect(h.run().state.status).toBe('failed');
    act(() => h.run().retry());
    await flush();
    expect(restartsOf()).toEqual(['a', 'b', 'b']);
    expect(h.run().state.states['restart:Deployment/b'].status).toBe('waiting');
  });

  it('a wait that times out names what it waits for; Retry waits again without a restart', async () => {
    jest.useFakeTimers();
    try {
      patch.mockResolvedValue({ metadata: { generation: 2 } });
      const h = harness(input([dep('a', 1, true)]), 1000);
      act(() => h.run().start(moveSteps({}, [target('a')]).slice(1)));
      await act(async () => {
        await Promise.resolve();
      });
      expect(restartsOf()).toEqual(['a']);
      act(() => jest.advanceTimersByTime(1500));
      expect(h.run().state.states['restart:Deployment/a']).toMatchObject({
        status: 'failed',
        timedOut: true,
        error: 'rollout',
      });
      act(() => h.run().retry());
      await act(async () => {
        await Promise.resolve();
      });
      expect(restartsOf()).toEqual(['a']);
      expect(h.run().state.states['restart:Deployment/a']).toMatchObject({
        status: 'waiting',
        alreadyDone: true,
      });
    } finally {
      jest.useRealTimers();
    }
  });
});
