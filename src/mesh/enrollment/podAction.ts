import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { namespaceWantsAmbient, podLabelIntent, podRedirection } from './podEnrollment';

/** The pod's own `istio.io/dataplane-mode` after the action: set, or removed (`inherit`). */
export type PodModeTarget = 'ambient' | 'none' | 'inherit';

export type PodAmbientAction = { kind: 'add' | 'exclude'; target: PodModeTarget };

/**
 * The one action a pod offers: "Exclude from ambient" while it is (or is meant to be) in ambient,
 * else "Add to ambient". Excluding sets `istio.io/dataplane-mode=none` (or removes a pod label
 * `ambient` where the namespace does not ask for ambient); adding removes `none` when the
 * namespace asks for ambient, else sets `ambient` on the pod. `ns` undefined: the namespace could
 * not be read, and the pod's capture decides what applies.
 */
export const podAmbientAction = (pod: PodKind, ns: NamespaceKind | undefined): PodAmbientAction => {
  const own = podLabelIntent(pod);
  const nsKnown = ns !== undefined;
  const nsAmbient = namespaceWantsAmbient(ns);
  let inAmbient: boolean;
  if (own !== 'inherit') inAmbient = own === 'ambient';
  else inAmbient = nsKnown ? nsAmbient : podRedirection(pod) === 'enabled';
  if (inAmbient) {
    return {
      kind: 'exclude',
      target: own === 'ambient' && nsKnown && !nsAmbient ? 'inherit' : 'none',
    };
  }
  return { kind: 'add', target: own === 'none' && (nsAmbient || !nsKnown) ? 'inherit' : 'ambient' };
};
