import { render } from '@testing-library/react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { ns, serve } from '../../../testing/enrollmentCluster';
import { useMeshFacts, type MeshFactsWatch } from './useMeshFacts';

const factsOf = (): MeshFactsWatch => {
  let out: MeshFactsWatch | undefined;
  const Probe = () => {
    out = useMeshFacts();
    return null;
  };
  render(<Probe />);
  if (!out) throw new Error('no result');
  return out;
};

describe('useMeshFacts', () => {
  it('reads installation, discovery selectors and ready ztunnel nodes', () => {
    serve({ namespaces: [ns('a')], pods: [] });
    const { facts, loaded } = factsOf();
    expect(loaded).toBe(true);
    expect(facts.installed).toBe(true);
    expect(facts.discoverySelectors).toEqual([]);
    expect([...(facts.ztunnelNodes ?? [])]).toEqual(['node-1']);
  });

  it('says not installed only when it could read the Istio resources', () => {
    serve({ namespaces: [], pods: [], installed: false });
    expect(factsOf().facts.installed).toBe(false);
  });

  it('leaves facts unknown when the user may not list them', () => {
    serve({ namespaces: [], pods: [], installed: false });
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const { facts, loaded } = factsOf();
    expect(loaded).toBe(true);
    expect(facts).toEqual({
      installed: undefined,
      discoverySelectors: undefined,
      ztunnelNodes: undefined,
    });
  });
});
