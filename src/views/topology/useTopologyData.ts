import * as React from 'react';
import { TopologyCache } from '../../mesh/topology/rowCache';
import type { TopologyInput, TopologyModel } from '../../mesh/topology/types';
import { useGateways } from '../../resources/gateway/hooks';
import { useGatewayClasses } from '../../resources/gatewayclass/hooks';
import { needsGatewayClasses } from '../../mesh/waypoints/resolve';
import { useNamespace, useVisibleNamespaces } from '../../resources/namespace/hooks';
import { useNodes } from '../../resources/node/hooks';
import { useZtunnelPods } from '../../resources/pod/hooks';
import { settled, wholeList } from '../../resources/common/watch';
import type { ReadScope } from '../../mesh/scope/scope';
import { useDebounced } from '../../utils/useDebounced';
import { useListsWhole } from '../../utils/useListsWhole';
import { usePolicyInputs } from '../policy/usePolicyInputs';
import { useMeshSettings } from './useMeshSettings';
import { useTopologyModel } from './useTopologyModel';
import { useTopologyPods } from './useTopologyPods';
import { useWaypointServices } from './useWaypointServices';

/** Watch updates are gathered this long before the model is recomputed. */
export const UPDATE_DEBOUNCE_MS = 400;

/** Watches that failed but do not stop the page (the model makes do without them). */
export type PartialData = 'nodes' | 'ztunnel' | 'namespaces' | 'gateways';

export type TopologyData = {
  model: TopologyModel;
  loaded: boolean;
  error: unknown;
  /** The model shown is that of the whole pods list (its last page is in). */
  whole: boolean;
  /** The pods list is still coming in, page by page: the rows shown are not all of them yet. */
  listing: boolean;
  partial: PartialData[];
  /** Where the pods of "all namespaces" come from (cluster-wide, or the user's namespaces). */
  scope?: ReadScope;
};

/**
 * Everything the topology needs, watched live: pods (of `namespace`, or all), nodes,
 * namespaces, the ztunnel pods, waypoint Gateways and Services, and the mesh settings; then
 * debounced and turned into the model by the pure transform (in slices when large).
 */
