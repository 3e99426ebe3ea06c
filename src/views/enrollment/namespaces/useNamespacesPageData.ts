import * as React from 'react';
import type { NamespaceRow } from '../../../mesh/enrollment/rows';
import { NamespaceRowCache } from '../../../mesh/enrollment/rowCache';
import type { MeshFacts } from '../../../mesh/enrollment/preflight';
import { useGateways } from '../../../resources/gateway/hooks';
import { useGatewayClasses } from '../../../resources/gatewayclass/hooks';
import { needsGatewayClasses } from '../../../mesh/waypoints/resolve';
import { useVisibleNamespaces, type NamespaceListSource } from '../../../resources/namespace/hooks';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { useScopedPods } from '../../../resources/scope/hooks';
import type { PodKind } from '../../../k8s/pod/types';
import { useDebounced } from '../../../utils/useDebounced';
import { useListsWhole } from '../../../utils/useListsWhole';
import { useMeshFacts } from '../common/useMeshFacts';
import { useCanLabelAnyNamespace } from '../common/useCanLabelNamespace';
import type { LabelWrites } from '../../../resources/common/useLabelWrites';
import { useEnrollmentLabelWrites } from '../common/useEnrollmentLabelWrites';
import { patchNamespaceLabels } from '../../../resources/namespace/mutations';
import { sameItems, useNamespacePods } from './useNamespacePods';

const POD_DEBOUNCE_MS = 300;
const NO_PODS = new Map<string, PodKind[]>();
const NONE: PodKind[] = [];

export type NamespacesPageData = {
  rows: NamespaceRow[];
  /** Pods per namespace; undefined while loading or when the user may not list all pods. */
  podsByNamespace?: Map<string, PodKind[]>;
  /** The pods list: still loading (the table is usable meanwhile), forbidden, or ready. */
  podsState: 'loading' | 'forbidden' | 'ready';
  facts: MeshFacts;
  loaded: boolean;
  error: unknown;
  source?: NamespaceListSource;
  writes: LabelWrites<NamespaceKind>;
  namespaces: NamespaceKind[];
  /** More namespaces are still coming in: the rows shown are not all of them yet. */
  namespacesListing: boolean;
};

/**
 * Everything the Namespaces page shows, from a fixed set of watches (namespaces or projects, all
 * pods, all Gateways, the Istio and ZTunnel CRs, the ztunnel pods): none per row. The pods are
 * grouped by namespace with the changes only (`useNamespacePods`), and a row is computed again
 * only when its namespace or its pods changed (`NamespaceRowCache`).
 */
export const useNamespacesPageData = ({
  listPods,
}: {
  /** The rows are on screen: the pods may be listed now. */
  listPods: boolean;
}): NamespacesPageData => {
  // the switches' access review starts with the page, not once its rows are rendered
  useCanLabelAnyNamespace();
  // the console's pages of 250 for the first rows, then the whole list in one page (the pages of
  // 250 follow one another, each read and rendered before the next is asked for)
  const nsList = useVisibleNamespaces({ largePages: listPods });
  const { namespaces, loaded, error, source } = nsList;
  const nsWhole = useListsWhole(loaded, nsList.complete, namespaces) && !nsList.pending;
  // The pod list (the largest: all pods when the user may list them cluster-wide, else those of
  // their namespaces) is asked for once the rows are on screen, in large pages (fewer requests
  // and renders): a page of up to 50 MB read and parsed before them would hold them back.
  const podsOn = loaded && listPods;
  const pods = useScopedPods({ enabled: podsOn, largePages: true });
  // each list page and event batch is applied as it comes, with the changes only
  const indexed = useNamespacePods(pods.pods);
  // the counts are shown once the list is whole: its last page is in, or it stopped growing
  const [seenComplete, setSeenComplete] = React.useState(false);
  React.useEffect(() => {
    if (pods.complete) setSeenComplete(true);
  }, [pods.complete]);
  const { gateways } = useGateways();
  // Only when some Gateway leaves its traffic type to its class.
  const { gatewayClasses } = useGatewayClasses({ enabled: needsGatewayClasses(gateways) });
  const { facts } = useMeshFacts();
  const writes = useEnrollmentLabelWrites(namespaces, patchNamespaceLabels);
  const [counted, setCounted] = React.useState(false);
  // once counted, later lists need no waiting (and no render of their own for it)
  const settled = useDebounced(
    counted ? NONE : pods.pods,
    POD_DEBOUNCE_MS,
    pods.complete && !seenComplete,
  );
  // (a watch switched off answers "loaded" with nothing: not a list of no pods)
  const whole =
    podsOn &&
    pods.loaded &&
    (counted || sameItems(settled, pods.pods)) &&
    sameItems(indexed.applied, pods.pods);
  React.useEffect(() => {
    if (whole) setCounted(true);
  }, [whole]);
  let podsState: NamespacesPageData['podsState'] = 'loading';
  if (pods.error || pods.scope?.kind === 'pick') podsState = 'forbidden';
  else if (whole || counted) podsState = 'ready';
  const podsByNamespace = podsState === 'ready' ? indexed.byNamespace : undefined;
  const cache = React.useRef<NamespaceRowCache | null>(null);
  if (!cache.current) cache.current = new NamespaceRowCache();
  const rowCache = cache.current;
  const { display } = writes;
  const shown = React.useMemo(() => display(namespaces), [display, namespaces]);
  const rows = React.useMemo(() => {
    const byNs = podsByNamespace ?? NO_PODS;
    return rowCache.build(shown, (n) => byNs.get(n) ?? NONE, gateways, facts, gatewayClasses);
  }, [rowCache, shown, podsByNamespace, gateways, facts, gatewayClasses]);
  return {
    rows,
    podsByNamespace,
    facts,
    podsState,
    // the namespaces are enough to show and use the table; pod columns fill in when pods load
    loaded,
    error,
    source,
    writes,
    namespaces: shown,
    namespacesListing: loaded && !error && !nsWhole,
  };
};
