/**
 * The shell starts from the discovery the browser kept, as the console does
 * (`bridge/api-discovery-resources` in localStorage, versioned, removed as read), and refreshes it.
 */
import type * as ModelsModule from './models';

type Models = typeof ModelsModule;

const items = new Map<string, string>();
const storage = {
  getItem: (k: string) => items.get(k) ?? null,
  setItem: (k: string, v: string) => void items.set(k, v),
  removeItem: (k: string) => void items.delete(k),
};

const SERVED: Record<string, unknown> = {
  '/api/kubernetes/api/v1': {
    groupVersion: 'v1',
    resources: [
      { name: 'pods', kind: 'Pod', namespaced: true },
      { name: 'pods/status', kind: 'Pod', namespaced: true },
    ],
  },
  '/api/kubernetes/apis': {
    groups: [{ name: 'sailoperator.io', versions: [{ groupVersion: 'sailoperator.io/v1' }] }],
  },
  '/api/kubernetes/apis/sailoperator.io/v1': {
    groupVersion: 'sailoperator.io/v1',
    resources: [{ name: 'istios', kind: 'Istio', namespaced: false }],
  },
};

let served: Record<string, unknown> = {};

const ISTIO = { group: 'sailoperator.io', version: 'v1', kind: 'Istio' };
const POD = { version: 'v1', kind: 'Pod' };

/** A fresh copy of the module: a new page load. */
const load = (): Models => {
  let m: Models | undefined;
  jest.isolateModules(() => {
    m = jest.requireActual<Models>('./models');
  });
  return m as Models;
};

beforeEach(() => {
  items.clear();
  served = { ...SERVED };
  Object.assign(globalThis, { localStorage: storage });
  globalThis.fetch = jest.fn(async (url: RequestInfo | URL) => {
    const body = served[String(url)];
    return new Response(JSON.stringify(body ?? {}), { status: body ? 200 : 404 });
  }) as typeof fetch;
});

describe('discovery kept between loads', () => {
  it('a first load has nothing kept; its discovery is kept for the next load', async () => {
    const first = load();
    expect(first.loadCachedDiscovery('4.19.0')).toBe(false);
    await first.discover('4.19.0');
    expect(first.modelFor(ISTIO)?.plural).toBe('istios');
    expect(first.modelFor(POD)?.namespaced).toBe(true);
    expect(JSON.parse(items.get(first.DISCOVERY_CACHE_KEY) ?? '{}').consoleVersion).toBe('4.19.0');

    const next = load();
    expect(next.modelFor(ISTIO)).toBeUndefined();
    expect(next.loadCachedDiscovery('4.19.0')).toBe(true);
    expect(next.modelFor(ISTIO)?.plural).toBe('istios');
    expect(next.modelFor(POD)?.plural).toBe('pods');
    // removed as it is read, so that a bad entry cannot break every later load
    expect(items.has(next.DISCOVERY_CACHE_KEY)).toBe(false);
  });

  it('ignores what another console version kept, or what it cannot read', async () => {
    const first = load();
    await first.discover('4.18.0');
    const next = load();
    expect(next.loadCachedDiscovery('4.19.0')).toBe(false);
    expect(next.modelFor(POD)).toBeUndefined();
    expect(items.has(next.DISCOVERY_CACHE_KEY)).toBe(false);

    items.set(next.DISCOVERY_CACHE_KEY, '{not json');
    expect(load().loadCachedDiscovery('4.19.0')).toBe(false);
  });

  it('the refresh replaces the kept models: a kind served since appears, one gone goes', async () => {
    const first = load();
    await first.discover('4.19.0');
    served['/api/kubernetes/apis/sailoperator.io/v1'] = {
      groupVersion: 'sailoperator.io/v1',
      resources: [{ name: 'istiocnis', kind: 'IstioCNI', namespaced: false }],
    };
    const next = load();
    expect(next.loadCachedDiscovery('4.19.0')).toBe(true);
    const pod = next.modelFor(POD);
    await next.discover('4.19.0');
    expect(next.modelFor({ ...ISTIO, kind: 'IstioCNI' })?.plural).toBe('istiocnis');
    expect(next.modelFor(ISTIO)).toBeUndefined();
    // an unchanged model keeps its object
    expect(next.modelFor(POD)).toBe(pod);
  });
});