export const useTopologyData = (
  namespace: string | undefined,
  { listAll }: { listAll: boolean },
): TopologyData => {
  const settings = useMeshSettings();
  // Cluster-wide when allowed, else the user's namespaces; the first rows from a first read
  const pods = useTopologyPods(namespace, listAll);
  const nodes = useNodes();
  // the first page of namespaces, read once, for the first rows; then the whole list in one page
  const nsList = useVisibleNamespaces({ largePages: listAll, firstRead: true });
  // One namespace chosen: that namespace read by name as well, so that its rows are right from
  // the first ones even when it is not on the list's first page (nor when the list fails). The
  // user's projects already hold theirs.
  const nsOne = useNamespace({
    name: namespace ?? '',
    enabled: !!namespace && nsList.source !== 'projects',
  });
  // Asked for at once, in the namespace the settings give so far (`ztunnel`, the ZTunnel CR's
  // default, until a CR names another): the first rows wait for it, and waiting for the CRs put
  // it a round trip behind the other lists. When the settings name another namespace, that watch
  // replaces this one, and the rows wait for it (`loaded` below).
  const ztunnel = useZtunnelPods({ namespace: settings.ztunnelNamespace });
  const allGateways = useGateways();
  const nsGateways = useGateways({ namespace, enabled: !!(allGateways.error && namespace) });
  const gateways = allGateways.error ? nsGateways : allGateways;
  const services = useWaypointServices(namespace);
  const policy = usePolicyInputs(namespace);
  // Only when some Gateway leaves its traffic type to its class.
  const classesNeeded = needsGatewayClasses(gateways.gateways);
  const classes = useGatewayClasses({ enabled: classesNeeded });
  const { gatewayClasses } = classes;

  const namespaces = React.useMemo(() => {
    const one = nsOne.namespace;
    if (nsList.error) return one ? [one] : [];
    const name = one?.metadata?.name;
    if (!one || nsList.namespaces.some((n) => n.metadata?.name === name)) return nsList.namespaces;
    return [...nsList.namespaces, one];
  }, [nsList.error, nsList.namespaces, nsOne.namespace]);
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
      authorizationPolicies: policy.policies,
      policyServices: policy.services,
      rootNamespace: settings.rootNamespace,
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
      policy.policies,
      policy.services,
      settings.rootNamespace,
    ],
  );
  const loaded =
    pods.loaded &&
    settled(nodes) &&
    settled(nsList) &&
    settled(nsOne) &&
    settings.loaded &&
    settled(ztunnel) &&
    settled(gateways) &&
    (!classesNeeded || settled(classes));
  // Live updates are debounced. Two moments pass straight through: the first data of each pods
  // watch (the page's first load, or a newly chosen namespace: the first rows) and the moment its
  // list holds every page (all rows). Pages in between are debounced like any update.
  const scope = namespace ?? '';
  const [loadedScope, setLoadedScope] = React.useState<string | null>(null);
  const [completeScope, setCompleteScope] = React.useState<string | null>(null);
  // Every list the rows depend on is whole: a pod's enrollment and problems follow its
  // namespace's labels, its node's ztunnel, its waypoint's Gateway. A list whose size is a
  // multiple of its page size (500 nodes in pages of 250) is taken as whole once it stayed
  // unchanged for a while (`useListsWhole`): these lists are in long before the pods.
  const rest = React.useMemo(
    () => [namespaces, nodes.nodes, ztunnel.pods, gateways.gateways],
    [namespaces, nodes.nodes, ztunnel.pods, gateways.gateways],
  );
  const restWhole =
    useListsWhole(
      loaded,
      (nsList.error ? settled(nsOne) : nsList.complete) &&
        wholeList(nodes, nodes.nodes.length) &&
        (ztunnel.complete || !!ztunnel.error) &&
        wholeList(gateways, gateways.gateways.length),
      rest,
    ) && !nsList.pending;
  const complete = loaded && pods.complete && restWhole;
  React.useEffect(() => {
    if (loaded) setLoadedScope(scope);
    if (complete) setCompleteScope(scope);
  }, [loaded, complete, scope]);
  const everLoaded = loadedScope !== null;
  const immediate = loadedScope !== scope || (complete && completeScope !== scope);
  const held = useDebounced(input, UPDATE_DEBOUNCE_MS, immediate);
  // Rows of pods that did not change are reused from one build to the next; large lists are
  // built in slices. Nothing is built before the watches every row depends on are in.
  const [cache] = React.useState(() => new TopologyCache());
  const { model, current } = useTopologyModel(held, cache, {
    complete,
    enabled: loaded || everLoaded,
    // the pages held back by the debounce: their rows are derived ahead, for the build of all rows
    warm: loaded && !pods.complete ? input : undefined,
  });
  // The page shows its rows once the model of its first data is built (not the empty one
  // before), and from then on keeps showing the last model while the next is built.
  const [builtScope, setBuiltScope] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (loaded && current) setBuiltScope(scope);
  }, [loaded, current, scope]);
  // The list is in once the model shown is that of its latest data and no page is due: its last
  // page is in, or nothing new came for the debounce (a list whose size is a multiple of the
  // page size). Until then, for each scope, the page says it is still listing. (The quiet time
  // is counted whatever the other watches; `loaded` is asked below.)
  const inputWhole = useListsWhole(true, complete, input, UPDATE_DEBOUNCE_MS);
  const upToDate = loaded && current && held === input && inputWhole && restWhole;
  const [listedScope, setListedScope] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (upToDate) setListedScope(scope);
  }, [upToDate, scope]);

  const failed: Record<PartialData, boolean> = {
    nodes: !!nodes.error,
    ztunnel: !!ztunnel.error,
    namespaces: !!nsList.error,
    gateways: !!gateways.error,
  };
  // one array while the same watches fail, so that the page's body need not render again
  const partialKey = (Object.keys(failed) as PartialData[]).filter((k) => failed[k]).join(',');
  const partial = React.useMemo(
    () => (partialKey ? (partialKey.split(',') as PartialData[]) : []),
    [partialKey],
  );
  // Once loaded, a watch that reconnects does not blank the page; a new namespace does.
  const shown = (loaded || (everLoaded && pods.loaded)) && (current || builtScope === scope);
  return {
    model,
    loaded: shown,
    error: pods.error,
    whole: shown && complete && current,
    listing: shown && !upToDate && listedScope !== scope,
    partial,
    scope: pods.scope,
  };
};
