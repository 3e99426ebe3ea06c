/** The OpenShift 4.19 cluster every scenario starts from: nodes, namespaces, cluster config, operator. */
import type { Api } from '../api/core';
import type { KObj } from '../api/types';
import { istioCrds } from '../crds/istio';
import { gatewayApiCrds, openshiftCrds } from '../crds/platform';
import { sailCrds, type SailLine } from '../crds/sail';
import { developerBinding, namespaceLabelerGrant, rbacObjects } from './rbac';
import { namespace, seedObject } from './seed';

export const OPENSHIFT_VERSION = '4.19.9';
export const KUBE_GIT_VERSION = 'v1.32.7';

export const node = (name: string, index: number, role: 'master' | 'worker'): KObj => {
  const ip = `10.0.${Math.floor(index / 250)}.${(index % 250) + 10}`;
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    'node.openshift.io/os_id': 'rhcos',
    'topology.kubernetes.io/zone': `zone-${String.fromCharCode(97 + (index % 3))}`,
  };
  if (role === 'master') {
    labels['node-role.kubernetes.io/master'] = '';
    labels['node-role.kubernetes.io/control-plane'] = '';
  } else labels['node-role.kubernetes.io/worker'] = '';
  const t = '2025-10-01T08:00:00Z';
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels,
      annotations: { 'k8s.ovn.org/node-primary-ifaddr': `{"ipv4":"${ip}/24"}` },
    },
    spec: {
      podCIDR: `10.${128 + Math.floor(index / 128)}.${(index % 128) * 2}.0/23`,
      podCIDRs: [`10.${128 + Math.floor(index / 128)}.${(index % 128) * 2}.0/23`],
      taints:
        role === 'master'
          ? [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }]
          : undefined,
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '8', memory: '32734604Ki', pods: '250' },
      allocatable: { cpu: '7500m', memory: '31583628Ki', pods: '250' },
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
      ],
      nodeInfo: {
        architecture: 'amd64',
        containerRuntimeVersion: 'cri-o://1.32.7',
        kubeletVersion: KUBE_GIT_VERSION,
        kubeProxyVersion: '',
        operatingSystem: 'linux',
        osImage: 'Red Hat Enterprise Linux CoreOS 9.6.20250925-0 (Plow)',
        kernelVersion: '5.14.0-570.49.1.el9_6.x86_64',
        machineID: '',
        systemUUID: '',
        bootID: '',
      },
    },
  };
};

const OPENSHIFT_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'openshift',
  'openshift-apiserver',
  'openshift-authentication',
  'openshift-cluster-version',
  'openshift-config',
  'openshift-config-managed',
  'openshift-console',
  'openshift-console-operator',
  'openshift-dns',
  'openshift-image-registry',
  'openshift-ingress',
  'openshift-ingress-operator',
  'openshift-kube-apiserver',
  'openshift-marketplace',
  'openshift-monitoring',
  'openshift-network-operator',
  'openshift-operator-lifecycle-manager',
  'openshift-operators',
  'openshift-ovn-kubernetes',
];

export interface BaseOptions {
  masters: number;
  workers: number;
  sail?: SailLine;
  routingViaHost?: boolean;
}

export const clusterVersion = (): KObj => ({
  apiVersion: 'config.openshift.io/v1',
  kind: 'ClusterVersion',
  metadata: { name: 'version' },
  spec: { channel: 'stable-4.19', clusterID: '3f1c7a52-6b0e-4d8a-9c3e-2a7d5b9e1f40' },
  status: {
    desired: {
      version: OPENSHIFT_VERSION,
      image: `quay.io/openshift-release-dev/ocp-release@sha256:${'a'.repeat(64)}`,
      channels: ['stable-4.19'],
    },
    history: [
      {
        state: 'Completed',
        version: OPENSHIFT_VERSION,
        startedTime: '2025-10-01T07:00:00Z',
        completionTime: '2025-10-01T08:00:00Z',
        verified: true,
      },
    ],
    observedGeneration: 1,
    versionHash: 'x3Zq9dK1b2A=',
    conditions: [
      {
        type: 'Available',
        status: 'True',
        lastTransitionTime: '2025-10-01T08:00:00Z',
        message: `Done applying ${OPENSHIFT_VERSION}`,
      },
      {
        type: 'Progressing',
        status: 'False',
        lastTransitionTime: '2025-10-01T08:00:00Z',
        message: `Cluster version is ${OPENSHIFT_VERSION}`,
      },
    ],
  },
});

