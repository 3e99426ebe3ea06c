import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { patchPodLabels, podModeChanges, podModeOf } from './mutations';

const patch = jest.mocked(k8sPatch);

describe('pod label mutations', () => {
  beforeEach(() => patch.mockReset().mockImplementation(async (o) => o.resource));
  it('sets a pod label or removes it to inherit', async () => {
    const pod = {
      metadata: {
        name: 'p',
        namespace: 'b',
        labels: { 'istio.io/dataplane-mode': 'none' },
        resourceVersion: '5',
      },
    };
    await patchPodLabels(pod, podModeChanges('inherit'));
    expect(patch.mock.calls[0][0]).toMatchObject({
      model: { kind: 'Pod' },
      resource: { metadata: { name: 'p', namespace: 'b' } },
      data: [
        { op: 'test', path: '/metadata/resourceVersion', value: '5' },
        { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'none' },
        { op: 'remove', path: '/metadata/labels/istio.io~1dataplane-mode' },
      ],
    });
  });

  it('reads the choice back from pending changes', () => {
    expect(podModeOf(podModeChanges('inherit'))).toBe('inherit');
    expect(podModeOf(podModeChanges('ambient'))).toBe('ambient');
    expect(podModeOf({ other: 'x' })).toBeUndefined();
    expect(podModeOf(undefined)).toBeUndefined();
  });
});
