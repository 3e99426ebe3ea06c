import {
  k8sCreate,
  k8sGet,
  k8sPatch,
  type K8sModel,
  type K8sResourceCommon,
  type Patch,
} from '@openshift-console/dynamic-plugin-sdk';

/** Query parameters of a server-side dry run: validated and admitted, never stored. */
const dryRunParams = (dryRun: boolean) => (dryRun ? { dryRun: 'All' } : undefined);

/** Read, create and patch of one kind; create and patch may be a dry run (`dryRun=All`). */
export type ObjectWrites<T extends K8sResourceCommon = K8sResourceCommon> = {
  get: (name: string) => Promise<T>;
  create: (data: T, dryRun?: boolean) => Promise<T>;
  patch: (resource: T, data: Patch[], dryRun?: boolean) => Promise<T>;
};

/** The SDK calls for any kind, bound to its model (cluster-scoped or, by the object, namespaced). */
export const objectWrites = <T extends K8sResourceCommon = K8sResourceCommon>(
  model: K8sModel,
): ObjectWrites<T> => ({
  get: (name) => k8sGet<T>({ model, name }),
  create: (data, dryRun = false) =>
    k8sCreate<T>({ model, data, queryParams: dryRunParams(dryRun) }),
  patch: (resource, data, dryRun = false) =>
    k8sPatch<T>({ model, resource, data, queryParams: dryRunParams(dryRun) }),
});
