import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf } from '../../models';
import { ztunnelModelFor, type ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';

export type ZTunnelsWatch = { ztunnels: ZTunnelKind[]; loaded: boolean; error: unknown };

/** All ZTunnel CRs in the served API version; `null` disables the watch. */
export const useZTunnels = (version: ZTunnelVersion | null): ZTunnelsWatch => {
  const [ztunnels, loaded, error] = useK8sWatchResource<ZTunnelKind[]>(
    version
      ? { groupVersionKind: gvkOf(ztunnelModelFor(version)), isList: true, optional: true }
      : null,
  );
  return { ztunnels: ztunnels ?? [], loaded, error };
};
