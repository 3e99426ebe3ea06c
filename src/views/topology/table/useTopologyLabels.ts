import * as React from 'react';
import type { PodEnrollmentState } from '../../../mesh/enrollment/podEnrollment';
import type { GraphStatus } from '../../../mesh/topology/graphTypes';
import type { Problem, ZtunnelState } from '../../../mesh/topology/types';
import type { WaypointState } from '../../../mesh/waypoints/resolve';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** The words the table, graph and side panel use for states and problems. */
export const useTopologyLabels = () => {
  const { t } = useAmbientTranslation();
  return React.useMemo(
    () => ({
      state: {
        captured: t('Captured'),
        pending: t('Not captured yet'),
        'no-ztunnel': t('No ready ztunnel'),
        sidecar: t('Sidecar'),
        'host-network': t('Host network'),
        excluded: t('Excluded'),
        'not-enrolled': t('Not enrolled'),
        'unexpected-capture': t('Captured, not enrolled'),
      } as Record<PodEnrollmentState, string>,
      problem: {
        'not-captured': t('Meant to be in ambient but not captured'),
        'no-ztunnel': t('On a node without a ready ztunnel'),
        sidecar: t('A sidecar overrides ambient'),
        'host-network': t('hostNetwork pods are never captured'),
        'unexpected-capture': t('Captured although nothing asks for ambient'),
        'not-discovered': t('Namespace not selected by the discovery selectors'),
        waypoint: t('Its waypoint is missing, not ready or of the wrong traffic type'),
        'policy-no-waypoint': t('L7 policy not enforced: no waypoint'),
        'policy-selector-bound': t('L7 policy bound by selector: its waypoint does not enforce it'),
      } as Record<Problem, string>,
      waypoint: {
        ready: t('Ready'),
        'not-ready': t('Not ready'),
        missing: t('Missing'),
        denied: t('Denied: its allowedRoutes do not admit this namespace'),
        'wrong-traffic-type': t('Wrong traffic type'),
      } as Record<WaypointState, string>,
      ztunnel: {
        ready: t('Ready'),
        'not-ready': t('Not ready'),
        missing: t('No ztunnel'),
        unknown: t('Unknown'),
      } as Record<ZtunnelState, string>,
      status: {
        success: t('Captured (HBONE)'),
        danger: t('Meant for ambient, not working'),
        warning: t('Overridden or waypoint problem'),
        default: t('Not in ambient (TCP)'),
        info: t('Mesh infrastructure'),
      } as Record<GraphStatus, string>,
    }),
    [t],
  );
};

export type TopologyLabels = ReturnType<typeof useTopologyLabels>;
