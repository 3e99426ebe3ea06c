import * as React from 'react';
import { getDiscoverySelectors } from '../../../k8s/istio/selectors';
import { getName } from '../../../k8s/common/selectors';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import type { MigrationInput, Workload } from '../../../mesh/migration/types';
import { useAuthorizationPolicies } from '../../../resources/authorizationpolicy/hooks';
import { useGateways } from '../../../resources/gateway/hooks';
import { useIstios } from '../../../resources/istio/hooks';
import { useIstioCNIs } from '../../../resources/istiocni/hooks';
import {
  useDaemonSets,
  useDeployments,
  useDestinationRules,
  useStatefulSets,
  useVirtualServices,
} from '../../../resources/migration/hooks';
import { useNamespace } from '../../../resources/namespace/hooks';
import { listed, settled } from '../../../resources/common/watch';
import { usePods } from '../../../resources/pod/hooks';
import { useZTunnels } from '../../../resources/ztunnel/hooks';

export type MigrationData = {
  input: MigrationInput;
  loaded: boolean;
  /** The first watch of the namespace's own objects that failed. */
  error: unknown;
};

/**
 * Every watch the move reads, for the chosen namespace only (its pods, workloads, policies,
 * routes and Gateways), plus the install's CRs. The namespace itself is watched live, so the
 * label write and the rollback build on the current object.
 */
export const useMigrationData = (given: NamespaceKind): MigrationData => {
  const name = getName(given);
  const namespace = name;
  const live = useNamespace({ name, asProject: given.kind === 'Project' });
  const pods = usePods({ namespace });
  const deployments = useDeployments({ namespace });
  const statefulSets = useStatefulSets({ namespace });
  const daemonSets = useDaemonSets({ namespace });
  const policies = useAuthorizationPolicies({ namespace });
  const vs = useVirtualServices({ namespace });
  const dr = useDestinationRules({ namespace });
  const gateways = useGateways({ namespace });
  const ztV1 = useZTunnels({ version: 'v1' });
  const ztV1alpha1 = useZTunnels({ version: 'v1alpha1' });
  const cnis = useIstioCNIs();
  const istios = useIstios();

  const workloads = React.useMemo<Workload[]>(
    () => [
      ...deployments.items.map((obj): Workload => ({ kind: 'Deployment', obj })),
      ...statefulSets.items.map((obj): Workload => ({ kind: 'StatefulSet', obj })),
      ...daemonSets.items.map((obj): Workload => ({ kind: 'DaemonSet', obj })),
    ],
    [deployments.items, statefulSets.items, daemonSets.items],
  );
  const ztKnown = listed(ztV1) || listed(ztV1alpha1);
  const ztunnels = ztV1.ztunnels.length > 0 ? ztV1.ztunnels : ztV1alpha1.ztunnels;
  const cniKnown = listed(cnis);
  const istioKnown = listed(istios);
  const istio = istios.istios.find((i) => getName(i) === 'default') ?? istios.istios[0];
  const ns = live.namespace ?? given;

  const input = React.useMemo<MigrationInput>(
    () => ({
      namespace: ns,
      pods: pods.pods,
      workloads,
      policies: policies.policies,
      virtualServices: vs.items,
      destinationRules: dr.items,
      gateways: gateways.gateways,
      ztunnels: ztKnown ? ztunnels : undefined,
      istioCNIs: cniKnown ? cnis.istioCNIs : undefined,
      discoverySelectors: istioKnown && istio ? getDiscoverySelectors(istio) : undefined,
    }),
    [
      ns,
      pods.pods,
      workloads,
      policies.policies,
      vs.items,
      dr.items,
      gateways.gateways,
      ztKnown,
      ztunnels,
      cniKnown,
      cnis.istioCNIs,
      istioKnown,
      istio,
    ],
  );
  const own = [pods, deployments, statefulSets, daemonSets];
  const loaded =
    [...own, policies, vs, dr, gateways, cnis, istios].every(settled) &&
    settled(ztV1) &&
    settled(ztV1alpha1);
  return { input, loaded, error: own.find((w) => w.error)?.error };
};
