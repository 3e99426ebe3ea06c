/** Serving custom resources: a CRD in the store makes its kinds served; removing it stops them. */
import type { Api } from './core';
import { ridOf, type PrinterColumn, type ResourceType, type VersionInfo } from './registry';
import type { StoreEvent } from './store';
import { asDict, nowISO, type Dict, type KObj } from './types';

const CRD_RID = ridOf('apiextensions.k8s.io', 'customresourcedefinitions');

export const crdToType = (crd: KObj): ResourceType => {
  const spec = asDict(crd.spec);
  const names = asDict(spec.names);
  const versions = (spec.versions as Dict[]).map(
    (v): VersionInfo => ({
      name: String(v.name),
      served: v.served !== false,
      storage: v.storage === true,
      deprecated: v.deprecated === true,
      schema: asDict(asDict(v.schema).openAPIV3Schema),
      status: !!asDict(v.subresources).status,
      printerColumns: v.additionalPrinterColumns as PrinterColumn[] | undefined,
    }),
  );
  return {
    group: String(spec.group),
    plural: String(names.plural),
    singular: String(names.singular ?? String(names.kind).toLowerCase()),
    kind: String(names.kind),
    listKind: String(names.listKind ?? `${String(names.kind)}List`),
    namespaced: spec.scope === 'Namespaced',
    verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'],
    shortNames: names.shortNames as string[] | undefined,
    categories: names.categories as string[] | undefined,
    versions,
    crd: crd.metadata.name,
  };
};

const established = (crd: KObj): Dict => {
  const now = nowISO();
  const names = asDict(asDict(crd.spec).names);
  return {
    acceptedNames: {
      ...names,
      singular: names.singular ?? String(names.kind).toLowerCase(),
      listKind: names.listKind ?? `${String(names.kind)}List`,
    },
    conditions: [
      {
        type: 'NamesAccepted',
        status: 'True',
        reason: 'NoConflicts',
        message: 'no conflicts found',
        lastTransitionTime: now,
      },
      {
        type: 'Established',
        status: 'True',
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
        lastTransitionTime: now,
      },
    ],
    storedVersions: ((asDict(crd.spec).versions as Dict[]) ?? [])
      .filter((v) => v.storage)
      .map((v) => v.name),
  };
};

/** Keeps the registry in step with the CRDs in the store and marks new CRDs Established. */
export const serveCrds = (api: Api): void => {
  const { store, registry } = api;
  const sync = (crd: KObj): void => {
    const rt = crdToType(crd);
    registry.add(rt);
  };
  for (const e of store.list(CRD_RID)) sync(e.obj);
  store.subscribe((e: StoreEvent) => {
    if (e.rid !== CRD_RID) return;
    if (e.type === 'DELETED') {
      const rt = crdToType(e.object);
      const rid = ridOf(rt.group, rt.plural);
      for (const entry of [...store.list(rid)]) api.removeNow(rt, entry.obj);
      store.drop(rid);
      registry.remove(rt.group, rt.plural);
      return;
    }
    sync(e.object);
    if (e.type === 'ADDED' && !asDict(e.object.status).conditions) {
      const crdType = registry.byRid(CRD_RID) as ResourceType;
      const name = e.object.metadata.name as string;
      queueMicrotask(() =>
        api.mutate(crdType, '', name, (o) => (o.status = established(o)), 'status'),
      );
    }
  });
};
