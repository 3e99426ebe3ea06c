import type { CRDVersion, CustomResourceDefinitionKind } from './types';

export const getServedVersions = (crd?: CustomResourceDefinitionKind): CRDVersion[] =>
  (crd?.spec?.versions ?? []).filter((v) => v.served);
export const isVersionServed = (
  crd: CustomResourceDefinitionKind | undefined,
  version: string,
): boolean => getServedVersions(crd).some((v) => v.name === version);

/** Whether an API error means "not found" (HTTP 404), in the shapes the SDK rejects with. */
export const isNotFound = (error: unknown): boolean => {
  if (!error || typeof error !== 'object') return false;
  const e = error as {
    code?: number;
    status?: number;
    response?: { status?: number };
    json?: { code?: number; reason?: string };
  };
  return (
    e.code === 404 ||
    e.status === 404 ||
    e.response?.status === 404 ||
    e.json?.code === 404 ||
    e.json?.reason === 'NotFound'
  );
};

/** The ZTunnel API version to write: `v1` when the CRD serves it, else `v1alpha1`. */
export const preferredZTunnelVersion = (crd?: CustomResourceDefinitionKind): 'v1' | 'v1alpha1' =>
  isVersionServed(crd, 'v1') ? 'v1' : 'v1alpha1';
