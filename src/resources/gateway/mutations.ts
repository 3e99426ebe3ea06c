import { k8sCreate, k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { waypointGateway, type WaypointForm } from '../../mesh/waypoints/manifest';
import { GatewayModel } from '../../models';
import type { GatewayKind } from '../../k8s/gateway/types';

/** Creates the waypoint Gateway of `istioctl waypoint apply`. */
export const createWaypoint = (form: WaypointForm): Promise<GatewayKind> =>
  k8sCreate<GatewayKind>({ model: GatewayModel, data: waypointGateway(form) });

export const deleteGateway = (gw: GatewayKind): Promise<unknown> =>
  k8sDelete({
    model: GatewayModel,
    resource: { metadata: { name: gw.metadata?.name, namespace: gw.metadata?.namespace } },
  });
