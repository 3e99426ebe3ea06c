import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import { NetworkOperatorModel } from '../../models';
import type { NetworkOperatorKind } from '../../k8s/network/types';
import { objectWrites } from '../common/writes';

/** Applies a JSON patch to `network.operator.openshift.io/cluster` (e.g. turning on routingViaHost). */
export const patchNetworkOperator = (
  resource: NetworkOperatorKind,
  data: Patch[],
  dryRun = false,
): Promise<NetworkOperatorKind> =>
  objectWrites<NetworkOperatorKind>(NetworkOperatorModel).patch(resource, data, dryRun);
