import { k8sDelete, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { Step } from '../../mesh/uninstall/types';
import { writeStep } from './steps';

const del = k8sDelete as jest.MockedFunction<typeof k8sDelete>;
const patch = k8sPatch as jest.MockedFunction<typeof k8sPatch>;
const get = k8sGet as jest.MockedFunction<typeof k8sGet>;
const notFound = () => Object.assign(new Error('not found'), { response: { status: 404 } });

const unlabel: Step = {
  id: 'u',
  action: 'unlabel',
  ref: { kind: 'Namespace', name: 'bookinfo' },
  changes: { 'istio.io/dataplane-mode': null },
};
const bookinfo = {
  metadata: {
    name: 'bookinfo',
    resourceVersion: '5',
    labels: { 'istio.io/dataplane-mode': 'ambient', keep: 'me' },
  },
};
const io = { ztunnelVersion: 'v1alpha1' as const };

describe('writeStep', () => {
  beforeEach(() => {
    del.mockReset();
    patch.mockReset();
    get.mockReset();
  });

  it('removes a label with a JSON patch guarded by the object read again, also as a dry run', async () => {
    patch.mockResolvedValue(bookinfo);
    get.mockResolvedValue(bookinfo);
    // the watch's copy is older than the server's: the guard follows the server
    const stale = { metadata: { ...bookinfo.metadata, resourceVersion: '4' } };
    await expect(writeStep(unlabel, stale, io)).resolves.toBe('written');
    expect(get).toHaveBeenCalledTimes(1);
    await expect(writeStep(unlabel, bookinfo, { ...io, dryRun: true })).resolves.toBe('written');
    const ops = [
      { op: 'test', path: '/metadata/resourceVersion', value: '5' },
      { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
      { op: 'remove', path: '/metadata/labels/istio.io~1dataplane-mode' },
    ];
    expect(patch.mock.calls[0][0].data).toEqual(ops);
    expect(patch.mock.calls[0][0].queryParams).toBeUndefined();
    expect(patch.mock.calls[1][0]).toMatchObject({ data: ops, queryParams: { dryRun: 'All' } });
  });

  it('has nothing to do when the object or its labels are gone', async () => {
    await expect(writeStep(unlabel, undefined, io)).resolves.toBe('gone');
    await expect(
      writeStep(unlabel, { metadata: { name: 'bookinfo', labels: {} } }, io),
    ).resolves.toBe('gone');
    get.mockRejectedValueOnce(notFound());
    await expect(writeStep(unlabel, bookinfo, io)).resolves.toBe('gone');
    // removed meanwhile (the watch has not caught up): nothing to write
    get.mockResolvedValueOnce({ metadata: { name: 'bookinfo', resourceVersion: '6', labels: {} } });
    await expect(writeStep(unlabel, bookinfo, io)).resolves.toBe('gone');
    expect(patch).not.toHaveBeenCalled();
  });

  it('deletes the CR in the served API version, guarded by its uid', async () => {
    del.mockResolvedValue({});
    const step: Step = {
      id: 'd',
      action: 'delete',
      ref: { kind: 'ZTunnel', name: 'default', uid: 'z1' },
    };
    await expect(writeStep(step, undefined, io)).resolves.toBe('written');
    expect(del.mock.calls[0][0].model.apiVersion).toBe('v1alpha1');
    expect(del.mock.calls[0][0].json).toMatchObject({ preconditions: { uid: 'z1' } });
    del.mockRejectedValueOnce(notFound());
    await expect(writeStep(step, undefined, io)).resolves.toBe('gone');
    del.mockRejectedValueOnce(new Error('boom'));
    await expect(writeStep(step, undefined, io)).rejects.toThrow('boom');
  });
});
