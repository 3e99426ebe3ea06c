import { render } from '@testing-library/react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { ns, serve } from '../../../testing/enrollmentCluster';
import { answerWatches, notServedAnswer } from '../../../testing/watch';
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

  it('waits for the ZTunnel version the cluster serves, and never says "not installed" before', () => {
    serve({ namespaces: [], pods: [] });
    let ztunnels: unknown = undefined;
    answerWatches((r) => {
      const kind = r?.groupVersionKind?.kind;
      if (kind === 'ZTunnel')
        return r?.groupVersionKind?.version === 'v1'
          ? notServedAnswer()
          : [ztunnels, !!ztunnels, undefined];
      if (kind === 'Istio') return [[{ metadata: { name: 'default' }, spec: {} }], true, undefined];
      return [[], true, undefined];
    });
    const loading = factsOf();
    expect(loading.loaded).toBe(false);
    expect(loading.facts.installed).toBeUndefined();
    ztunnels = [{ metadata: { name: 'default' }, spec: { namespace: 'ztunnel' } }];
    const done = factsOf();
    expect(done.loaded).toBe(true);
    expect(done.facts.installed).toBe(true);
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
