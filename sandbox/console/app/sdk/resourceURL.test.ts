import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { resourcePath, resourceURL, selectorToString } from './resourceURL';

const model = (m: Partial<K8sModel>): K8sModel => ({
  abbr: 'X',
  kind: 'X',
  label: 'X',
  labelPlural: 'Xs',
  plural: 'xs',
  apiVersion: 'v1',
  ...m,
});

describe('resource URLs', () => {
  it('builds core, group, namespaced and cluster-scoped paths', () => {
    const ns = model({ kind: 'Namespace', plural: 'namespaces' });
    const istio = model({ apiGroup: 'sailoperator.io', plural: 'istios', namespaced: false });
    const pod = model({ kind: 'Pod', plural: 'pods', namespaced: true });
    expect(resourcePath(ns, { name: 'bookinfo' })).toBe('/api/v1/namespaces/bookinfo');
    expect(resourcePath(istio, { name: 'default', ns: 'ignored' })).toBe(
      '/apis/sailoperator.io/v1/istios/default',
    );
    expect(resourcePath(pod, { ns: 'bookinfo' })).toBe('/api/v1/namespaces/bookinfo/pods');
    expect(resourcePath(pod, { ns: '#ALL_NS#' })).toBe('/api/v1/pods');
    expect(resourceURL(pod, { ns: 'a', name: 'p', path: 'status' })).toBe(
      '/api/kubernetes/api/v1/namespaces/a/pods/p/status',
    );
  });

  it('adds query parameters, leaving out empty ones', () => {
    const pod = model({ plural: 'pods', namespaced: true });
    expect(
      resourcePath(pod, {
        queryParams: { limit: '250', continue: undefined, fieldSelector: 'metadata.name=a' },
      }),
    ).toBe('/api/v1/pods?limit=250&fieldSelector=metadata.name%3Da');
  });

  it('writes label selectors as the API expects', () => {
    expect(
      selectorToString({
        matchLabels: { app: 'ztunnel' },
        matchExpressions: [
          { key: 'istio.io/dataplane-mode', operator: 'In', values: ['ambient'] },
          { key: 'skip', operator: 'DoesNotExist' },
          { key: 'tier', operator: 'NotIn', values: ['a', 'b'] },
          { key: 'has', operator: 'Exists' },
        ],
      }),
    ).toBe('app=ztunnel,istio.io/dataplane-mode in (ambient),!skip,tier notin (a,b),has');
    expect(selectorToString(undefined)).toBe('');
  });
});
