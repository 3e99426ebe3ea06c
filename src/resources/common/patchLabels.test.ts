import { k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel } from '../../models';
import { isLabelConflict, type LabelConflictError } from '../../k8s/common/labelPatch';
import { patchLabels } from './patchLabels';

const patch = jest.mocked(k8sPatch);
const get = jest.mocked(k8sGet);
const MODE = 'istio.io/dataplane-mode';
const ns = (rv: string, labels: Record<string, string>): K8sResourceCommon => ({
  metadata: { name: 'shop', resourceVersion: rv, labels },
});
const invalid = Object.assign(new Error('test failed'), { json: { code: 422 } });

describe('patchLabels', () => {
  beforeEach(() => {
    patch.mockReset();
    get.mockReset();
  });

  it('sends one guarded patch and reads nothing when the object did not change', async () => {
    patch.mockResolvedValue(ns('2', { [MODE]: 'ambient' }));
    await patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' });
    expect(patch).toHaveBeenCalledTimes(1);
    expect(patch.mock.calls[0][0].data[0]).toEqual({
      op: 'test',
      path: '/metadata/resourceVersion',
      value: '1',
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('stops, without overwriting, when someone else set the label meanwhile', async () => {
    patch.mockRejectedValue(invalid);
    get.mockResolvedValue(ns('5', { [MODE]: 'none' }));
    const error = await patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' }).catch(
      (e: unknown) => e,
    );
    expect(isLabelConflict(error)).toBe(true);
    expect((error as LabelConflictError).conflicts).toEqual([
      { key: MODE, seen: null, now: 'none', wanted: 'ambient' },
    ]);
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('writes again from the fresh object when only other labels changed', async () => {
    patch.mockRejectedValueOnce(invalid).mockResolvedValueOnce(ns('6', { [MODE]: 'ambient' }));
    get.mockResolvedValue(ns('5', { team: 'a' }));
    await patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' });
    expect(patch).toHaveBeenCalledTimes(2);
    // the retry is guarded too, by the version it read
    expect(patch.mock.calls[1][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '5' },
      { op: 'add', path: `/metadata/labels/${MODE.replace('/', '~1')}`, value: 'ambient' },
    ]);
  });

  it('does not write when the server already holds the wanted value', async () => {
    patch.mockRejectedValueOnce(Object.assign(new Error('conflict'), { json: { code: 409 } }));
    get.mockResolvedValue(ns('5', { [MODE]: 'ambient' }));
    const out = await patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' });
    expect(out.metadata?.resourceVersion).toBe('5');
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('passes other failures through without a retry', async () => {
    patch.mockRejectedValue(Object.assign(new Error('forbidden'), { json: { code: 403 } }));
    await expect(patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' })).rejects.toThrow(
      'forbidden',
    );
    expect(get).not.toHaveBeenCalled();
    // an invalid patch of an unchanged object is not retried either
    patch.mockReset().mockRejectedValue(invalid);
    get.mockResolvedValue(ns('1', {}));
    await expect(patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'x y' })).rejects.toBe(invalid);
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('tries a 409 again even when the object did not move', async () => {
    patch
      .mockRejectedValueOnce(Object.assign(new Error('conflict'), { json: { code: 409 } }))
      .mockResolvedValueOnce(ns('2', { [MODE]: 'ambient' }));
    get.mockResolvedValue(ns('1', {}));
    await patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' });
    expect(patch).toHaveBeenCalledTimes(2);
  });

  it('gives up after a bounded number of attempts when the object keeps changing', async () => {
    patch.mockRejectedValue(invalid);
    let rv = 10;
    get.mockImplementation(async () => {
      rv += 1;
      return ns(String(rv), { team: String(rv) }) as never;
    });
    await expect(patchLabels(NamespaceModel, ns('1', {}), { [MODE]: 'ambient' })).rejects.toBe(
      invalid,
    );
    expect(patch).toHaveBeenCalledTimes(4);
  });

  it('reads an object it never got from the API before writing', async () => {
    get.mockResolvedValue(ns('9', {}));
    patch.mockResolvedValue(ns('10', { [MODE]: 'ambient' }));
    await patchLabels(NamespaceModel, { metadata: { name: 'shop' } }, { [MODE]: 'ambient' });
    expect(patch.mock.calls[0][0].data[0]).toEqual({
      op: 'test',
      path: '/metadata/resourceVersion',
      value: '9',
    });
  });
});
