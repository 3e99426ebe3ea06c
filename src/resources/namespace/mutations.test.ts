import { k8sCreate, k8sDelete, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { createWaypoint, deleteGateway } from '../gateway/mutations';
import { setPodDataplaneMode } from '../pod/mutations';
import { setServiceWaypoint } from '../service/mutations';
import { httpStatus, patchNamespaceLabels } from './mutations';

const patch = jest.mocked(k8sPatch);

describe('label mutations', () => {
  beforeEach(() => patch.mockReset().mockImplementation(async (o) => o.resource as never));

  it('enrolls a namespace with exactly one patch of one label, no read before', async () => {
    const ns = { metadata: { name: 'bookinfo', labels: { team: 'a' }, resourceVersion: '7' } };
    await patchNamespaceLabels(ns, { 'istio.io/dataplane-mode': 'ambient' });
    expect(patch).toHaveBeenCalledTimes(1);
    expect(patch.mock.calls[0][0]).toMatchObject({
      model: { kind: 'Namespace' },
      resource: { metadata: { name: 'bookinfo' } },
      data: [{ op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' }],
    });
  });

  it('sends nothing when there is nothing to change', async () => {
    const ns = { metadata: { name: 'b', labels: { 'istio.io/dataplane-mode': 'ambient' } } };
    await patchNamespaceLabels(ns, { 'istio.io/dataplane-mode': 'ambient' });
    expect(patch).not.toHaveBeenCalled();
  });

  it('retries as per-key adds when an unlabelled object changed meanwhile', async () => {
    patch.mockRejectedValueOnce(Object.assign(new Error('test failed'), { code: 422 }));
    const ns = { metadata: { name: 'b', resourceVersion: '3' } };
    await patchNamespaceLabels(ns, { 'istio.io/dataplane-mode': 'ambient' });
    expect(patch).toHaveBeenCalledTimes(2);
    expect(patch.mock.calls[1][0].data).toEqual([
      { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
  });

  it('does not retry other failures', async () => {
    patch.mockRejectedValueOnce(Object.assign(new Error('forbidden'), { code: 403 }));
    const ns = { metadata: { name: 'b', labels: {} } };
    await expect(patchNamespaceLabels(ns, { x: 'y' })).rejects.toThrow('forbidden');
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('reads the status of console errors', () => {
    expect(httpStatus({ response: { status: 409 } })).toBe(409);
    expect(httpStatus({ code: 422 })).toBe(422);
    expect(httpStatus(new Error('x'))).toBeUndefined();
  });

  it('sets a pod label or removes it to inherit', async () => {
    const pod = {
      metadata: { name: 'p', namespace: 'b', labels: { 'istio.io/dataplane-mode': 'none' } },
    };
    await setPodDataplaneMode(pod, 'inherit');
    expect(patch.mock.calls[0][0]).toMatchObject({
      model: { kind: 'Pod' },
      resource: { metadata: { name: 'p', namespace: 'b' } },
      data: [
        { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'none' },
        { op: 'remove', path: '/metadata/labels/istio.io~1dataplane-mode' },
      ],
    });
  });

  it('points a service at a waypoint', async () => {
    await setServiceWaypoint({ metadata: { name: 's', namespace: 'b', labels: {} } }, 'waypoint');
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'add', path: '/metadata/labels/istio.io~1use-waypoint', value: 'waypoint' },
    ]);
  });

  it('creates and deletes waypoint Gateways', async () => {
    jest.mocked(k8sCreate).mockResolvedValue({});
    jest.mocked(k8sDelete).mockResolvedValue({});
    await createWaypoint({ name: 'waypoint', namespace: 'b', trafficType: 'workload' });
    expect(jest.mocked(k8sCreate).mock.calls[0][0]).toMatchObject({
      model: { kind: 'Gateway' },
      data: { metadata: { name: 'waypoint', namespace: 'b' } },
    });
    await deleteGateway({ metadata: { name: 'waypoint', namespace: 'b' } });
    expect(jest.mocked(k8sDelete).mock.calls[0][0]).toMatchObject({
      resource: { metadata: { name: 'waypoint', namespace: 'b' } },
    });
  });
});
