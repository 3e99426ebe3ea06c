import type { AuthorizationPolicyKind, PolicyTargetRef } from './types';

/** `spec.targetRefs`, with the older single `spec.targetRef` folded in. */
export const getTargetRefs = (policy: AuthorizationPolicyKind): PolicyTargetRef[] => {
  const refs = policy.spec?.targetRefs ?? [];
  const one = policy.spec?.targetRef;
  return one ? [one, ...refs] : refs;
};

/** The policy's action; the API's default is ALLOW. */
export const getAction = (policy: AuthorizationPolicyKind): string =>
  policy.spec?.action ?? 'ALLOW';
