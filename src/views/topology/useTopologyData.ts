import * as React from 'react';
import { buildTopology } from '../../mesh/topology/model';
import type { TopologyInput, TopologyModel } from '../../mesh/topology/types';
import { useGateways } from '../../resources/gateway/hooks';
import { useGatewayClasses } from '../../resources/gatewayclass/hooks';
import { needsGatewayClasses } from '../../mesh/waypoints/resolve';
import { useNamespace, useVisibleNamespaces } from '../../resources/namespace/hooks';
import { useNodes } from '../../resources/node/hooks';
import { usePods, useZtunnelPods } from '../../resources/pod/hooks';
import { useDebounced } from '../../utils/useDebounced';
import { useMeshSettings } from './useMeshSettings';
import { useWaypointServices } from './useWaypointServices';

/** Watch updates are gathered this long before the model is recomputed. */
export const UPDATE_DEBOUNCE_MS = 400;

/** Watches that failed but do not stop the page (the model makes do without them). */
export type PartialData = 'nodes' | 'ztunnel' | 'namespaces' | 'gateways';

export type TopologyData = {
  model: TopologyModel;
  loaded: boolean;
  error: unknown;
  partial: PartialData[];
};

const settled = (w: { loaded: boolean; error: unknown }) => w.loaded || !!w.error;

/**
 * Everything the topology needs, watched live: pods (of `namespace`, or all), nodes,
 * namespaces, the ztunnel pods, waypoint Gateways and Services, and the mesh settings; then
 * debounced and turned into the model by the pure transform.
 */
export const useTopologyData = (namespace: string | undefined): TopologyData => {
  const settings = useMeshSettings();
  const pods = usePods({ namespace });
  const nodes = useNodes();
  const nsList = useVisibleNamespaces();
  const nsOne = useNamespace({ name: namespace ?? '', enabled: !!(nsList.error && namespace) });
  const ztunnel = useZtunnelPods({
    namespace: settings.ztunnelNamespace,
    enabled: settings.loaded,
  });
  const allGateways = useGateways();
  const nsGateways = useGateways({ namespace, enabled: !!(allGateways.error && namespace) });
  const gateways = allGateways.error ? nsGateways : allGateways;
  const services = useWaypointServices(namespace);
  // Only when some Gateway leaves its traffic type to its class.
  const { gatewayClasses } = useGatewayClasses({
    enabled: needsGatewayClasses(gateways.gateways),
  });

  const namespaces = React.useMemo(
    () => (nsList.error ? (nsOne.namespace ? [nsOne.namespace] : []) : nsList.namespaces),
    [nsList.error, nsList.namespaces, nsOne.namespace],
  );
  const input = React.useMemo<TopologyInput>(
    () => ({
      pods: pods.pods,
      nodes: nodes.nodes,
      namespaces,
      ztunnelPods: ztunnel.error ? undefined : ztunnel.pods,
      gateways: gateways.gateways,
      gatewayClasses,
      services: services.services,
      discoverySelectors: settings.discoverySelectors,
      ztunnelNamespace: settings.ztunnelNamespace,
      cniRules: settings.cniRules,
    }),
    [
      pods.pods,
      nodes.nodes,
      namespaces,
      ztunnel.error,
      ztunnel.pods,
      gateways.gateways,
      gatewayClasses,
      services.services,
      settings.discoverySelectors,
      settings.ztunnelNamespace,
      settings.cniRules,
    ],
  );
  const loaded =
    pods.loaded &&
    settled(nodes) &&
    settled(nsList) &&
    settings.loaded &&
    settled(ztunnel) &&
    settled(gateways);
  // Live updates are debounced; the first complete data of each pods watch (the page's first
  // load, or a newly chosen namespace) passes straight through.
  const scope = namespace ?? '';
  const [loadedScope, setLoadedScope] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (loaded) setLoadedScope(scope);
  }, [loaded, scope]);
  const everLoaded = loadedScope !== null;
  const held = useDebounced(input, UPDATE_DEBOUNCE_MS, loadedScope !== scope);
  const model = React.useMemo(() => buildTopology(held), [held]);

  const partial: PartialData[] = [];
  if (nodes.error) partial.push('nodes');
  if (ztunnel.error) partial.push('ztunnel');
  if (nsList.error) partial.push('namespaces');
  if (gateways.error) partial.push('gateways');
  // Once loaded, a watch that reconnects does not blank the page; a new namespace does.
  const shown = loaded || (everLoaded && pods.loaded);
  return { model, loaded: shown, error: pods.error, partial };
};
