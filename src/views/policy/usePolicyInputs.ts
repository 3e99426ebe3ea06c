import * as React from 'react';
import { getTargetRefs } from '../../k8s/authorizationpolicy/selectors';
import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import type { ServiceKind } from '../../k8s/service/types';
import { useAuthorizationPolicies } from '../../resources/authorizationpolicy/hooks';
import { useServices } from '../../resources/service/hooks';

export type PolicyInputs = {
  policies: AuthorizationPolicyKind[];
  /** The Services of the scope, watched only while a policy targets a Service. */
  services: ServiceKind[] | undefined;
  loaded: boolean;
  error: unknown;
};

const targetsService = (p: AuthorizationPolicyKind) =>
  getTargetRefs(p).some((r) => r.kind === 'Service');

/**
 * What the L7 policy check needs for one namespace, or all when `namespace` is undefined: the
 * AuthorizationPolicies, and the Services (for their selectors) only when a policy targets one.
 */
export const usePolicyInputs = (namespace: string | undefined, enabled = true): PolicyInputs => {
  const ap = useAuthorizationPolicies({ namespace, enabled });
  const needServices = ap.policies.some(targetsService);
  const svc = useServices({ namespace, enabled: enabled && needServices });
  const services = needServices && !svc.error ? svc.services : undefined;
  return React.useMemo(
    () => ({
      policies: ap.error ? [] : ap.policies,
      services,
      loaded: ap.loaded || !!ap.error,
      error: ap.error,
    }),
    [ap.error, ap.policies, ap.loaded, services],
  );
};
