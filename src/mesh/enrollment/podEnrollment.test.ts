import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { evaluatePod, podLabelIntent, podRedirection } from './podEnrollment';

const ns = (mode?: string): NamespaceKind => ({
  metadata: { name: 'ns', labels: mode ? { 'istio.io/dataplane-mode': mode } : {} },
});

type PodOpts = { mode?: string; redirection?: string; sidecar?: boolean; hostNetwork?: boolean };
const pod = ({ mode, redirection, sidecar, hostNetwork }: PodOpts = {}): PodKind => ({
  metadata: {
    name: 'p',
    namespace: 'ns',
    labels: mode ? { 'istio.io/dataplane-mode': mode } : {},
    annotations: {
      ...(redirection ? { 'ambient.istio.io/redirection': redirection } : {}),
      ...(sidecar ? { 'sidecar.istio.io/status': '{}' } : {}),
    },
  },
  spec: { containers: [{ name: 'c' }], hostNetwork },
});

describe('evaluatePod: every precedence combination of namespace and pod labels', () => {
  // namespace label x pod label -> wantsAmbient, decidedBy
  it.each([
    [undefined, undefined, false, 'none'],
    [undefined, 'ambient', true, 'pod'],
    [undefined, 'none', false, 'pod'],
    ['ambient', undefined, true, 'namespace'],
    ['ambient', 'ambient', true, 'pod'],
    ['ambient', 'none', false, 'pod'],
    ['none', undefined, false, 'none'],
    ['none', 'ambient', true, 'pod'],
    ['none', 'none', false, 'pod'],
    ['sidecar', undefined, false, 'none'],
  ])('namespace %s, pod %s -> wants %s (by %s)', (nsMode, podMode, wants, by) => {
    const r = evaluatePod(pod({ mode: podMode }), ns(nsMode), true);
    expect(r.wantsAmbient).toBe(wants);
    expect(r.decidedBy).toBe(by);
    expect(r.enrolled).toBe(wants);
  });

  it('lets a sidecar win over ambient', () => {
    const r = evaluatePod(pod({ sidecar: true }), ns('ambient'), true);
    expect(r).toMatchObject({ wantsAmbient: true, enrolled: false, state: 'sidecar' });
  });

  it('never captures hostNetwork pods', () => {
    const r = evaluatePod(pod({ mode: 'ambient', hostNetwork: true }), ns(), true);
    expect(r).toMatchObject({ enrolled: false, state: 'host-network' });
  });

  it('reports an opt-out in an ambient namespace as excluded', () => {
    expect(evaluatePod(pod({ mode: 'none' }), ns('ambient'), true).state).toBe('excluded');
    expect(evaluatePod(pod({ mode: 'none' }), ns(), true).state).toBe('not-enrolled');
  });

  it('compares intent with the CNI agent annotation', () => {
    expect(evaluatePod(pod({ redirection: 'enabled' }), ns('ambient'), true)).toMatchObject({
      state: 'captured',
      mismatch: false,
    });
    expect(evaluatePod(pod(), ns('ambient'), true)).toMatchObject({
      state: 'pending',
      mismatch: true,
    });
    expect(evaluatePod(pod({ redirection: 'pending' }), ns('ambient'), true)).toMatchObject({
      state: 'pending',
      mismatch: true,
    });
    expect(evaluatePod(pod(), ns('ambient'), false).state).toBe('no-ztunnel');
    expect(evaluatePod(pod({ redirection: 'enabled' }), ns(), true)).toMatchObject({
      state: 'unexpected-capture',
      mismatch: true,
    });
    expect(evaluatePod(pod(), ns(), true)).toMatchObject({
      state: 'not-enrolled',
      mismatch: false,
    });
  });

  it('reads the label and the annotation', () => {
    expect(podLabelIntent(pod({ mode: 'ambient' }))).toBe('ambient');
    expect(podLabelIntent(pod({ mode: 'something' }))).toBe('inherit');
    expect(podRedirection(pod({ redirection: 'disabled' }))).toBe('absent');
  });
});
