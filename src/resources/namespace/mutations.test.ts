import { k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { patchNamespaceLabels } from './mutations';

const patch = jest.mocked(k8sPatch);
const get = jest.mocked(k8sGet);

describe('label mutations', () => {
  beforeEach(() => {
    patch.mockReset().mockImplementation(async (o) => o.resource);
    get.mockReset();
  });

  it('enrolls a namespace with exactly one guarded patch of one label, no read before', async () => {
    const ns = { metadata: { name: 'bookinfo', labels: { team: 'a' }, resourceVersion: '7' } };
    await patchNamespaceLabels(ns, { 'istio.io/dataplane-mode': 'ambient' });
    expect(patch).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect(patch.mock.calls[0][0]).toMatchObject({
      model: { kind: 'Namespace' },
      resource: { metadata: { name: 'bookinfo' } },
      data: [
        { op: 'test', path: '/metadata/resourceVersion', value: '7' },
        { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
      ],
    });
  });

  it('sends nothing when there is nothing to change', async () => {
    const ns = {
      metadata: {
        name: 'b',
        labels: { 'istio.io/dataplane-mode': 'ambient' },
        resourceVersion: '1',
      },
    };
    await patchNamespaceLabels(ns, { 'istio.io/dataplane-mode': 'ambient' });
    expect(patch).not.toHaveBeenCalled();
  });

  it('re-reads an unlabelled object that changed meanwhile and sends a patch guarded again', async () => {
    patch.mockRejectedValueOnce(Object.assign(new Error('test failed'), { code: 422 }));
    get.mockResolvedValue({ metadata: { name: 'b', resourceVersion: '4', labels: { team: 'a' } } });
    const ns = { metadata: { name: 'b', resourceVersion: '3' } };
    await patchNamespaceLabels(ns, { 'istio.io/dataplane-mode': 'ambient' });
    expect(patch).toHaveBeenCalledTimes(2);
    expect(patch.mock.calls[1][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '4' },
      { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
  });

  it('does not retry other failures', async () => {
    patch.mockRejectedValueOnce(Object.assign(new Error('forbidden'), { code: 403 }));
    const ns = { metadata: { name: 'b', labels: {}, resourceVersion: '1' } };
    await expect(patchNamespaceLabels(ns, { x: 'y' })).rejects.toThrow('forbidden');
    expect(patch).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
  });
});
