import type { CRDVersion, CustomResourceDefinitionKind } from './types';

export const getServedVersions = (crd?: CustomResourceDefinitionKind): CRDVersion[] =>
  (crd?.spec?.versions ?? []).filter((v) => v.served);
export const isVersionServed = (
  crd: CustomResourceDefinitionKind | undefined,
  version: string,
): boolean => getServedVersions(crd).some((v) => v.name === version);

/** The ZTunnel API version to write: `v1` when the CRD serves it, else `v1alpha1`. */
export const preferredZTunnelVersion = (crd?: CustomResourceDefinitionKind): 'v1' | 'v1alpha1' =>
  isVersionServed(crd, 'v1') ? 'v1' : 'v1alpha1';
