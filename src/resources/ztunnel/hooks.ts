import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf } from '../../models';
import { ztunnelModelFor, type ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';
import { watched, type WatchOptions, noItems } from '../common/watch';

export type ZTunnelsWatch = { ztunnels: ZTunnelKind[]; loaded: boolean; error: unknown };

/**
 * All ZTunnel CRs in the given API version. A version the cluster does not serve (`v1` before
 * Sail 3.2) gives the console's not-served error at once (`notServed`), so that a caller reading
 * both versions can wait for each to settle and tell "none" from "not that version".
 */
export const useZTunnels = ({
  version,
  ...options
}: WatchOptions & { version: ZTunnelVersion }): ZTunnelsWatch => {
  const [ztunnels, loaded, error] = useK8sWatchResource<ZTunnelKind[]>(
    watched({ groupVersionKind: gvkOf(ztunnelModelFor(version)), isList: true }, options),
  );
  return { ztunnels: ztunnels ?? noItems(), loaded, error };
};
