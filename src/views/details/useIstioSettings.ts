import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { getName } from '../../k8s/common/selectors';
import { getRootNamespace, getTrustDomain } from '../../k8s/istio/selectors';
import { cniRulesOf, type CniRules } from '../../mesh/enrollment/cniRules';
import { SAIL_GROUP } from '../../models';
import { useIstios } from '../../resources/istio/hooks';
import { useIstioCNIs } from '../../resources/istiocni/hooks';

export type IstioSettings = {
  /** meshConfig.trustDomain; undefined when the user may not read the Istio resource. */
  trustDomain?: string;
  rootNamespace?: string;
  cniRules?: CniRules;
  /** The user may read the Istio resources (cluster-scoped). */
  readable: boolean;
  loaded: boolean;
};

/**
 * The Istio settings the details items need, read only when the user may list the Istio and
 * IstioCNI resources (checked first): what cannot be read stays undefined, never a default.
 */
export const useIstioSettings = (): IstioSettings => {
  const [mayIstio, checkingIstio] = useAccessReview({
    group: SAIL_GROUP,
    resource: 'istios',
    verb: 'list',
  });
  const [mayCni, checkingCni] = useAccessReview({
    group: SAIL_GROUP,
    resource: 'istiocnis',
    verb: 'list',
  });
  const istios = useIstios({ enabled: mayIstio && !checkingIstio });
  const cnis = useIstioCNIs({ enabled: mayCni && !checkingCni });
  const readable = mayIstio && !checkingIstio && !istios.error;
  const istio = istios.istios.find((i) => getName(i) === 'default') ?? istios.istios[0];
  const cniKnown = mayCni && !checkingCni && cnis.loaded && !cnis.error;
  return {
    trustDomain: readable && istio ? getTrustDomain(istio) : undefined,
    rootNamespace: readable && istio ? getRootNamespace(istio) : undefined,
    cniRules: cniKnown ? cniRulesOf(cnis.istioCNIs[0]) : undefined,
    readable,
    loaded: !checkingIstio && (!mayIstio || istios.loaded || !!istios.error),
  };
};
