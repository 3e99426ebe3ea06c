/**
 * istiod's sidecar injector, written from istio/istio
 * manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml (which pods each
 * revision's webhooks select), files/injection-template.yaml and pkg/kube/inject (what an injected
 * pod gets). `injectSidecar` is the one function that shapes an injected pod: the webhook calls it
 * at pod creation, and scenarios seeding already-injected pods call it too.
 */
import type { Api } from '../api/core';
import { asDict, type Dict, type KObj } from '../api/types';
import { controllerOf } from './runtime';

export const STATUS_ANNOTATION = 'sidecar.istio.io/status';
export const PROXY_IMAGE = 'registry.redhat.io/openshift-service-mesh/istio-proxyv2-rhel9';
const IGNORED_NAMESPACES = new Set(['kube-system', 'kube-public']);
const VOLUMES = [
  'workload-socket',
  'credential-socket',
  'workload-certs',
  'istio-envoy',
  'istio-data',
  'istio-podinfo',
  'istio-token',
  'istiod-ca-cert',
];

export interface Injection {
  /** The revision whose webhook injects (`default`, a revision name). */
  revision: string;
  /** The proxy image tag of that revision's version, e.g. `1.26.8`. */
  tag: string;
  /** IstioCNI is installed: `istio-validation` instead of `istio-init`. */
  cni: boolean;
  /** `istio-proxy` as a native sidecar (an init container with `restartPolicy: Always`). */
  native: boolean;
}

