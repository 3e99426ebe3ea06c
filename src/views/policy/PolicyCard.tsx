import * as React from 'react';
import { Card, CardBody, CardTitle, Content } from '@patternfly/react-core';
import { PageState } from '../../components/PageState';
import type { GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import type { ServiceKind } from '../../k8s/service/types';
import { topologyPolicyStatuses } from '../../mesh/topology/policies';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { getName, getNamespace } from '../../k8s/common/selectors';
import { PolicyTable } from './PolicyTable';
import { usePolicyInputs } from './usePolicyInputs';

type Props = {
  namespace: NamespaceKind;
  pods: PodKind[];
  gateways: GatewayKind[];
  services: ServiceKind[];
};

/**
 * The namespace's AuthorizationPolicies with L7 rules, and whether a waypoint enforces each for
 * what it selects or targets.
 */
export const PolicyCard: React.FC<Props> = ({ namespace, pods, gateways, services }) => {
  const { t } = useAmbientTranslation();
  const name = getName(namespace);
  const inputs = usePolicyInputs(name, !!name);
  const statuses = React.useMemo(
    () =>
      topologyPolicyStatuses({
        pods,
        nodes: [],
        namespaces: [namespace],
        ztunnelPods: undefined,
        gateways,
        services,
        discoverySelectors: [],
        ztunnelNamespace: '',
        authorizationPolicies: inputs.policies,
        policyServices: services,
      }),
    [pods, namespace, gateways, services, inputs.policies],
  );
  const names = React.useMemo(
    () =>
      new Map(pods.map((p) => [p.metadata?.uid || `${getNamespace(p)}/${getName(p)}`, getName(p)])),
    [pods],
  );
  return (
    <Card data-test="policy-card">
      <CardTitle>{t('Authorization policies with L7 rules')}</CardTitle>
      <CardBody>
        <PageState loaded={inputs.loaded} error={inputs.error}>
          {statuses.length === 0 ? (
            <Content component="p">{t('No policy in this namespace has L7 rules.')}</Content>
          ) : (
            <PolicyTable statuses={statuses} workloadName={(k) => names.get(k) ?? k} />
          )}
        </PageState>
      </CardBody>
    </Card>
  );
};
