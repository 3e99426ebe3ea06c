import { getServedVersions } from '../../k8s/crd/selectors';
import type { CustomResourceDefinitionKind, JSONSchemaProps } from '../../k8s/crd/types';

export type SupportedVersions = { versions: string[]; defaultVersion?: string };

const versionSchema = (
  crd: CustomResourceDefinitionKind | undefined,
): JSONSchemaProps | undefined => {
  const served = getServedVersions(crd);
  const chosen = served.find((v) => v.storage) ?? served[0];
  return chosen?.schema?.openAPIV3Schema?.properties?.spec?.properties?.version;
};

/**
 * The Istio versions the operator supports, read from the `Must be one of: ...` sentence of the
 * `spec.version` description (the enum also lists end-of-life versions that the operator refuses),
 * and the schema's default.
 */
export const supportedVersions = (
  crd: CustomResourceDefinitionKind | undefined,
): SupportedVersions => {
  const schema = versionSchema(crd);
  const match = /Must be one of:([^\n]*)/.exec(schema?.description ?? '');
  const fromText = match
    ? match[1]
        .split(',')
        .map((v) => v.trim().replace(/\.$/, ''))
        .filter(Boolean)
    : [];
  const versions = fromText.length
    ? fromText
    : ((schema?.enum ?? []).filter((v) => typeof v === 'string') as string[]);
  const def = typeof schema?.default === 'string' ? schema.default : undefined;
  return { versions, defaultVersion: def ?? versions[0] };
};

/** `v1.26.8` -> [1, 26, 8]; `undefined` for names such as `master`. */
export const parseSemver = (v: string): number[] | undefined => {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
};

/** Compares two dotted versions numerically; unparsable ones sort first. */
export const compareVersions = (a: string, b: string): number => {
  const pa = parseSemver(a) ?? [-1];
  const pb = parseSemver(b) ?? [-1];
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

/** Whether the served version `version` of the ZTunnel CRD accepts `spec.targetRef`. */
export const ztunnelServesTargetRef = (
  crd: CustomResourceDefinitionKind | undefined,
  version: string,
): boolean => {
  const served = getServedVersions(crd).find((v) => v.name === version);
  return !!served?.schema?.openAPIV3Schema?.properties?.spec?.properties?.targetRef;
};

/**
 * The versions an existing install may move to: the installed one (shown even when the operator
 * no longer lists it) and the listed ones that are newer by at most one minor version, the step
 * the operator supports for an upgrade. No downgrade. Without an install, every listed version.
 */
export const versionOptions = (versions: string[], installed?: string): string[] => {
  if (!installed) return versions;
  const from = parseSemver(installed);
  const allowed = versions.filter((v) => {
    const to = parseSemver(v);
    if (!from || !to || v === installed) return false;
    return to[0] === from[0] && to[1] - from[1] <= 1 && compareVersions(v, installed) > 0;
  });
  return [installed, ...allowed];
};
