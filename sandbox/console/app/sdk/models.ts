import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind, K8sModel, K8sVerb } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';

type APIResource = {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs?: string[];
  shortNames?: string[];
};
type ResourceList = { groupVersion: string; resources: APIResource[] };
type GroupList = { groups: { name: string; versions: { groupVersion: string }[] }[] };

/** Groups the console knows statically; any other group's kinds are CRDs (URLs use references). */
const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'apiextensions.k8s.io',
  'admissionregistration.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'authorization.k8s.io',
  'project.openshift.io',
  'route.openshift.io',
  'config.openshift.io',
  'user.openshift.io',
]);

const models = new Map<string, K8sModel>();

export const referenceForGVK = ({ group, version, kind }: K8sGroupVersionKind): string =>
  `${group || 'core'}~${version}~${kind}`;

export const referenceForModel = (m: K8sModel): string =>
  referenceForGVK({ group: m.apiGroup, version: m.apiVersion, kind: m.kind });

const fromResource = (group: string, version: string, r: APIResource): K8sModel => ({
  kind: r.kind,
  apiGroup: group || undefined,
  apiVersion: version,
  plural: r.name,
  namespaced: r.namespaced,
  abbr: r.kind.replace(/[^A-Z]/g, '').slice(0, 4) || r.kind.slice(0, 2).toUpperCase(),
  label: r.kind,
  labelPlural: `${r.kind}s`,
  verbs: (r.verbs ?? []) as K8sVerb[],
  shortNames: r.shortNames,
  crd: !BUILT_IN_GROUPS.has(group),
  id: r.name,
});

const addList = (list: ResourceList) => {
  const [group, version] = list.groupVersion.includes('/')
    ? list.groupVersion.split('/')
    : ['', list.groupVersion];
  for (const r of list.resources ?? []) {
    if (r.name.includes('/')) continue;
    const m = fromResource(group, version, r);
    models.set(referenceForModel(m), m);
  }
};

/** Legacy discovery, as the console does at start-up: /api/v1, /apis, each group version. */
export const discover = async (): Promise<void> => {
  const base = '/api/kubernetes';
  const [core, groups] = await Promise.all([
    consoleFetchJSON(`${base}/api/v1`) as Promise<ResourceList>,
    consoleFetchJSON(`${base}/apis`) as Promise<GroupList>,
  ]);
  addList(core);
  const gvs = (groups.groups ?? []).flatMap((g) => g.versions.map((v) => v.groupVersion));
  const lists = await Promise.all(
    gvs.map((gv) =>
      (consoleFetchJSON(`${base}/apis/${gv}`) as Promise<ResourceList>).catch(() => undefined),
    ),
  );
  lists.forEach((l) => l && addList(l));
};

/** The model of a group/version/kind, a reference (`group~version~Kind`) or a bare kind. */
export const modelFor = (
  ref: SDK.K8sResourceKindReference | K8sGroupVersionKind | undefined,
): K8sModel | undefined => {
  if (!ref) return undefined;
  if (typeof ref !== 'string') return models.get(referenceForGVK(ref));
  if (ref.split('~').length === 3) return models.get(ref);
  const byKind = [...models.values()].filter((m) => m.kind === ref);
  return byKind.find((m) => !m.apiGroup) ?? byKind[0];
};

export const allModels = (): K8sModel[] => [...models.values()];

export const getGroupVersionKindForModel: typeof SDK.getGroupVersionKindForModel = (model) => ({
  ...(model.apiGroup ? { group: model.apiGroup } : {}),
  version: model.apiVersion,
  kind: model.kind,
});

/** Models are discovered before the shell renders, so none is ever in flight. */
export const useK8sModel: typeof SDK.useK8sModel = (gvk) => [modelFor(gvk) as K8sModel, false];

/** The console's URL path segment for a model: its plural, or its reference for CRDs. */
export const urlSegmentFor = (m: K8sModel): string => (m.crd ? referenceForModel(m) : m.plural);
