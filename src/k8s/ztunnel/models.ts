import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { ZTunnelModel, ZTunnelV1Alpha1Model } from '../../models';

export type ZTunnelVersion = 'v1' | 'v1alpha1';

/** The ZTunnel model of the API version the cluster serves. */
export const ztunnelModelFor = (version: ZTunnelVersion): K8sModel =>
  version === 'v1' ? ZTunnelModel : ZTunnelV1Alpha1Model;
