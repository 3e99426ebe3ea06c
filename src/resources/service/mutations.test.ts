import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { setServiceWaypoint } from './mutations';

const patch = jest.mocked(k8sPatch);

describe('service label mutations', () => {
  beforeEach(() => patch.mockReset().mockImplementation(async (o) => o.resource));
  it('points a service at a waypoint', async () => {
    await setServiceWaypoint(
      { metadata: { name: 's', namespace: 'b', labels: {}, resourceVersion: '7' } },
      'waypoint',
    );
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'add', path: '/metadata/labels/istio.io~1use-waypoint', value: 'waypoint' },
    ]);
  });

  it('removes the namespace of a waypoint elsewhere when a local waypoint is chosen', async () => {
    const labels = {
      'istio.io/use-waypoint': 'waypoint',
      'istio.io/use-waypoint-namespace': 'shared',
    };
    await setServiceWaypoint(
      { metadata: { name: 's', namespace: 'b', labels, resourceVersion: '7' } },
      'local',
    );
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'test', path: '/metadata/labels/istio.io~1use-waypoint', value: 'waypoint' },
      { op: 'replace', path: '/metadata/labels/istio.io~1use-waypoint', value: 'local' },
      { op: 'test', path: '/metadata/labels/istio.io~1use-waypoint-namespace', value: 'shared' },
      { op: 'remove', path: '/metadata/labels/istio.io~1use-waypoint-namespace' },
    ]);
  });
});
