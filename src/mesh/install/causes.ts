import { errorMessage, statusCauses, type StatusCause } from '../../k8s/errors';
import type { InstallField } from './validation';
import type { PlanStep } from './types';

export type FieldProblem = { field: InstallField | undefined; stepId: string; message: string };

const byKind: Record<string, Record<string, InstallField>> = {
  Istio: {
    'metadata.name': 'istioName',
    'spec.namespace': 'istioNamespace',
    'spec.version': 'version',
    'spec.updateStrategy': 'updateStrategy',
    'spec.values.meshConfig.discoverySelectors': 'discoveryLabel',
    'spec.values.pilot.trustedZtunnelNamespace': 'ztunnelNamespace',
  },
  IstioCNI: { 'spec.namespace': 'cniNamespace', 'spec.version': 'version' },
  ZTunnel: { 'spec.namespace': 'ztunnelNamespace', 'spec.version': 'version' },
};

const namespaceField = (
  step: PlanStep,
  names: Record<string, InstallField>,
): InstallField | undefined => names[step.name] ?? 'labelNamespaces';

/**
 * The wizard field that a server-side error cause concerns: the longest known prefix of the
 * cause's field path (`spec.updateStrategy.type` -> `updateStrategy`), for the step's kind.
 */
export const fieldOfCause = (
  step: PlanStep,
  cause: StatusCause,
  namespaceFields: Record<string, InstallField>,
): InstallField | undefined => {
  const field = (cause.field ?? '').replace(/\[\d+\]/g, '');
  if (step.kind === 'Namespace') {
    return field.startsWith('metadata.labels')
      ? 'discoveryLabel'
      : namespaceField(step, namespaceFields);
  }
  const table = byKind[step.kind] ?? {};
  const key = Object.keys(table)
    .filter((k) => field === k || field.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  return key ? table[key] : undefined;
};

/** The problems of one failed write, each placed at its wizard field when known. */
export const problemsOfError = (
  step: PlanStep,
  error: unknown,
  namespaceFields: Record<string, InstallField>,
): FieldProblem[] => {
  const causes = statusCauses(error);
  const fallback = errorMessage(error);
  if (!causes.length) return [{ field: undefined, stepId: step.id, message: fallback }];
  return causes.map((c) => ({
    field: fieldOfCause(step, c, namespaceFields),
    stepId: step.id,
    message: c.field && c.message ? `${c.field}: ${c.message}` : (c.message ?? fallback),
  }));
};

/** Which wizard field names each system namespace. */
export const namespaceFieldsOf = (c: {
  istioNamespace: string;
  cniNamespace: string;
  ztunnelNamespace: string;
}): Record<string, InstallField> => ({
  [c.ztunnelNamespace]: 'ztunnelNamespace',
  [c.cniNamespace]: 'cniNamespace',
  [c.istioNamespace]: 'istioNamespace',
});
