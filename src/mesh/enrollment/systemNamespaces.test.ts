import {
  DEFAULT_MESH_NAMESPACES,
  meshNamespaces,
  partitionGuarded,
  systemNamespace,
  type SystemNamespace,
} from './systemNamespaces';

const mesh = meshNamespaces([{ spec: { namespace: 'mesh-cp' } }, { spec: {} }]);

describe('systemNamespace', () => {
  it.each<[string, SystemNamespace]>([
    ['bookinfo', { hidden: false }],
    ['my-kube-app', { hidden: false }],
    ['openshiftish', { hidden: false }],
    ['default', { hidden: true }],
    ['kube-system', { hidden: true, guard: 'kube-system' }],
    ['kube-public', { hidden: true, guard: 'platform' }],
    ['kube-node-lease', { hidden: true, guard: 'platform' }],
    ['kubernetes-dashboard', { hidden: true, guard: 'platform' }],
    ['openshift', { hidden: true, guard: 'platform' }],
    ['openshift-operators', { hidden: true, guard: 'platform' }],
    ['istio-system', { hidden: true, guard: 'mesh' }],
    ['istio-cni', { hidden: true, guard: 'mesh' }],
    ['ztunnel', { hidden: true, guard: 'mesh' }],
    ['mesh-cp', { hidden: true, guard: 'mesh' }],
  ])('%s -> %j', (name, expected) => expect(systemNamespace(name, mesh)).toEqual(expected));
});

describe('meshNamespaces', () => {
  it('adds the CRs namespaces to the defaults', () => {
    expect([...mesh].sort()).toEqual([...DEFAULT_MESH_NAMESPACES, 'mesh-cp'].sort());
    expect([...meshNamespaces([], [])]).toEqual([]);
  });
});

describe('partitionGuarded', () => {
  it('skips guarded namespaces with their reason, keeps default and user namespaces', () => {
    const names = ['bookinfo', 'kube-system', 'default', 'istio-cni', 'openshift-dns'];
    expect(partitionGuarded(names, (n) => n, mesh)).toEqual({
      allowed: ['bookinfo', 'default'],
      skipped: [
        { name: 'kube-system', guard: 'kube-system' },
        { name: 'istio-cni', guard: 'mesh' },
        { name: 'openshift-dns', guard: 'platform' },
      ],
    });
  });
});
