import { setFieldsPatch, type JsonPatchOp } from '../install/adopt';

/**
 * The JSON patch of `network.operator.openshift.io/cluster` that turns on `routingViaHost`
 * (OVN-Kubernetes local gateway mode) and changes nothing else.
 */
export const routingViaHostPatch = (network: { spec?: unknown } | undefined): JsonPatchOp[] =>
  setFieldsPatch(network ?? {}, {
    spec: { defaultNetwork: { ovnKubernetesConfig: { gatewayConfig: { routingViaHost: true } } } },
  });
