import * as React from 'react';
import { Alert, List, ListItem } from '@patternfly/react-core';
import type { GatewayKind } from '../../k8s/gateway/types';
import { getName, getNamespace } from '../../k8s/common/selectors';
import { indexPolicies, policiesEnforcedBy } from '../../mesh/policy/enforcement';
import { indexGateways } from '../../mesh/waypoints/resolve';
import { useNamespace } from '../../resources/namespace/hooks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { usePolicyInputs } from './usePolicyInputs';

type Props = { gateway: GatewayKind };

/**
 * Before a waypoint is removed: the L7 policies it enforces today (bound to it, or to a Service it
 * serves), which no one will enforce once it is gone.
 */
export const WaypointPolicyWarning: React.FC<Props> = ({ gateway }) => {
  const { t } = useAmbientTranslation();
  const namespace = getNamespace(gateway);
  const inputs = usePolicyInputs(namespace);
  const ns = useNamespace({ name: namespace });
  const enforced = React.useMemo(() => {
    const index = indexPolicies(inputs.policies, {
      services: inputs.services ?? [],
      namespaces: new Map(ns.namespace ? [[namespace, ns.namespace]] : []),
      gateways: indexGateways([gateway]),
      rootNamespace: '',
    });
    return policiesEnforcedBy(index, `${namespace}/${getName(gateway)}`);
  }, [inputs.policies, inputs.services, ns.namespace, namespace, gateway]);
  if (enforced.length === 0) return null;
  return (
    <Alert
      variant="warning"
      isInline
      title={t('L7 policies will no longer be enforced')}
      data-test="waypoint-policies"
    >
      {t(
        'This waypoint enforces these AuthorizationPolicies; without it, ztunnel denies the traffic they concern:',
      )}
      <List>
        {enforced.map((p) => (
          <ListItem key={p.id}>{p.name}</ListItem>
        ))}
      </List>
    </Alert>
  );
};
