import { CSV_HEADER, csvField, toCsv } from './csv';
import { buildTopology } from './model';
import { captured, node, ns, pod, ztunnelPod } from '../../testing/objects';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j -> %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('toCsv', () => {
  it('writes a header and one line per row, quoted where needed', () => {
    const model = buildTopology({
      pods: [
        pod('a', 'web-1', { node: 'n1', annotations: captured, ip: '10.0.0.9' }),
        pod('a', 'web-2', {
          node: 'n1',
          annotations: { 'sidecar.istio.io/status': '{}' },
          ip: '10.0.0.10',
        }),
      ],
      nodes: [node('n1')],
      namespaces: [
        ns('a', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'wp' }),
      ],
      ztunnelPods: [ztunnelPod('n1')],
      gateways: [],
      discoverySelectors: [],
      ztunnelNamespace: 'ztunnel',
    });
    const lines = toCsv(model.rows).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      'a,web-1,10.0.0.9,n1,a/wp (missing),a/wp (missing),HBONE,ambient (namespace),captured,ready,waypoint',
    );
    expect(lines[2]).toBe(
      'a,web-2,10.0.0.10,n1,a/wp (missing),a/wp (missing),TCP,ambient (namespace),sidecar,ready,sidecar waypoint',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});
