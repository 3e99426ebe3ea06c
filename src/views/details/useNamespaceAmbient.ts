import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { getName } from '../../k8s/common/selectors';
import type { NamespaceKind } from '../../k8s/namespace/types';
import { rollUpNamespace, type NamespaceRollUp } from '../../mesh/enrollment/namespaceEnrollment';
import { namespaceServiceWaypoint } from '../../mesh/topology/rows';
import type { WaypointCell } from '../../mesh/topology/types';
import { indexGateways, needsGatewayClasses } from '../../mesh/waypoints/resolve';
import { useGateways } from '../../resources/gateway/hooks';
import { useGatewayClasses } from '../../resources/gatewayclass/hooks';
import { useIstioCNIs } from '../../resources/istiocni/hooks';
import { cniRulesOf } from '../../mesh/enrollment/cniRules';
import { SAIL_GROUP } from '../../models';
import { usePods } from '../../resources/pod/hooks';

export type NamespaceAmbient = {
  /** The roll-up of its pods; undefined when the user may not list them. */
  rollUp?: NamespaceRollUp;
  waypoint: WaypointCell | null;
  /** The user may not list the namespace's pods. */
  podsForbidden: boolean;
  loaded: boolean;
};

/** A namespace's data plane, captured pods and waypoint, from namespace-scoped watches. */
export const useNamespaceAmbient = (ns: NamespaceKind): NamespaceAmbient => {
  const name = getName(ns);
  const [mayList, checking] = useAccessReview({
    group: '',
    resource: 'pods',
    verb: 'list',
    namespace: name,
  });
  const pods = usePods({ namespace: name, enabled: !!name && !checking && mayList });
  const gateways = useGateways({ namespace: name, enabled: !!name });
  const { gatewayClasses } = useGatewayClasses({
    enabled: needsGatewayClasses(gateways.gateways),
  });
  // the enrollment rule of the IstioCNI's version, as the Namespaces page and the tab use it
  const [mayCnis, cniChecking] = useAccessReview({
    group: SAIL_GROUP,
    resource: 'istiocnis',
    verb: 'list',
  });
  const cni = useIstioCNIs({ enabled: mayCnis && !cniChecking }).istioCNIs[0];
  const podsKnown = mayList && pods.loaded && !pods.error;
  return {
    rollUp: podsKnown
      ? rollUpNamespace(ns, pods.pods, cni ? cniRulesOf(cni) : undefined)
      : undefined,
    waypoint: namespaceServiceWaypoint(ns, name, indexGateways(gateways.gateways, gatewayClasses)),
    podsForbidden: !checking && (!mayList || !!pods.error),
    loaded: !checking && (!mayList || pods.loaded || !!pods.error),
  };
};
