import type { PodKind } from '../../k8s/pod/types';
import { imagesBy, notDone, podProgress, podVersion, versionMatches } from './progress';

const img = (v: string) => `registry.example/istio-ztunnel-rhel9:${v}`;
const agent = (node: string, version: string, ready = true, deleting = false): PodKind => ({
  metadata: {
    name: `ztunnel-${node}-${version}`,
    ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
  },
  spec: { nodeName: node, containers: [{ name: 'istio-proxy', image: img(version) }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
  },
});

describe('podVersion and versionMatches', () => {
  it('reads the version label first, else the image tag, none for a digest', () => {
    expect(podVersion(agent('a', '1.27.3'))).toBe('1.27.3');
    const labelled = agent('a', '1.26.8');
    labelled.metadata = { ...labelled.metadata, labels: { 'app.kubernetes.io/version': '1.27.3' } };
    expect(podVersion(labelled)).toBe('1.27.3');
    const digest = agent('a', '1.26.8');
    digest.spec = { containers: [{ name: 'c', image: 'registry.example/ztunnel@sha256:abc' }] };
    expect(podVersion(digest)).toBeUndefined();
  });

  it('matches the patch when the target has one, else the minor', () => {
    expect(versionMatches('1.27.3', 'v1.27.3')).toBe(true);
    expect(versionMatches('1.27.2', 'v1.27.3')).toBe(false);
    expect(versionMatches('1.27.2', 'v1.27-latest')).toBe(true);
    expect(versionMatches('1.26.8', 'v1.27-latest')).toBe(false);
    expect(versionMatches(undefined, 'v1.27.3')).toBe(false);
  });
});

describe('podProgress', () => {
  const before = imagesBy(
    [agent('n1', '1.26.8'), agent('n2', '1.26.8'), agent('n3', '1.26.8')],
    'node',
  );

  it('shows each node: old image -> new image, and its state', () => {
    const pods = [
      agent('n1', '1.27.3'),
      agent('n2', '1.26.8', true, true),
      agent('n2', '1.27.3', false),
    ];
    const rows = podProgress(pods, 'v1.27.3', before, 'node');
    expect(rows.map((r) => [r.key, r.before, r.image, r.state])).toEqual([
      ['n1', img('1.26.8'), img('1.27.3'), 'done'],
      ['n2', img('1.26.8'), img('1.27.3'), 'starting'],
      ['n3', img('1.26.8'), undefined, 'replacing'],
    ]);
    expect(notDone(rows)).toEqual(['n2', 'n3']);
  });

  it('keeps an old pod as old until its replacement comes', () => {
    const rows = podProgress([agent('n1', '1.26.8')], 'v1.27.3', before, 'node');
    expect(rows[0].state).toBe('old');
  });

  it('per pod for istiod: old pods still running are not done, gone ones drop out', () => {
    const old = agent('n1', '1.26.8');
    const fresh = agent('n2', '1.27.3');
    const byPod = imagesBy([old], 'pod');
    expect(notDone(podProgress([old, fresh], 'v1.27.3', byPod, 'pod'))).toEqual([
      'ztunnel-n1-1.26.8',
    ]);
    expect(notDone(podProgress([fresh], 'v1.27.3', byPod, 'pod'))).toEqual([]);
  });
});
