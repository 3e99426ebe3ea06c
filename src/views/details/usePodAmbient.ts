import * as React from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { getNamespace } from '../../k8s/common/selectors';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { buildTopology } from '../../mesh/topology/model';
import type { WorkloadRow } from '../../mesh/topology/types';
import { useGateways } from '../../resources/gateway/hooks';
import { useNamespace } from '../../resources/namespace/hooks';
import { usePolicyInputs } from '../policy/usePolicyInputs';
import { useIstioSettings, type IstioSettings } from './useIstioSettings';

export type PodAmbient = {
  /** The pod's topology row; undefined when ztunnel would not list it (no IP yet, or done). */
  row?: WorkloadRow;
  namespace?: NamespaceKind;
  /** The namespace object could not be read: the namespace's label is unknown. */
  namespaceUnknown: boolean;
  settings: IstioSettings;
  loaded: boolean;
};

/**
 * A pod's ambient status as the topology computes it (the CNI agent's rule, protocol, waypoint,
 * problems), from namespace-scoped watches: its Namespace (or Project), the namespace's Gateways
 * and policies, and the Istio settings when the user may read them.
 */
export const usePodAmbient = (pod: PodKind): PodAmbient => {
  const name = getNamespace(pod);
  const [mayGetNs, checking] = useAccessReview({
    group: '',
    resource: 'namespaces',
    verb: 'get',
    name,
  });
  const nsObj = useNamespace({ name, enabled: !!name && !checking && mayGetNs });
  const project = useNamespace({
    name,
    asProject: true,
    enabled: !!name && !checking && !mayGetNs,
  });
  const ns = mayGetNs ? nsObj : project;
  const gateways = useGateways({ namespace: name, enabled: !!name });
  const policy = usePolicyInputs(name, !!name);
  const settings = useIstioSettings();
  const row = React.useMemo(
    () =>
      buildTopology({
        pods: [pod],
        nodes: [],
        namespaces: ns.namespace ? [ns.namespace] : [],
        ztunnelPods: undefined,
        gateways: gateways.gateways,
        discoverySelectors: [],
        ztunnelNamespace: '',
        cniRules: settings.cniRules,
        authorizationPolicies: policy.policies,
        policyServices: policy.services,
        rootNamespace: settings.rootNamespace,
      }).rows[0],
    [pod, ns.namespace, gateways.gateways, settings.cniRules, settings.rootNamespace, policy],
  );
  return {
    row,
    namespace: ns.namespace,
    namespaceUnknown: !checking && (!!ns.error || (ns.loaded && !ns.namespace)),
    settings,
    loaded: !checking && (ns.loaded || !!ns.error) && settings.loaded,
  };
};
