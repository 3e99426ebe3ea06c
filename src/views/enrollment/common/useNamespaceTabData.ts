import * as React from 'react';
import {
  enrollmentPreflight,
  type Finding,
  type MeshFacts,
} from '../../../mesh/enrollment/preflight';
import { useGateways } from '../../../resources/gateway/hooks';
import type { GatewayKind } from '../../../k8s/gateway/types';
import { useNamespace } from '../../../resources/namespace/hooks';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { usePods } from '../../../resources/pod/hooks';
import type { PodKind } from '../../../k8s/pod/types';
import { useServices } from '../../../resources/service/hooks';
import type { ServiceKind } from '../../../k8s/service/types';
import { useMeshFacts } from './useMeshFacts';
import type { LabelWrites } from '../../../resources/common/useLabelWrites';
import { useEnrollmentLabelWrites } from './useEnrollmentLabelWrites';
import { patchNamespaceLabels } from '../../../resources/namespace/mutations';
import { getLabel, getName } from '../../../k8s/common/selectors';
import { useGatewayClasses } from '../../../resources/gatewayclass/hooks';
import {
  indexGateways,
  needsGatewayClasses,
  type GatewayIndex,
} from '../../../mesh/waypoints/resolve';
import {
  namespaceWaypoint,
  type NamespaceWaypoint,
} from '../../../mesh/waypoints/namespaceWaypoint';
import { USE_WAYPOINT_NAMESPACE_LABEL } from '../../../mesh/labels';

export type NamespaceTabData = {
  name: string;
  /** The namespace with writes in flight applied. */
  namespace: NamespaceKind;
  pods: PodKind[];
  gateways: GatewayKind[];
  /**
   * The Gateways waypoint resolution sees: this namespace's and, when `istio.io/use-waypoint-namespace`
   * names another, that namespace's; with their class's `istio.io/waypoint-for` default.
   */
  waypointIndex: GatewayIndex;
  /** The namespace's own waypoint, possibly in another namespace, allowed or denied. */
  namespaceWaypoint: NamespaceWaypoint;
  services: ServiceKind[];
  facts: MeshFacts;
  findings: Finding[];
  loaded: boolean;
  error: unknown;
  writes: LabelWrites<NamespaceKind>;
};

/** The watches of one namespace's tab: the namespace, its pods, Gateways and Services. */
export const useNamespaceTabData = (obj: NamespaceKind | undefined): NamespaceTabData => {
  const name = getName(obj);
  const live = useNamespace({ name, asProject: obj?.kind === 'Project', enabled: !!name });
  const watched = React.useMemo(
    () => [live.namespace ?? obj ?? { metadata: { name } }],
    [live.namespace, obj, name],
  );
  const pods = usePods({ namespace: name, enabled: !!name });
  const { gateways } = useGateways({ namespace: name, enabled: !!name });
  const { services } = useServices({ namespace: name, enabled: !!name });
  const { facts } = useMeshFacts();
  const writes = useEnrollmentLabelWrites(watched, patchNamespaceLabels);
  const namespace = writes.display(watched)[0];
  // One more namespace's Gateways at most: the one the namespace's label sends it to.
  const remoteNs = getLabel(namespace, USE_WAYPOINT_NAMESPACE_LABEL);
  const remote = useGateways({
    namespace: remoteNs,
    enabled: !!remoteNs && remoteNs !== name,
  });
  const seen = React.useMemo(
    () => (remoteNs && remoteNs !== name ? [...gateways, ...remote.gateways] : gateways),
    [remoteNs, name, gateways, remote.gateways],
  );
  const { gatewayClasses } = useGatewayClasses({ enabled: needsGatewayClasses(seen) });
  const waypointIndex = React.useMemo(
    () => indexGateways(seen, gatewayClasses),
    [seen, gatewayClasses],
  );
  const nsWaypoint = React.useMemo(
    () => namespaceWaypoint(namespace, waypointIndex),
    [namespace, waypointIndex],
  );
  const findings = React.useMemo(
    () => enrollmentPreflight(namespace, pods.pods, facts),
    [namespace, pods.pods, facts],
  );
  return {
    name,
    namespace,
    pods: pods.pods,
    gateways,
    waypointIndex,
    namespaceWaypoint: nsWaypoint,
    services,
    facts,
    findings,
    loaded: pods.loaded || !!pods.error,
    error: pods.error,
    writes,
  };
};
