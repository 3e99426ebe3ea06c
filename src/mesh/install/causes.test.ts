import { fieldOfCause, namespaceFieldsOf, problemsOfError } from './causes';
import { buildInstallPlan } from './plan';
import { DEFAULT_CHOICES } from './types';

const c = {
  ...DEFAULT_CHOICES,
  version: 'v1.26.8',
  scope: 'selected' as const,
  labelNamespaces: ['bookinfo'],
};
const plan = buildInstallPlan(c, { ztunnelVersion: 'v1' });
const step = (id: string) => plan.steps.find((s) => s.id === id)!;
const ns = namespaceFieldsOf(c);

describe('dry-run causes to wizard fields', () => {
  it('maps field paths by kind', () => {
    expect(fieldOfCause(step('Istio/default'), { field: 'spec.updateStrategy.type' }, ns)).toBe(
      'updateStrategy',
    );
    expect(fieldOfCause(step('Istio/default'), { field: 'spec.version' }, ns)).toBe('version');
    expect(
      fieldOfCause(
        step('Istio/default'),
        { field: 'spec.values.meshConfig.discoverySelectors[0].matchLabels' },
        ns,
      ),
    ).toBe('discoveryLabel');
    expect(fieldOfCause(step('IstioCNI/default'), { field: 'spec.namespace' }, ns)).toBe(
      'cniNamespace',
    );
    expect(fieldOfCause(step('ZTunnel/default'), { field: 'spec.namespace' }, ns)).toBe(
      'ztunnelNamespace',
    );
    expect(fieldOfCause(step('Namespace/ztunnel'), { field: 'metadata.name' }, ns)).toBe(
      'ztunnelNamespace',
    );
    expect(fieldOfCause(step('Namespace/bookinfo'), { field: 'metadata.name' }, ns)).toBe(
      'labelNamespaces',
    );
    expect(fieldOfCause(step('Namespace/bookinfo'), { field: 'metadata.labels' }, ns)).toBe(
      'discoveryLabel',
    );
    expect(fieldOfCause(step('Istio/default'), { field: 'spec.other' }, ns)).toBeUndefined();
  });

  it('reads a Status error body', () => {
    const error = {
      message: 'Istio.sailoperator.io "default" is invalid',
      json: {
        message: 'invalid',
        details: { causes: [{ field: 'spec.version', message: 'Unsupported value: "v9"' }] },
      },
    };
    expect(problemsOfError(step('Istio/default'), error, ns)).toEqual([
      {
        field: 'version',
        stepId: 'Istio/default',
        message: 'spec.version: Unsupported value: "v9"',
      },
    ]);
    expect(problemsOfError(step('Istio/default'), new Error('forbidden'), ns)).toEqual([
      { field: undefined, stepId: 'Istio/default', message: 'forbidden' },
    ]);
  });
});
