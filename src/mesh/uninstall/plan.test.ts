import { buildInventory } from './inventory';
import { leftovers } from './leftovers';
import { buildUninstallPlan, namespacesToDelete } from './plan';
import { ambientInput } from '../../testing/uninstallInput';
import type { Step } from './types';

const describeStep = (s: Step): string =>
  s.action === 'unlabel'
    ? `unlabel ${s.ref.kind}/${s.ref.name} ${Object.keys(s.changes).join(',')}`
    : `delete ${s.ref.kind}/${s.ref.name}`;

describe('buildUninstallPlan', () => {
  it('un-enrolls, deletes waypoints, then ZTunnel, IstioCNI, Istio, then the chosen namespaces', () => {
    const inv = buildInventory(ambientInput());
    const plan = buildUninstallPlan(inv, {
      unenroll: true,
      deleteNamespaces: ['istio-cni', 'ztunnel'],
    });
    expect(plan.blockers).toEqual([]);
    expect(plan.steps.map(describeStep)).toEqual([
      'unlabel Namespace/bookinfo istio.io/use-waypoint',
      'unlabel Service/reviews istio.io/use-waypoint',
      'unlabel Namespace/bookinfo istio.io/dataplane-mode,istio-discovery',
      'unlabel Namespace/istio-system istio-discovery',
      'unlabel Pod/ratings-1 istio.io/dataplane-mode',
      'unlabel Pod/solo istio.io/dataplane-mode',
      'delete Gateway/waypoint',
      'delete ZTunnel/default',
      'delete IstioCNI/default',
      'delete Istio/default',
      'delete Namespace/istio-cni',
      'delete Namespace/ztunnel',
    ]);
  });

  it('guards deletes by uid and waits for the pods that go with each object', () => {
    const steps = buildUninstallPlan(buildInventory(ambientInput()), {
      unenroll: true,
      deleteNamespaces: ['ztunnel'],
    }).steps;
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId['delete:ZTunnel/default']).toEqual({
      id: 'delete:ZTunnel/default',
      action: 'delete',
      ref: { kind: 'ZTunnel', name: 'default', uid: 'zt-uid' },
      waitPods: { namespace: 'ztunnel', labels: { app: 'ztunnel' } },
    });
    expect(byId['delete:Gateway/bookinfo/waypoint']).toMatchObject({
      waitPods: {
        namespace: 'bookinfo',
        labels: { 'gateway.networking.k8s.io/gateway-name': 'waypoint' },
      },
    });
    expect(byId['delete:Namespace/ztunnel']).toMatchObject({ ref: { uid: 'ns-ztunnel' } });
  });

  it('deletes IstioRevisionTags (they have no owner) before the CRs', () => {
    const input = ambientInput();
    input.revisionTags = [{ kind: 'IstioRevisionTag', metadata: { name: 'default', uid: 't1' } }];
    const steps = buildUninstallPlan(buildInventory(input), {
      unenroll: true,
      deleteNamespaces: [],
    })
      .steps.filter((s) => s.action === 'delete')
      .map(describeStep);
    expect(steps).toEqual([
      'delete Gateway/waypoint',
      'delete IstioRevisionTag/default',
      'delete ZTunnel/default',
      'delete IstioCNI/default',
      'delete Istio/default',
    ]);
  });

  it('stops when anything is enrolled and the user chose not to un-enroll', () => {
    const plan = buildUninstallPlan(buildInventory(ambientInput()), {
      unenroll: false,
      deleteNamespaces: [],
    });
    expect(plan.blockers).toEqual(['enrolled']);
  });

  it('without enrollment, the stop choice still removes the discovery labels and the CRs', () => {
    const input = ambientInput();
    input.namespaces = input.namespaces.map((n) =>
      n.metadata?.name === 'bookinfo' ? { metadata: { ...n.metadata, labels: {} } } : n,
    );
    input.pods = [];
    input.services = [];
    input.gateways = [];
    const plan = buildUninstallPlan(buildInventory(input), {
      unenroll: false,
      deleteNamespaces: [],
    });
    expect(plan.blockers).toEqual([]);
    expect(plan.steps.map(describeStep)).toEqual([
      'unlabel Namespace/istio-cni istio-discovery',
      'unlabel Namespace/istio-system istio-discovery',
      'unlabel Namespace/ztunnel istio-discovery',
      'delete ZTunnel/default',
      'delete IstioCNI/default',
      'delete Istio/default',
    ]);
  });

  it('never deletes a namespace that holds objects of others, even when asked', () => {
    const input = ambientInput();
    input.systemObjects.push({
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'ztunnel', uid: 's' },
    });
    const inv = buildInventory(input);
    expect(
      namespacesToDelete(inv, { unenroll: true, deleteNamespaces: ['ztunnel', 'istio-cni'] }),
    ).toEqual(['istio-cni']);
  });

  it('has nothing to do on a cluster without ambient mode', () => {
    const empty = buildInventory({
      ...ambientInput(),
      namespaces: [],
      pods: [],
      services: [],
      gateways: [],
      istios: [],
      istioCNIs: [],
      ztunnels: [],
      systemObjects: [],
    });
    expect(buildUninstallPlan(empty, { unenroll: true, deleteNamespaces: [] })).toEqual({
      steps: [],
      blockers: ['nothing-installed'],
    });
  });
});

describe('leftovers', () => {
  it('says why each system namespace stays and lists anything of ambient mode still there', () => {
    const input = ambientInput();
    input.systemObjects.push({
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'ztunnel', uid: 's' },
    });
    const after = { ...input, istios: [], istioCNIs: [], gateways: [] };
    const out = leftovers(buildInventory(after, ['istio-system', 'istio-cni', 'ztunnel']), [
      'istio-cni',
    ]);
    expect(out.map((l) => `${l.what}: ${l.reason}`)).toEqual(
      expect.arrayContaining([
        'ZTunnel/default: still-there',
        'Namespace/istio-system: kept-by-choice',
        'Namespace/istio-cni: still-there',
        'Namespace/ztunnel: holds-others',
      ]),
    );
    expect(out.find((l) => l.what === 'Namespace/ztunnel')?.others).toEqual([
      { kind: 'Secret', name: 'db', origin: 'other' },
    ]);
  });
});
