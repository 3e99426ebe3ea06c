import type { PodKind } from '../../k8s/pod/types';

// istio/istio pkg/spiffe/spiffe.go MustGenSpiffeURI (release-1.26..1.28): the identity ztunnel
// presents for a pod is `spiffe://<trust domain>/ns/<namespace>/sa/<service account>`; a pod
// without `serviceAccountName` runs as `default`.
export const spiffeId = (trustDomain: string, pod: PodKind): string =>
  `spiffe://${trustDomain}/ns/${pod.metadata?.namespace ?? ''}/sa/${
    pod.spec?.serviceAccountName || 'default'
  }`;
