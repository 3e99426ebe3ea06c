import { k8sCreate, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { PlanKind, PlanStep } from '../../mesh/install/types';
import { patchNetworkOperator } from '../network/mutations';
import { stepWriter, writeFor } from './writes';

const step = (kind: PlanKind, name = 'default'): PlanStep => ({
  id: `${kind}/${name}`,
  kind,
  name,
  manifest: { apiVersion: 'sailoperator.io/v1', kind, metadata: { name } },
  waitReady: false,
});

describe('CR writes', () => {
  beforeEach(() => jest.clearAllMocks());

  it('creates in the served ZTunnel version, with dryRun when asked', async () => {
    const w = writeFor(step('ZTunnel'), 'v1alpha1');
    await w.create({ metadata: { name: 'default' } }, true);
    expect(jest.mocked(k8sCreate).mock.calls[0][0]).toMatchObject({
      model: { apiVersion: 'v1alpha1', kind: 'ZTunnel' },
      queryParams: { dryRun: 'All' },
    });
    await writeFor(step('ZTunnel'), 'v1').get();
    expect(jest.mocked(k8sGet).mock.calls[0][0]).toMatchObject({
      model: { apiVersion: 'v1' },
      name: 'default',
    });
    await stepWriter(step('ZTunnel'), 'v1').patch({ metadata: { name: 'default' } }, [
      { op: 'add', path: '/x', value: 1 },
    ]);
    expect(jest.mocked(k8sPatch).mock.calls[0][0].queryParams).toBeUndefined();
  });

  it('writes Istio, IstioCNI, namespaces and the network config through the SDK', async () => {
    await stepWriter(step('Istio'), 'v1').create(step('Istio').manifest);
    await stepWriter(step('IstioCNI'), 'v1').create(step('IstioCNI').manifest);
    await writeFor(step('Istio'), 'v1').patch({ metadata: { name: 'default' } }, [], true);
    await patchNetworkOperator({ metadata: { name: 'cluster' } }, []);
    await writeFor(step('Namespace', 'istio-system'), 'v1').get();
    expect(jest.mocked(k8sCreate).mock.calls.map((c) => c[0].model.kind)).toEqual([
      'Istio',
      'IstioCNI',
    ]);
    expect(jest.mocked(k8sPatch).mock.calls.map((c) => c[0].model.kind)).toEqual([
      'Istio',
      'Network',
    ]);
    expect(jest.mocked(k8sPatch).mock.calls[0][0].queryParams).toEqual({ dryRun: 'All' });
    expect(jest.mocked(k8sGet).mock.calls[0][0]).toMatchObject({
      model: { kind: 'Namespace' },
      name: 'istio-system',
    });
  });
});
