import { buildInventory, systemNamespaceNames } from './inventory';
import { originOf } from './ownership';
import { ambientInput } from '../../testing/uninstallInput';
import type { AnyObject } from './types';

describe('buildInventory', () => {
  it('finds enrolled namespaces and pods, waypoints, use-waypoint and discovery labels', () => {
    const inv = buildInventory(ambientInput());
    expect(inv.enrolledNamespaces).toEqual(['bookinfo']);
    expect(inv.enrolledPods.map((p) => `${p.namespace}/${p.name}`)).toEqual(['other/solo']);
    expect(inv.waypoints.map((w) => w.name)).toEqual(['waypoint']);
    expect(inv.useWaypoint.map((r) => `${r.kind}/${r.name}`)).toEqual([
      'Namespace/bookinfo',
      'Service/reviews',
    ]);
    expect(inv.discoveryLabels).toEqual({ 'istio-discovery': 'enabled' });
    expect(inv.discoveryNamespaces).toEqual(['bookinfo', 'istio-cni', 'istio-system', 'ztunnel']);
  });

  it('names things in name order whatever order the lists come in (the console holds them in hash order)', () => {
    const input = ambientInput();
    const reversed = {
      ...input,
      namespaces: [...input.namespaces].reverse(),
      pods: [...input.pods].reverse(),
      services: [...input.services].reverse(),
    };
    const inv = buildInventory(reversed);
    expect(inv.discoveryNamespaces).toEqual(['bookinfo', 'istio-cni', 'istio-system', 'ztunnel']);
    expect(inv.labelTargets.map((t) => `${t.ref.kind}/${t.ref.name}`)).toEqual(
      buildInventory(input).labelTargets.map((t) => `${t.ref.kind}/${t.ref.name}`),
    );
  });

  it('lists the label keys each object carries; mesh and waypoint pods are left to their owners', () => {
    const keys = Object.fromEntries(
      buildInventory(ambientInput()).labelTargets.map((t) => [
        `${t.ref.kind}/${t.ref.name}`,
        t.keys,
      ]),
    );
    expect(keys).toEqual({
      'Namespace/bookinfo': ['istio.io/use-waypoint', 'istio.io/dataplane-mode', 'istio-discovery'],
      'Namespace/istio-cni': ['istio-discovery'],
      'Namespace/istio-system': ['istio-discovery'],
      'Namespace/ztunnel': ['istio-discovery'],
      'Pod/ratings-1': ['istio.io/dataplane-mode'],
      'Pod/solo': ['istio.io/dataplane-mode'],
      'Service/reviews': ['istio.io/use-waypoint'],
    });
  });

  it('orders the CRs ZTunnel, IstioCNI, Istio and records their namespaces', () => {
    const inv = buildInventory(ambientInput());
    expect(inv.crs.map((r) => r.kind)).toEqual(['ZTunnel', 'IstioCNI', 'Istio']);
    expect(inv.crNamespaces).toEqual({
      'ZTunnel/default': 'ztunnel',
      'IstioCNI/default': 'istio-cni',
      'Istio/default': 'istio-system',
    });
  });

  it('keeps a system namespace that holds objects of others, with the reason', () => {
    const input = ambientInput();
    input.systemObjects.push({
      kind: 'ConfigMap',
      metadata: { name: 'mine', namespace: 'ztunnel', uid: 'x' },
    });
    const byName = Object.fromEntries(
      buildInventory(input).systemNamespaces.map((n) => [n.name, n]),
    );
    expect(byName.ztunnel.keep).toBe('others');
    expect(byName.ztunnel.others).toEqual([{ kind: 'ConfigMap', name: 'mine', origin: 'other' }]);
    expect(byName['istio-system'].keep).toBeUndefined();
    expect(byName['istio-cni'].keep).toBeUndefined();
  });

  it('never offers a protected namespace and keeps remembered ones after their CRs went', () => {
    const input = ambientInput();
    input.istioCNIs = [{ ...input.istioCNIs[0], spec: { namespace: 'openshift-operators' } }];
    input.namespaces.push({ metadata: { name: 'openshift-operators', uid: 'oo' } });
    expect(
      buildInventory(input).systemNamespaces.find((n) => n.name === 'openshift-operators')?.keep,
    ).toBe('protected');
    const gone = { ...ambientInput(), istios: [], istioCNIs: [], ztunnels: [] };
    expect(systemNamespaceNames(gone)).toEqual([]);
    expect(systemNamespaceNames(gone, ['ztunnel'])).toEqual(['ztunnel']);
    expect(buildInventory(gone, ['ztunnel']).systemNamespaces.map((n) => n.usedBy)).toEqual([[]]);
  });
});

describe('originOf', () => {
  const owner: AnyObject = {
    kind: 'DaemonSet',
    metadata: {
      name: 'd',
      uid: 'd1',
      ownerReferences: [
        { apiVersion: 'sailoperator.io/v1', kind: 'ZTunnel', name: 'default', uid: 'z' },
      ],
    },
  };
  const byUid = new Map([['d1', owner]]);
  it.each<[string, AnyObject, string]>([
    ['a Sail CR owner', owner, 'operator'],
    [
      'an owner chain to a Sail CR',
      {
        kind: 'Pod',
        metadata: {
          name: 'p',
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'd', uid: 'd1' }],
        },
      },
      'operator',
    ],
    [
      'the managed-by label',
      { kind: 'Service', metadata: { name: 's', labels: { 'managed-by': 'sail-operator' } } },
      'operator',
    ],
    [
      'a Helm release record',
      {
        kind: 'Secret',
        metadata: { name: 'sh.helm.release.v1.ztunnel.v1', labels: { owner: 'helm' } },
      },
      'operator',
    ],
    [
      'the root certificate istiod writes',
      { kind: 'ConfigMap', metadata: { name: 'istio-ca-root-cert' } },
      'istiod',
    ],
    [
      'a platform service account',
      { kind: 'ServiceAccount', metadata: { name: 'default' } },
      'platform',
    ],
    [
      'a platform pull secret',
      { kind: 'Secret', metadata: { name: 'builder-dockercfg-x7k2p' } },
      'platform',
    ],
    [
      'an unknown owner',
      {
        kind: 'Pod',
        metadata: {
          name: 'p',
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'r', uid: 'nope' }],
        },
      },
      'other',
    ],
    ['a config map of someone', { kind: 'ConfigMap', metadata: { name: 'istio' } }, 'other'],
  ])('%s', (_, obj, origin) => {
    expect(originOf(obj, byUid)).toBe(origin);
  });
});
