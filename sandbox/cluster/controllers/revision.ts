/**
 * The revision an Istio CR deploys, as Sail names it (istio-ecosystem/sail-operator
 * controllers/istio/istio_controller.go getActiveRevisionName): InPlace -> the Istio's name,
 * RevisionBased -> `<name>-<version with dots as dashes>`.
 */
import { asDict, type KObj } from '../api/types';

export const revisionFromSpec = (istio: KObj): string => {
  const spec = asDict(istio.spec);
  if (asDict(spec.updateStrategy).type === 'RevisionBased')
    return `${istio.metadata.name}-${String(spec.version ?? '').replace(/\./g, '-')}`;
  return istio.metadata.name as string;
};
