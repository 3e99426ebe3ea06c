import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';

const ANY_NAMESPACE = { group: '', resource: 'namespaces', verb: 'patch' } as const;

/**
 * Whether the user may patch (label) every namespace: `[allowed, checking]`. A page of switches
 * calls it before its rows exist, so that the review is under way with the page's other requests
 * rather than after them (the console shares the answer with each switch).
 */
export const useCanLabelAnyNamespace = (): [boolean, boolean] => useAccessReview(ANY_NAMESPACE);

/**
 * Whether the user may patch (label) the namespace `name`: `[allowed, checking]`. One review for
 * every namespace first (patch on namespaces cluster-wide: the console remembers its answer, so
 * a page of switches sends one request), and the namespace's own review only when that one is
 * refused (a user who may label some namespaces only).
 */
export const useCanLabelNamespace = (name: string): [boolean, boolean] => {
  const [any, checkingAny] = useAccessReview(ANY_NAMESPACE);
  // while the first is undecided or allowed, the second asks the same (no second request)
  const [own, checkingOwn] = useAccessReview(
    checkingAny || any ? ANY_NAMESPACE : { ...ANY_NAMESPACE, name, namespace: name },
  );
  if (checkingAny) return [false, true];
  return any ? [true, false] : [own, checkingOwn];
};