export const sailCsv = (line: SailLine): KObj => {
  const version = { '1.26': '3.1.3', '1.27': '3.2.0', main: '3.3.0' }[line];
  return {
    apiVersion: 'operators.coreos.com/v1alpha1',
    kind: 'ClusterServiceVersion',
    metadata: {
      name: `servicemeshoperator3.v${version}`,
      namespace: 'openshift-operators',
      labels: { 'operators.coreos.com/servicemeshoperator3.openshift-operators': '' },
    },
    spec: {
      displayName: 'Red Hat OpenShift Service Mesh 3',
      version,
      provider: { name: 'Red Hat, Inc.' },
      customresourcedefinitions: {
        owned: [
          { name: 'istios.sailoperator.io', kind: 'Istio', version: 'v1' },
          { name: 'istiocnis.sailoperator.io', kind: 'IstioCNI', version: 'v1' },
          {
            name: 'ztunnels.sailoperator.io',
            kind: 'ZTunnel',
            version: line === '1.26' ? 'v1alpha1' : 'v1',
          },
          { name: 'istiorevisions.sailoperator.io', kind: 'IstioRevision', version: 'v1' },
          { name: 'istiorevisiontags.sailoperator.io', kind: 'IstioRevisionTag', version: 'v1' },
        ],
      },
    },
    status: {
      phase: 'Succeeded',
      reason: 'InstallSucceeded',
      message: 'install strategies completed with no errors',
    },
  };
};

/** Seeds the base cluster. Namespaces istio-system, istio-cni and ztunnel are left out. */
export const seedCluster = (api: Api, o: BaseOptions): void => {
  for (const obj of rbacObjects()) seedObject(api, obj);
  for (const ns of OPENSHIFT_NAMESPACES)
    seedObject(
      api,
      namespace(
        ns,
        ns.startsWith('openshift') ? { 'openshift.io/cluster-monitoring': 'true' } : {},
      ),
    );
  for (let i = 0; i < o.masters; i += 1) seedObject(api, node(`master-${i}`, i, 'master'));
  for (let i = 0; i < o.workers; i += 1)
    seedObject(api, node(`worker-${i}`, o.masters + i, 'worker'));
  for (const crd of [...openshiftCrds(), ...gatewayApiCrds()]) seedObject(api, crd);
  seedObject(api, clusterVersion());
  seedObject(api, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Network',
    metadata: { name: 'cluster' },
    spec: {
      networkType: 'OVNKubernetes',
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      serviceNetwork: ['172.30.0.0/16'],
    },
    status: { networkType: 'OVNKubernetes' },
  });
  const gatewayConfig = o.routingViaHost ? { routingViaHost: true, ipForwarding: 'Global' } : {};
  seedObject(api, {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Network',
    metadata: { name: 'cluster' },
    spec: {
      managementState: 'Managed',
      defaultNetwork: {
        type: 'OVNKubernetes',
        ovnKubernetesConfig: { gatewayConfig, genevePort: 6081, mtu: 1400 },
      },
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      serviceNetwork: ['172.30.0.0/16'],
    },
  });
  seedObject(api, {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Console',
    metadata: { name: 'cluster' },
    spec: { managementState: 'Managed', plugins: [] },
  });
  if (o.sail) {
    for (const crd of [...sailCrds(o.sail), ...istioCrds()]) seedObject(api, crd);
    seedObject(api, sailCsv(o.sail));
  }
};

export const seedDeveloper = (api: Api, ns: string): void => {
  seedObject(api, developerBinding(ns));
  namespaceLabelerGrant(ns, 'developer').forEach((o) => seedObject(api, o));
};
