import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { CustomResourceDefinitionModel, gvkOf } from '../../models';
import { getName } from '../../k8s/common/selectors';
import type { CustomResourceDefinitionKind } from '../../k8s/crd/types';
import { isNotFound } from '../../k8s/errors';
import { watched, type WatchOptions } from '../common/watch';

export type CRDWatch = {
  crd: CustomResourceDefinitionKind | undefined;
  loaded: boolean;
  /** A load error other than "not found" (an absent CRD is `crd: undefined`, `loaded: true`). */
  error: unknown;
};

/** One CRD by name (`istios.sailoperator.io`). */
export const useCRD = ({ name, ...options }: WatchOptions & { name: string }): CRDWatch => {
  const [crd, loaded, error] = useK8sWatchResource<CustomResourceDefinitionKind>(
    watched({ groupVersionKind: gvkOf(CustomResourceDefinitionModel), name }, options),
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
