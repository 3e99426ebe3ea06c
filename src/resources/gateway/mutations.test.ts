import { k8sCreate, k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { createWaypoint, deleteGateway } from './mutations';

describe('gateway mutations', () => {
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
