import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelChanges } from '../../k8s/common/labelPatch';
import { USE_WAYPOINT_LABEL, USE_WAYPOINT_NAMESPACE_LABEL } from '../../mesh/labels';
import { ServiceModel } from '../../models';
import { patchLabels } from '../common/patchLabels';

/**
 * Label changes that point an object at a waypoint of its own namespace
 * (`istio.io/use-waypoint=<name>`), opt it out (`none`) or clear it (null). Each also removes
 * `istio.io/use-waypoint-namespace`: left in place it would send the traffic to the waypoint of
 * that name in the other namespace.
 */
export const waypointLabelChanges = (waypoint: string | null): LabelChanges => ({
  [USE_WAYPOINT_LABEL]: waypoint,
  [USE_WAYPOINT_NAMESPACE_LABEL]: null,
});

/** Sets or clears `istio.io/use-waypoint` on a service, namespace or pod with one JSON patch. */
export const setUseWaypoint = <T extends K8sResourceCommon>(
  model: K8sModel,
  obj: T,
  waypoint: string | null,
): Promise<T> => patchLabels(model, obj, waypointLabelChanges(waypoint));

export const setServiceWaypoint = <T extends K8sResourceCommon>(svc: T, waypoint: string | null) =>
  setUseWaypoint(ServiceModel, svc, waypoint);
