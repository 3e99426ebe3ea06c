/**
 * The revision an Istio CR deploys, as Sail names it (istio-ecosystem/sail-operator
 * controllers/istio/istio_controller.go getActiveRevisionName): InPlace -> the Istio's name,
 * RevisionBased -> `<name>-<version with dots as dashes>`; and the spec of that IstioRevision
 * (pkg/revision CreateOrUpdate, ComputeValues: the resolved version, `values.revision`,
 * `values.global.istioNamespace`).
 */
import { asDict, type Dict, type KObj } from '../api/types';

export const DEFAULT_REVISION = 'default';

export const revisionFromSpec = (istio: KObj): string => {
  const spec = asDict(istio.spec);
  if (asDict(spec.updateStrategy).type === 'RevisionBased')
    return `${istio.metadata.name}-${String(spec.version ?? '').replace(/\./g, '-')}`;
  return istio.metadata.name as string;
};

/**
 * pkg/istioversion Resolve: `vX.Y-latest` -> the newest `vX.Y.Z` of the supported list; a concrete
 * version as it is.
 */
export const resolveVersion = (version: string, supported: string[] = []): string => {
  const m = /^(v\d+\.\d+)-latest$/.exec(version);
  if (!m) return version;
  return supported.find((v) => v.startsWith(`${m[1]}.`) && !v.endsWith('-latest')) ?? version;
};

/** The IstioRevision spec the operator writes for the Istio's active revision. */
export const revisionSpec = (istio: KObj, revName: string, version: string): Dict => {
  const spec = asDict(istio.spec);
  const values = asDict(spec.values);
  const namespace = String(spec.namespace ?? '');
  const out: Dict = {
    ...values,
    global: { ...asDict(values.global), istioNamespace: namespace },
  };
  if (spec.profile) out.profile = spec.profile;
  if (revName !== DEFAULT_REVISION) out.revision = revName;
  else delete out.revision;
  return { version, namespace, values: out };
};

/** The istiod Deployment (and Service, ServiceAccount) name of a revision. */
export const istiodName = (revName: string): string =>
  revName === DEFAULT_REVISION ? 'istiod' : `istiod-${revName}`;

/** `v1.26.8` -> `1.26.8` (image tags and chart versions). */
export const bareVersion = (version: string): string =>
  version.replace(/^v/, '').replace('-latest', '');
