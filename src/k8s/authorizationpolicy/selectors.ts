import type { AuthorizationPolicyKind, PolicyTargetRef } from './types';

/** `spec.targetRefs`, with the older single `spec.targetRef` folded in. */
export const getTargetRefs = (policy: AuthorizationPolicyKind): PolicyTargetRef[] => {
  const refs = policy.spec?.targetRefs ?? [];
  const one = policy.spec?.targetRef;
  return one ? [one, ...refs] : refs;
};
