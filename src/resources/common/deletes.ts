import {
  k8sDelete,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { isNotFound } from '../../k8s/errors';

export type DeleteGuard = { uid?: string; resourceVersion?: string };

/** `deleted`: the API accepted the delete; `gone`: the object was already gone (404). */
export type DeleteResult = 'deleted' | 'gone';

/**
 * Deletes one object, guarded by `preconditions` (the uid, and a resourceVersion when given: the
 * API refuses with 409 when the object is not the one the caller saw), optionally as a dry run
 * (`dryRun=All`). An object already gone is not an error: a retry after a partial run succeeds.
 */
export const deleteObject = async (
  model: K8sModel,
  ref: { name: string; namespace?: string },
  { guard = {}, dryRun = false }: { guard?: DeleteGuard; dryRun?: boolean } = {},
): Promise<DeleteResult> => {
  const resource: K8sResourceCommon = { metadata: { name: ref.name, namespace: ref.namespace } };
  const preconditions = Object.fromEntries(Object.entries(guard).filter(([, v]) => !!v));
  try {
    await k8sDelete({
      model,
      resource,
      json: {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        propagationPolicy: 'Background',
        ...(Object.keys(preconditions).length ? { preconditions } : {}),
      },
      ...(dryRun ? { queryParams: { dryRun: 'All' } } : {}),
    });
    return 'deleted';
  } catch (e) {
    if (isNotFound(e)) return 'gone';
    throw e;
  }
};
