import type { CRDVersion, CustomResourceDefinitionKind } from './types';

export const getServedVersions = (crd?: CustomResourceDefinitionKind): CRDVersion[] =>
  (crd?.spec?.versions ?? []).filter((v) => v.served);
export const isVersionServed = (
  crd: CustomResourceDefinitionKind | undefined,
  version: string,
): boolean => getServedVersions(crd).some((v) => v.name === version);
