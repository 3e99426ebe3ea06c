import * as React from 'react';
import {
  buildNamespaceRows,
  groupByNamespace,
  type NamespaceRow,
} from '../../../mesh/enrollment/rows';
import type { MeshFacts } from '../../../mesh/enrollment/preflight';
import { useGateways } from '../../../resources/gateway/hooks';
import { useGatewayClasses } from '../../../resources/gatewayclass/hooks';
import { needsGatewayClasses } from '../../../mesh/waypoints/resolve';
import { useVisibleNamespaces, type NamespaceListSource } from '../../../resources/namespace/hooks';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { useScopedPods } from '../../../resources/scope/hooks';
import type { PodKind } from '../../../k8s/pod/types';
import { useDebounced } from '../../../utils/useDebounced';
import { useMeshFacts } from '../common/useMeshFacts';
import type { LabelWrites } from '../../../resources/common/useLabelWrites';
import { useEnrollmentLabelWrites } from '../common/useEnrollmentLabelWrites';
import { patchNamespaceLabels } from '../../../resources/namespace/mutations';

const POD_DEBOUNCE_MS = 300;

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
};

/**
 * Everything the Namespaces page shows, from a fixed set of watches (namespaces or projects, all
 * pods, all Gateways, the Istio and ZTunnel CRs, the ztunnel pods): none per row. Row models
 * are computed in one pass and only when an input changes.
 */
export const useNamespacesPageData = (): NamespacesPageData => {
  const { namespaces, loaded, error, source } = useVisibleNamespaces();
  // the pod list (the largest) starts once the namespaces are in, so that it does not slow them
  // (all pods when the user may list them cluster-wide, else those of their namespaces)
  const pods = useScopedPods({ enabled: loaded });
  const [seenComplete, setSeenComplete] = React.useState(false);
  React.useEffect(() => {
    if (pods.complete) setSeenComplete(true);
  }, [pods.complete]);
  // A large list arrives page by page: count its pods once it has stopped growing, or at once
  // when its last page is in.
  const podList = useDebounced(pods.pods, POD_DEBOUNCE_MS, pods.complete && !seenComplete);
  const { gateways } = useGateways();
  // Only when some Gateway leaves its traffic type to its class.
  const { gatewayClasses } = useGatewayClasses({ enabled: needsGatewayClasses(gateways) });
  const { facts } = useMeshFacts();
  const writes = useEnrollmentLabelWrites(namespaces, patchNamespaceLabels);
  let podsState: NamespacesPageData['podsState'] = 'loading';
  if (pods.error || pods.scope?.kind === 'pick') podsState = 'forbidden';
  else if (loaded && pods.loaded) podsState = 'ready';
  const podsByNamespace = React.useMemo(
    () => (podsState === 'ready' ? groupByNamespace(podList) : undefined),
    [podList, podsState],
  );
  const { display } = writes;
  const rows = React.useMemo(
    () =>
      buildNamespaceRows(
        display(namespaces),
        podsByNamespace ?? new Map(),
        gateways,
        facts,
        gatewayClasses,
      ),
    [display, namespaces, podsByNamespace, gateways, facts, gatewayClasses],
  );
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
    namespaces: display(namespaces),
  };
};
