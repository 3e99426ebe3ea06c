import { buildInventory } from './inventory';
import { buildUninstallPlan } from './plan';
import { remainingFor } from './run';
import { ambientInput } from '../../testing/uninstallInput';
import type { Step } from './types';

describe('remainingFor', () => {
  const input = ambientInput();
  const plan = buildUninstallPlan(buildInventory(input), { unenroll: true, deleteNamespaces: [] });
  const step = (id: string) => plan.steps.find((s) => s.id === id) as Step;

  it('waits for the CR and the pods of its DaemonSet', () => {
    expect(remainingFor(step('delete:ZTunnel/default'), input)).toEqual([
      'ZTunnel/default',
      'Pod/ztunnel/ztunnel-worker-0',
    ]);
    const gone = { ...input, ztunnels: [], pods: [], systemObjects: [] };
    expect(remainingFor(step('delete:ZTunnel/default'), gone)).toEqual([]);
  });

  it('a CR recreated under the same name (another uid) is not the one deleted', () => {
    const again = {
      ...input,
      ztunnels: [{ ...input.ztunnels[0], metadata: { name: 'default', uid: 'new' } }],
    };
    expect(remainingFor(step('delete:ZTunnel/default'), again)).toEqual([
      'Pod/ztunnel/ztunnel-worker-0',
    ]);
  });

  it('waits for the IstioRevisions of an Istio', () => {
    const withRev = {
      ...input,
      istios: [],
      systemObjects: [],
      revisions: [
        {
          metadata: {
            name: 'default',
            ownerReferences: [
              {
                apiVersion: 'sailoperator.io/v1',
                kind: 'Istio',
                name: 'default',
                uid: 'istio-uid',
              },
            ],
          },
        },
      ],
    };
    expect(remainingFor(step('delete:Istio/default'), withRev)).toEqual(['IstioRevision/default']);
  });

  it('a label write does not wait', () => {
    expect(remainingFor(plan.steps[0], input)).toEqual([]);
  });
});
