import { pod } from '../../testing/objects';
import { spiffeId } from './identity';

describe('spiffeId', () => {
  it('names the trust domain, namespace and service account', () => {
    const p = pod('bookinfo', 'reviews-v1-1');
    p.spec = { ...p.spec, containers: [], serviceAccountName: 'bookinfo-reviews' };
    expect(spiffeId('cluster.local', p)).toBe(
      'spiffe://cluster.local/ns/bookinfo/sa/bookinfo-reviews',
    );
    expect(spiffeId('example.org', p)).toBe('spiffe://example.org/ns/bookinfo/sa/bookinfo-reviews');
  });

  it('uses the default service account when the pod names none', () => {
    expect(spiffeId('cluster.local', pod('ns1', 'p'))).toBe(
      'spiffe://cluster.local/ns/ns1/sa/default',
    );
  });
});
