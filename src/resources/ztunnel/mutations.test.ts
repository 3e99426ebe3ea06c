import { k8sCreate, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { createZTunnel, getZTunnel, patchZTunnel } from './mutations';
import { createIstio, patchIstio } from '../istio/mutations';
import { createIstioCNI } from '../istiocni/mutations';
import { patchNetworkOperator } from '../network/mutations';

describe('CR writes', () => {
  beforeEach(() => jest.clearAllMocks());

  it('creates in the served ZTunnel version, with dryRun when asked', async () => {
    await createZTunnel('v1alpha1', { metadata: { name: 'default' } }, true);
    expect(jest.mocked(k8sCreate).mock.calls[0][0]).toMatchObject({
      model: { apiVersion: 'v1alpha1', kind: 'ZTunnel' },
      queryParams: { dryRun: 'All' },
    });
    await getZTunnel('v1', 'default');
    expect(jest.mocked(k8sGet).mock.calls[0][0]).toMatchObject({
      model: { apiVersion: 'v1' },
      name: 'default',
    });
    await patchZTunnel('v1', { metadata: { name: 'default' } }, [
      { op: 'add', path: '/x', value: 1 },
    ]);
    expect(jest.mocked(k8sPatch).mock.calls[0][0].queryParams).toBeUndefined();
  });

  it('writes Istio, IstioCNI and the network config through the SDK', async () => {
    await createIstio({ metadata: { name: 'default' } });
    await createIstioCNI({ metadata: { name: 'default' } });
    await patchIstio({ metadata: { name: 'default' } }, [], true);
    await patchNetworkOperator({ metadata: { name: 'cluster' } }, []);
    expect(jest.mocked(k8sCreate).mock.calls.map((c) => c[0].model.kind)).toEqual([
      'Istio',
      'IstioCNI',
    ]);
    expect(jest.mocked(k8sPatch).mock.calls.map((c) => c[0].model.kind)).toEqual([
      'Istio',
      'Network',
    ]);
    expect(jest.mocked(k8sPatch).mock.calls[0][0].queryParams).toEqual({ dryRun: 'All' });
  });
});
