import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import type { JsonPatchOp } from '../../k8s/common/labelPatch';
import { NETWORK_OPERATOR_NAME, type NetworkOperatorKind } from '../../k8s/network/types';
import { patchFieldChanges, routingViaHostPatch, type FieldChange } from '../../mesh/preflight/fix';
import { NetworkOperatorModel } from '../../models';
import { objectWrites } from '../common/writes';

const writes = () => objectWrites<NetworkOperatorKind>(NetworkOperatorModel);

/** Applies a JSON patch to `network.operator.openshift.io/cluster` (e.g. turning on routingViaHost). */
export const patchNetworkOperator = (
  resource: NetworkOperatorKind,
  data: Patch[],
  dryRun = false,
): Promise<NetworkOperatorKind> => writes().patch(resource, data, dryRun);

/** The routingViaHost fix as checked by the server: the patch and the exact fields it sets. */
export type RoutingViaHostPlan = {
  network: NetworkOperatorKind;
  patch: JsonPatchOp[];
  fields: FieldChange[];
};

/**
 * Reads the cluster network configuration as it is now, builds the guarded routingViaHost patch
 * from it and sends it as a dry run (`dryRun=All`): nothing changes, but the server validates
 * and admits it. Rejects with the server's error when it would not be accepted.
 */
export const planRoutingViaHost = async (): Promise<RoutingViaHostPlan> => {
  const network = await writes().get(NETWORK_OPERATOR_NAME);
  const patch = routingViaHostPatch(network);
  if (patch.length > 0) await patchNetworkOperator(network, patch, true);
  return { network, patch, fields: patchFieldChanges(network, patch) };
};

/**
 * Sends the planned patch. It tests the resourceVersion the plan was read at: if anyone changed
 * the object since (409/422), nothing is written and the caller plans again.
 */
export const applyRoutingViaHost = (plan: RoutingViaHostPlan): Promise<NetworkOperatorKind> =>
  patchNetworkOperator(plan.network, plan.patch);
