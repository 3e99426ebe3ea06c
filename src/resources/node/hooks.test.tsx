import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { NodeModel } from '../../models';
import { useListWatch } from '../common/useListWatch';
import { useNodes } from './hooks';

const watch = jest.mocked(useK8sWatchResource);
const own = jest.mocked(useListWatch);

describe('node watch', () => {
  beforeEach(resetWatches);

  it('watches nodes as a list of its own (it grows with the cluster), and none when switched off', () => {
    probe(() => useNodes());
    expect(own).toHaveBeenLastCalledWith(expect.objectContaining({ isList: true }), NodeModel);
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ isList: true }));
    probe(() => useNodes({ enabled: false }));
    expect(own).toHaveBeenLastCalledWith(null, NodeModel);
  });
});