/** The workload name istiod derives for a pod (its Deployment, StatefulSet, ... or the pod). */
const workloadName = (pod: KObj): string => {
  const owner = controllerOf(pod);
  const hash = pod.metadata.labels?.['pod-template-hash'];
  if (owner?.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`))
    return owner.name.slice(0, -hash.length - 1);
  if (owner) return owner.name;
  return String(pod.metadata.name ?? pod.metadata.generateName ?? '').replace(/-$/, '');
};

const proxyContainer = (image: string, native: boolean): Dict => ({
  name: 'istio-proxy',
  image,
  args: [
    'proxy',
    'sidecar',
    '--domain',
    '$(POD_NAMESPACE).svc.cluster.local',
    '--proxyLogLevel=warning',
    '--proxyComponentLogLevel=misc:error',
    '--log_output_level=default:info',
  ],
  ports: [
    { name: 'http-envoy-prom', containerPort: 15090, protocol: 'TCP' },
    { name: 'http-status', containerPort: 15021, protocol: 'TCP' },
  ],
  env: [
    { name: 'PILOT_CERT_PROVIDER', value: 'istiod' },
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    { name: 'INSTANCE_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
    { name: 'ISTIO_META_CLUSTER_ID', value: 'Kubernetes' },
  ],
  readinessProbe: {
    httpGet: { path: '/healthz/ready', port: 15021 },
    periodSeconds: 15,
    timeoutSeconds: 3,
    failureThreshold: 4,
  },
  ...(native
    ? {
        restartPolicy: 'Always',
        startupProbe: {
          httpGet: { path: '/healthz/ready', port: 15021 },
          periodSeconds: 1,
          timeoutSeconds: 3,
          failureThreshold: 600,
        },
      }
    : {}),
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } },
  securityContext: {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    privileged: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
  },
  volumeMounts: [
    { mountPath: '/var/run/secrets/workload-spiffe-uds', name: 'workload-socket' },
    { mountPath: '/var/run/secrets/credential-uds', name: 'credential-socket' },
    { mountPath: '/var/run/secrets/workload-spiffe-credentials', name: 'workload-certs' },
    { mountPath: '/var/run/secrets/istio', name: 'istiod-ca-cert' },
    { mountPath: '/var/lib/istio/data', name: 'istio-data' },
    { mountPath: '/etc/istio/proxy', name: 'istio-envoy' },
    { mountPath: '/var/run/secrets/tokens', name: 'istio-token' },
    { mountPath: '/etc/istio/pod', name: 'istio-podinfo' },
  ],
});

const setupContainer = (image: string, cni: boolean): Dict => ({
  name: cni ? 'istio-validation' : 'istio-init',
  image,
  args: [
    'istio-iptables',
    '-p',
    '15001',
    '-z',
    '15006',
    '-u',
    '1337',
    '-m',
    'REDIRECT',
    '-i',
    '*',
    '-x',
    '',
    '-b',
    '*',
    '-d',
    '15090,15021,15020',
    '--log_output_level=default:info',
    ...(cni ? ['--run-validation', '--skip-rule-apply'] : []),
  ],
  securityContext: cni
    ? {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        privileged: false,
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
      }
    : {
        allowPrivilegeEscalation: false,
        capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] },
        privileged: false,
        readOnlyRootFilesystem: false,
        runAsGroup: 0,
        runAsNonRoot: false,
        runAsUser: 0,
      },
});

const volume = (name: string): Dict => {
  switch (name) {
    case 'istio-envoy':
      return { name, emptyDir: { medium: 'Memory' } };
    case 'istio-podinfo':
      return {
        name,
        downwardAPI: {
          items: [
            { path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } },
            { path: 'annotations', fieldRef: { fieldPath: 'metadata.annotations' } },
          ],
        },
      };
    case 'istio-token':
      return {
        name,
        projected: {
          sources: [
            {
              serviceAccountToken: {
                audience: 'istio-ca',
                expirationSeconds: 43200,
                path: 'istio-token',
              },
            },
          ],
        },
      };
    case 'istiod-ca-cert':
      return { name, configMap: { name: 'istio-ca-root-cert' } };
    default:
      return { name, emptyDir: {} };
  }
};

/** Adds what the injector adds to `pod` (in place) and returns it. */
export const injectSidecar = (pod: KObj, inj: Injection): KObj => {
  const spec = (pod.spec ??= {});
  const image = `${PROXY_IMAGE}:${inj.tag}`;
  const containers = (spec.containers as Dict[] | undefined) ?? [];
  const userInit = (spec.initContainers as Dict[] | undefined) ?? [];
  const first = String(containers[0]?.name ?? '');
  const setup = setupContainer(image, inj.cni);
  const proxy = proxyContainer(image, inj.native);
  // reorderPod: native -> setup, proxy, user init containers; else setup (validation) first, istio-init last.
  if (inj.native) spec.initContainers = [setup, proxy, ...userInit];
  else if (inj.cni) spec.initContainers = [setup, ...userInit];
  else spec.initContainers = [...userInit, setup];
  if (!inj.native) spec.containers = [...containers, proxy];
  spec.volumes = [...((spec.volumes as Dict[] | undefined) ?? []), ...VOLUMES.map(volume)];
  const labels = pod.metadata.labels ?? {};
  pod.metadata.labels = {
    ...labels,
    'security.istio.io/tlsMode': labels['security.istio.io/tlsMode'] ?? 'istio',
    'service.istio.io/canonical-name':
      labels['service.istio.io/canonical-name'] ??
      labels['app.kubernetes.io/name'] ??
      labels.app ??
      workloadName(pod),
    'service.istio.io/canonical-revision':
      labels['service.istio.io/canonical-revision'] ??
      labels['app.kubernetes.io/version'] ??
      labels.version ??
      'latest',
  };
  const annotations = pod.metadata.annotations ?? {};
  const status = {
    initContainers: inj.native ? [setup.name, 'istio-proxy'] : [setup.name],
    containers: inj.native ? null : ['istio-proxy'],
    volumes: VOLUMES,
    imagePullSecrets: null,
    revision: inj.revision,
  };
  pod.metadata.annotations = {
    ...(first
      ? {
          'kubectl.kubernetes.io/default-container': first,
          'kubectl.kubernetes.io/default-logs-container': first,
        }
      : {}),
    ...annotations,
    'istio.io/rev': inj.revision,
    ...(inj.cni ? { 'k8s.v1.cni.cncf.io/networks': 'istio-cni' } : {}),
    'prometheus.io/path': '/stats/prometheus',
    'prometheus.io/port': '15020',
    'prometheus.io/scrape': 'true',
    'sidecar.istio.io/interceptionMode': 'REDIRECT',
    [STATUS_ANNOTATION]: JSON.stringify(status),
    'traffic.sidecar.istio.io/excludeInboundPorts': '15020',
    'traffic.sidecar.istio.io/includeInboundPorts': '*',
    'traffic.sidecar.istio.io/includeOutboundIPRanges': '*',
  };
  return pod;
};

/** `sidecar.istio.io/inject` as pkg/kube/inject reads it (label first, then annotation). */
const injectValue = (pod: KObj): string | undefined =>
  pod.metadata.labels?.['sidecar.istio.io/inject'] ??
  pod.metadata.annotations?.['sidecar.istio.io/inject'];

/**
 * The revision whose webhook selects `pod` in a namespace labelled `ns`: `istio-injection=enabled`
 * (the default revision), else the namespace's `istio.io/rev`, else the pod's `istio.io/rev`, else
 * `sidecar.istio.io/inject=true` (the default revision). `revisionOf` resolves a name (a revision
 * or a tag) to a deployed revision, or '' when none exists.
 */
export const selectingRevision = (
  pod: KObj,
  ns: Record<string, string>,
  revisionOf: (name: string) => string,
): string => {
  const label = pod.metadata.labels?.['sidecar.istio.io/inject'];
  if (label === 'false') return '';
  const injection = ns['istio-injection'];
  if (injection === 'enabled') return revisionOf('default');
  if (injection !== undefined) return '';
  if (ns['istio.io/rev']) return revisionOf(ns['istio.io/rev']);
  const podRev = pod.metadata.labels?.['istio.io/rev'];
  if (podRev) return revisionOf(podRev);
  return label === 'true' ? revisionOf('default') : '';
};

/** Whether the injector itself goes on (pkg/kube/inject `injectRequired`). */
export const injectRequired = (pod: KObj): boolean => {
  if (asDict(pod.spec).hostNetwork === true) return false;
  if (IGNORED_NAMESPACES.has(String(pod.metadata.namespace))) return false;
  if (pod.metadata.annotations?.[STATUS_ANNOTATION] !== undefined) return false;
  const v = injectValue(pod)?.toLowerCase();
  return v === undefined || ['y', 'yes', 'true', 'on'].includes(v);
};

const minorOf = (version: unknown): number => Number(/^v?\d+\.(\d+)/.exec(String(version))?.[1]);

/**
 * Native sidecars: off before 1.27; from 1.27 on `ENABLE_NATIVE_SIDECARS=auto`, on when every node
 * (or the pod's node) runs a kubelet of 1.33 or later (webhook.go `DetectNativeSidecar`); the
 * pod's `sidecar.istio.io/nativeSidecar` annotation wins.
 */
export const nativeSidecar = (pod: KObj, tag: string, nodes: KObj[]): boolean => {
  const override = pod.metadata.annotations?.['sidecar.istio.io/nativeSidecar'];
  if (override !== undefined) return override === 'true';
  if (!(minorOf(tag) >= 27)) return false;
  const node = asDict(pod.spec).nodeName;
  const relevant = node ? nodes.filter((n) => n.metadata.name === node) : nodes;
  return (
    relevant.length > 0 &&
    relevant.every((n) => minorOf(asDict(asDict(n.status).nodeInfo).kubeletVersion) >= 33)
  );
};

/** The deployed revisions (istiod Deployments' `istio.io/rev`) with their proxy tags. */
const deployedRevisions = (api: Api): Map<string, string> => {
  const out = new Map<string, string>();
  for (const e of api.store.list('apps/deployments')) {
    const d = e.obj;
    const rev = d.metadata.labels?.['istio.io/rev'];
    if (d.metadata.labels?.app !== 'istiod' || !rev || d.metadata.deletionTimestamp) continue;
    const containers = (asDict(asDict(asDict(d.spec).template).spec).containers as Dict[]) ?? [];
    const image = String(containers[0]?.image ?? '');
    out.set(rev, image.includes(':') ? (image.split(':').pop() as string) : 'latest');
  }
  return out;
};

/** Registers the injector as the API's mutating admission for pod creation. */
export const startInjection = (api: Api): void => {
  api.mutatingAdmission.push((type, pod) => {
    if (type.kind !== 'Pod' || !injectRequired(pod)) return;
    const ns = api.store.get('/namespaces', '', String(pod.metadata.namespace));
    const nsLabels = ns?.metadata.labels ?? {};
    const podLabels = pod.metadata.labels ?? {};
    // Fast path: nothing asks for injection.
    if (
      !nsLabels['istio-injection'] &&
      !nsLabels['istio.io/rev'] &&
      !podLabels['istio.io/rev'] &&
      podLabels['sidecar.istio.io/inject'] !== 'true'
    )
      return;
    const revisions = deployedRevisions(api);
    const tags = new Map(
      api.store
        .list('sailoperator.io/istiorevisiontags')
        .map((e) => [
          e.obj.metadata.name as string,
          String(asDict(e.obj.status).istioRevision ?? ''),
        ]),
    );
    const revisionOf = (name: string): string => {
      const viaTag = tags.get(name);
      if (viaTag && revisions.has(viaTag)) return viaTag;
      return revisions.has(name) ? name : '';
    };
    const revision = selectingRevision(pod, nsLabels, revisionOf);
    if (!revision) return;
    const tag = revisions.get(revision) as string;
    const nodes = api.store.list('/nodes').map((e) => e.obj);
    injectSidecar(pod, {
      revision,
      tag,
      cni: api.store.list('sailoperator.io/istiocnis').length > 0,
      native: nativeSidecar(pod, tag, nodes),
    });
  });
};
