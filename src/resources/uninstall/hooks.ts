import * as React from 'react';
import {
  useK8sWatchResources,
  type K8sGroupVersionKind,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { SAIL_GROUP } from '../../models';
import type { AnyObject } from '../../mesh/uninstall/types';
import type { WatchOptions } from '../common/watch';
import { useCRD } from '../crd/hooks';

/**
 * The kinds looked at in each namespace the CRs install into, to tell whether anything but the
 * mesh and the platform lives there (workloads and their pods, services, configuration, accounts;
 * a StatefulSet's or Job's pods show up as pods of others).
 */
export const SYSTEM_KINDS: K8sGroupVersionKind[] = [
  { version: 'v1', kind: 'Pod' },
  { group: 'apps', version: 'v1', kind: 'Deployment' },
  { group: 'apps', version: 'v1', kind: 'ReplicaSet' },
  { group: 'apps', version: 'v1', kind: 'DaemonSet' },
  { version: 'v1', kind: 'Service' },
  { version: 'v1', kind: 'ConfigMap' },
  { version: 'v1', kind: 'Secret' },
  { version: 'v1', kind: 'ServiceAccount' },
];

export type ObjectsWatch = { objects: AnyObject[]; loaded: boolean; error: unknown };

const collect = (
  results: Record<string, { data?: unknown; loaded?: boolean; loadError?: unknown }>,
  kindOf: (key: string) => string,
): ObjectsWatch => {
  const entries = Object.entries(results);
  const objects = entries.flatMap(([key, r]) =>
    ((r.data as AnyObject[] | undefined) ?? []).map((o) => ({ ...o, kind: kindOf(key) })),
  );
  return {
    objects,
    loaded: entries.every(([, r]) => r.loaded || !!r.loadError),
    error: entries.find(([, r]) => r.loadError)?.[1].loadError,
  };
};

/** Every object of `SYSTEM_KINDS` in the given namespaces: one list watch per kind and namespace. */
export const useNamespaceObjects = ({
  namespaces,
  ...options
}: WatchOptions & { namespaces: string[] }): ObjectsWatch => {
  const { enabled = true } = options;
  const key = namespaces.join(',');
  const resources = React.useMemo(() => {
    const out: Record<string, WatchK8sResource> = {};
    if (!enabled) return out;
    for (const ns of key ? key.split(',') : [])
      for (const gvk of SYSTEM_KINDS)
        out[`${ns}|${gvk.kind}`] = { groupVersionKind: gvk, isList: true, namespace: ns };
    return out;
  }, [key, enabled]);
  const results = useK8sWatchResources<Record<string, AnyObject[]>>(resources);
  return React.useMemo(() => collect(results, (k) => k.split('|')[1]), [results]);
};

const revisionWatch = (kind: string): WatchK8sResource => ({
  groupVersionKind: { group: SAIL_GROUP, version: 'v1', kind },
  isList: true,
  optional: true,
});

/**
 * IstioRevisions and IstioRevisionTags, each watched only when the cluster serves its CRD (the
 * console has no model for a kind that is not served): empty lists otherwise.
 */
export const useRevisionObjects = (
  options: WatchOptions = {},
): { revisions: AnyObject[]; revisionTags: AnyObject[]; loaded: boolean } => {
  const { enabled = true } = options;
  const revCRD = useCRD({ name: `istiorevisions.${SAIL_GROUP}`, enabled });
  const tagCRD = useCRD({ name: `istiorevisiontags.${SAIL_GROUP}`, enabled });
  const withRevs = enabled && !!revCRD.crd;
  const withTags = enabled && !!tagCRD.crd;
  const resources = React.useMemo(() => {
    const out: Record<string, WatchK8sResource> = {};
    if (withRevs) out.IstioRevision = revisionWatch('IstioRevision');
    if (withTags) out.IstioRevisionTag = revisionWatch('IstioRevisionTag');
    return out;
  }, [withRevs, withTags]);
  const results = useK8sWatchResources<Record<string, AnyObject[]>>(resources);
  const crdsLoaded = !enabled || (revCRD.loaded && tagCRD.loaded);
  return React.useMemo(() => {
    const { objects, loaded } = collect(results, (k) => k);
    return {
      revisions: objects.filter((o) => o.kind === 'IstioRevision'),
      revisionTags: objects.filter((o) => o.kind === 'IstioRevisionTag'),
      loaded: crdsLoaded && loaded,
    };
  }, [results, crdsLoaded]);
};
