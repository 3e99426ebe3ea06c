import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { IstioModel } from '../../models';
import { deleteObject } from './deletes';

const mock = k8sDelete as jest.MockedFunction<typeof k8sDelete>;
const status = (code: number) =>
  Object.assign(new Error(`HTTP ${code}`), { response: { status: code } });

describe('deleteObject', () => {
  beforeEach(() => mock.mockReset());

  it('sends DeleteOptions with the uid precondition and, for a dry run, dryRun=All', async () => {
    mock.mockResolvedValue({});
    await expect(
      deleteObject(IstioModel, { name: 'default' }, { guard: { uid: 'u1' }, dryRun: true }),
    ).resolves.toBe('deleted');
    expect(mock).toHaveBeenCalledWith({
      model: IstioModel,
      resource: { metadata: { name: 'default', namespace: undefined } },
      json: {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        propagationPolicy: 'Background',
        preconditions: { uid: 'u1' },
      },
      queryParams: { dryRun: 'All' },
    });
  });

  it('treats an object already gone as done, and passes other errors on', async () => {
    mock.mockRejectedValueOnce(status(404));
    await expect(deleteObject(IstioModel, { name: 'default' })).resolves.toBe('gone');
    mock.mockRejectedValueOnce(status(409));
    await expect(
      deleteObject(IstioModel, { name: 'default' }, { guard: { uid: 'x' } }),
    ).rejects.toThrow('HTTP 409');
    expect(mock.mock.calls[0][0]).not.toHaveProperty('queryParams');
    expect(mock.mock.calls[0][0].json).not.toHaveProperty('preconditions');
  });
});
