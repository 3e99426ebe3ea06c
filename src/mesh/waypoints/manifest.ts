import type { GatewayKind } from '../../k8s/gateway/types';
import { GatewayModel, apiVersionOf } from '../../models';
import { ISTIO_REV_LABEL, WAYPOINT_FOR_LABEL, WAYPOINT_GATEWAY_CLASS } from '../labels';

export type WaypointTrafficType = 'service' | 'workload' | 'all';
export const DEFAULT_WAYPOINT_NAME = 'waypoint';

export type WaypointForm = {
  name: string;
  namespace: string;
  /** Omitted: the Gateway gets no `istio.io/waypoint-for` label and serves service traffic. */
  trafficType?: WaypointTrafficType;
  /** `istio.io/rev`: the revision whose istiod takes the waypoint (omitted: the default one). */
  revision?: string;
};

/**
 * The Gateway `istioctl waypoint apply -n <namespace> [--name] [--for]` creates: class
 * `istio-waypoint`, one HBONE listener on 15008, `istio.io/waypoint-for` only when chosen,
 * `istio.io/rev` when the mesh's istiod is not the default revision (`--revision`).
 */
export const waypointGateway = ({
  name,
  namespace,
  trafficType,
  revision,
}: WaypointForm): GatewayKind => {
  const labels = {
    ...(trafficType ? { [WAYPOINT_FOR_LABEL]: trafficType } : {}),
    ...(revision ? { [ISTIO_REV_LABEL]: revision } : {}),
  };
  return {
    apiVersion: apiVersionOf(GatewayModel),
    kind: 'Gateway',
    metadata: { name, namespace, ...(Object.keys(labels).length ? { labels } : {}) },
    spec: {
      gatewayClassName: WAYPOINT_GATEWAY_CLASS,
      listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
    },
  };
};

export type WaypointNameError = 'empty' | 'reserved' | 'invalid' | 'exists';

/** Validates a waypoint name: a DNS-1123 label, not `none`, not taken in the namespace. */
export const validateWaypointName = (
  name: string,
  existing: string[] = [],
): WaypointNameError | null => {
  if (name === '') return 'empty';
  if (name === 'none') return 'reserved';
  if (name.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) return 'invalid';
  if (existing.includes(name)) return 'exists';
  return null;
};
