import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind, K8sModel, K8sVerb } from '@openshift-console/dynamic-plugin-sdk';
import * as React from 'react';
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

const modelsOf = (list: ResourceList): K8sModel[] => {
  const [group, version] = list.groupVersion.includes('/')
    ? list.groupVersion.split('/')
    : ['', list.groupVersion];
  return (list.resources ?? [])
    .filter((r) => !r.name.includes('/'))
    .map((r) => fromResource(group, version, r));
};

/**
 * The console keeps its last discovery in localStorage under this key, with its own version, and
 * starts from it on the next load (frontend/public/components/app.tsx `initApiDiscovery`,
 * module/k8s/get-resources.ts): the item is removed as it is read, ignored when written by another
 * console version, and written again when discovery completes.
 */
export const DISCOVERY_CACHE_KEY = 'bridge/api-discovery-resources';

type DiscoveryCache = { consoleVersion: string; lists: ResourceList[] };

const modelListeners = new Set<() => void>();
let modelsVersion = 0;

/** Replaces the models by those of `lists`; an unchanged model keeps its object. */
const replaceModels = (lists: ResourceList[]) => {
  const next = new Map<string, K8sModel>();
  for (const m of lists.flatMap(modelsOf)) {
    const ref = referenceForModel(m);
    const old = models.get(ref);
    next.set(ref, old && JSON.stringify(old) === JSON.stringify(m) ? old : m);
  }
  const changed = next.size !== models.size || [...next].some(([k, m]) => models.get(k) !== m);
  models.clear();
  next.forEach((m, k) => models.set(k, m));
  if (!changed) return;
  modelsVersion += 1;
  modelListeners.forEach((l) => l());
};

/** The models from the last discovery of this console version, if this browser kept one. */
export const loadCachedDiscovery = (consoleVersion: string): boolean => {
  let cached: DiscoveryCache | undefined;
  try {
    const json = localStorage.getItem(DISCOVERY_CACHE_KEY);
    localStorage.removeItem(DISCOVERY_CACHE_KEY);
    cached = json ? (JSON.parse(json) as DiscoveryCache) : undefined;
  } catch {
    cached = undefined;
  }
  if (!cached || cached.consoleVersion !== consoleVersion || !Array.isArray(cached.lists)) {
    return false;
  }
  replaceModels(cached.lists);
  return models.size > 0;
};

/**
 * Legacy discovery, as the console does at start-up: /api/v1, /apis, each group version. The
 * models are replaced by what it found, and kept for the next load.
 */
export const discover = async (consoleVersion: string): Promise<void> => {
  const base = '/api/kubernetes';
  const [core, groups] = await Promise.all([
    consoleFetchJSON(`${base}/api/v1`) as Promise<ResourceList>,
    consoleFetchJSON(`${base}/apis`) as Promise<GroupList>,
  ]);
  const gvs = (groups.groups ?? []).flatMap((g) => g.versions.map((v) => v.groupVersion));
  const lists = await Promise.all(
    gvs.map((gv) =>
      (consoleFetchJSON(`${base}/apis/${gv}`) as Promise<ResourceList>).catch(() => undefined),
    ),
  );
  const found = [core, ...lists.filter((l): l is ResourceList => !!l)];
  replaceModels(found);
  try {
    localStorage.setItem(DISCOVERY_CACHE_KEY, JSON.stringify({ consoleVersion, lists: found }));
  } catch {
    // a full or disabled storage only costs the next load its head start
  }
};

/** Re-renders when a discovery changes the set of models (a cached start, then the fresh one). */
export const useModelsVersion = (): number => {
  const [version, setVersion] = React.useState(modelsVersion);
  React.useEffect(() => {
    const listener = () => setVersion(modelsVersion);
    modelListeners.add(listener);
    listener();
    return () => void modelListeners.delete(listener);
  }, []);
  return version;
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

/** Models are known before the shell renders (cached or discovered), so none is in flight. */
export const useK8sModel: typeof SDK.useK8sModel = (gvk) => [modelFor(gvk) as K8sModel, false];

/** The console's URL path segment for a model: its plural, or its reference for CRDs. */
export const urlSegmentFor = (m: K8sModel): string => (m.crd ? referenceForModel(m) : m.plural);
