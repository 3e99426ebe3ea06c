import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { CustomResourceDefinitionModel, gvkOf } from '../../models';
import { isNotFound } from '../../k8s/errors';
import type { CustomResourceDefinitionKind } from '../../k8s/crd/types';
import { getName } from '../../k8s/common/selectors';

export type CRDWatch = {
  crd: CustomResourceDefinitionKind | undefined;
  loaded: boolean;
  /** A load error other than "not found" (an absent CRD is `crd: undefined`, `loaded: true`). */
  error: unknown;
};

/** One CRD by name (`istios.sailoperator.io`); `null` disables the watch. */
export const useCRD = (name: string | null): CRDWatch => {
  const [crd, loaded, error] = useK8sWatchResource<CustomResourceDefinitionKind>(
    name ? { groupVersionKind: gvkOf(CustomResourceDefinitionModel), name } : null,
  );
  const absent = isNotFound(error);
  return {
    crd: absent || !getName(crd) ? undefined : crd,
    loaded: loaded || absent,
    error: absent ? undefined : error,
  };
};

export const SAIL_ISTIO_CRD = 'istios.sailoperator.io';
export const SAIL_ZTUNNEL_CRD = 'ztunnels.sailoperator.io';
export const GATEWAY_CRD = 'gateways.gateway.networking.k8s.io';
export const GATEWAY_CLASS_CRD = 'gatewayclasses.gateway.networking.k8s.io';
export const SMCP_CRD = 'servicemeshcontrolplanes.maistra.io';
