import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { setServiceWaypoint } from './mutations';

const patch = jest.mocked(k8sPatch);

describe('service label mutations', () => {
  beforeEach(() => patch.mockReset().mockImplementation(async (o) => o.resource));
  it('points a service at a waypoint', async () => {
    await setServiceWaypoint({ metadata: { name: 's', namespace: 'b', labels: {} } }, 'waypoint');
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'add', path: '/metadata/labels/istio.io~1use-waypoint', value: 'waypoint' },
    ]);
  });
});
