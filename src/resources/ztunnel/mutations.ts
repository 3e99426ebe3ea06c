import { k8sCreate, k8sGet, k8sPatch, type Patch } from '@openshift-console/dynamic-plugin-sdk';
import { ztunnelModelFor, type ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';

const dry = (dryRun: boolean) => (dryRun ? { dryRun: 'All' } : undefined);

export const getZTunnel = (version: ZTunnelVersion, name: string): Promise<ZTunnelKind> =>
  k8sGet({ model: ztunnelModelFor(version), name });

export const createZTunnel = (
  version: ZTunnelVersion,
  data: ZTunnelKind,
  dryRun = false,
): Promise<ZTunnelKind> =>
  k8sCreate({ model: ztunnelModelFor(version), data, queryParams: dry(dryRun) });

export const patchZTunnel = (
  version: ZTunnelVersion,
  resource: ZTunnelKind,
  data: Patch[],
  dryRun = false,
): Promise<ZTunnelKind> =>
  k8sPatch({ model: ztunnelModelFor(version), resource, data, queryParams: dry(dryRun) });
