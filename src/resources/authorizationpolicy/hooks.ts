import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { AuthorizationPolicyModel, gvkOf } from '../../models';
import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type AuthorizationPoliciesWatch = {
  policies: AuthorizationPolicyKind[];
  loaded: boolean;
  error: unknown;
};

/**
 * AuthorizationPolicies of one namespace, or of all when `namespace` is undefined. A cluster
 * without Istio's CRDs has none: an empty list, not an error.
 */
export const useAuthorizationPolicies = ({
  namespace,
  ...options
}: WatchOptions & { namespace?: string } = {}): AuthorizationPoliciesWatch => {
  const [policies, loaded, error] = useK8sWatchResource<AuthorizationPolicyKind[]>(
    watched(
      {
        groupVersionKind: gvkOf(AuthorizationPolicyModel),
        isList: true,
        namespace,
      },
      options,
    ),
  );
  const list = noneIfNotServed(policies, loaded, error);
  return { policies: list.items, loaded: list.loaded, error: list.error };
};
