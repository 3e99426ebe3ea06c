import * as React from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { MeshFacts } from '../../../mesh/enrollment/preflight';
import { istioRevisions } from '../../../mesh/enrollment/revisions';
import { readyZtunnelNodes } from '../../../mesh/enrollment/ztunnel';
import { SAIL_GROUP } from '../../../models';
import { useIstios } from '../../../resources/istio/hooks';
import { useIstioRevisionTags } from '../../../resources/istiorevisiontag/hooks';
import { useIstioCNIs } from '../../../resources/istiocni/hooks';
import { cniRulesOf } from '../../../mesh/enrollment/cniRules';
import { getDiscoverySelectors } from '../../../k8s/istio/selectors';
import { listed, settled } from '../../../resources/common/watch';
import { useZtunnelPods } from '../../../resources/pod/hooks';
import { useZTunnels } from '../../../resources/ztunnel/hooks';
import { DEFAULT_ZTUNNEL_NAMESPACE } from '../../../k8s/ztunnel/types';
import { getName } from '../../../k8s/common/selectors';

export type MeshFactsWatch = { facts: MeshFacts; loaded: boolean; ztunnelNamespace: string };

/** Whether the user may list a resource; [allowed, decided]. */
const useMayList = (group: string, resource: string, namespace?: string): [boolean, boolean] => {
  const [allowed, checking] = useAccessReview({ group, resource, verb: 'list', namespace });
  return [allowed && !checking, !checking];
};

/**
 * What the enrollment checks need to know about the mesh, from bounded watches: the Istio CRs,
 * the IstioRevisionTags, the IstioCNI (its enrollment rule), the ZTunnel CRs (v1 and v1alpha1, whichever is served) and the ztunnel
 * pods. A fact the
 * user may not read stays undefined ("could not verify"): an empty list the user was not allowed
 * to read is never taken for "not installed".
 */
export const useMeshFacts = (): MeshFactsWatch => {
  const [mayIstios, istiosDecided] = useMayList(SAIL_GROUP, 'istios');
  const [mayZtunnels, ztDecided] = useMayList(SAIL_GROUP, 'ztunnels');
  const istios = useIstios({ enabled: mayIstios });
  const [mayTags] = useMayList(SAIL_GROUP, 'istiorevisiontags');
  const tags = useIstioRevisionTags({ enabled: mayTags });
  const tagsKnown = mayTags && listed(tags);
  const [mayCnis] = useMayList(SAIL_GROUP, 'istiocnis');
  const cnis = useIstioCNIs({ enabled: mayCnis });
  const cni = cnis.istioCNIs[0];
  const cniKnown = mayCnis && listed(cnis) && !!cni;
  const cniRules = React.useMemo(() => (cniKnown ? cniRulesOf(cni) : undefined), [cniKnown, cni]);
  const v1 = useZTunnels({ version: 'v1', enabled: mayZtunnels });
  const v1alpha1 = useZTunnels({ version: 'v1alpha1', enabled: mayZtunnels });
  const ztunnels = v1.ztunnels.length > 0 ? v1.ztunnels : v1alpha1.ztunnels;
  const ztunnelKnown = mayZtunnels && (listed(v1) || listed(v1alpha1));
  const ztunnelNamespace = ztunnels[0]?.spec?.namespace || DEFAULT_ZTUNNEL_NAMESPACE;
  const [mayZtPods, ztPodsDecided] = useMayList('', 'pods', ztunnelNamespace);
  const ztunnelPods = useZtunnelPods({ namespace: ztunnelNamespace, enabled: mayZtPods });

  const istioKnown = mayIstios && listed(istios);
  const istio = istios.istios.find((i) => getName(i) === 'default') ?? istios.istios[0];
  const answered = (may: boolean, w: { loaded: boolean; error: unknown }) => !may || settled(w);
  const loaded =
    istiosDecided &&
    ztDecided &&
    ztPodsDecided &&
    answered(mayIstios, istios) &&
    answered(mayZtunnels, v1) &&
    answered(mayZtunnels, v1alpha1) &&
    answered(mayZtPods, ztunnelPods);
  const podsKnown = mayZtPods && listed(ztunnelPods);

  const facts = React.useMemo<MeshFacts>(() => {
    let installed: boolean | undefined;
    if (istioKnown && !istio) installed = false;
    else if (istioKnown && ztunnelKnown) installed = ztunnels.length > 0;
    return {
      installed,
      discoverySelectors: istioKnown && istio ? getDiscoverySelectors(istio) : undefined,
      ztunnelNodes: podsKnown ? readyZtunnelNodes(ztunnelPods.pods) : undefined,
      revisions: istioKnown
        ? istioRevisions(istios.istios, tagsKnown ? tags.tags : undefined)
        : undefined,
      cniRules,
    };
  }, [
    cniRules,
    istioKnown,
    ztunnelKnown,
    istio,
    ztunnels.length,
    podsKnown,
    ztunnelPods.pods,
    istios.istios,
    tagsKnown,
    tags.tags,
  ]);

  return { facts, loaded, ztunnelNamespace };
};
