import { ChangedMeanwhileError } from '../install/write';
import type { JsonPatchOp } from '../install/adopt';
import { fieldPatch, writeField, type FieldWriter } from './write';

type Obj = {
  metadata: { name: string; resourceVersion: string; generation: number };
  spec: { version?: string; profile?: string; targetRef?: { kind: string; name: string } };
};

const istio = (version: string, rv = '5', generation = 2): Obj => ({
  metadata: { name: 'default', resourceVersion: rv, generation },
  spec: { version, profile: 'ambient' },
});

const conflict = () => Object.assign(new Error('conflict'), { code: 409 });

const fake = (server: Obj, failFirst = 0) => {
  const patches: JsonPatchOp[][] = [];
  let fails = failFirst;
  const io: FieldWriter<Obj> = {
    get: jest.fn(async () => server),
    patch: jest.fn(async (_o: Obj, ops: JsonPatchOp[]) => {
      patches.push(ops);
      if (fails > 0) {
        fails -= 1;
        throw conflict();
      }
      return { ...server, metadata: { ...server.metadata, generation: 3 } };
    }),
  };
  return { io, patches };
};

describe('fieldPatch', () => {
  it('tests the resourceVersion and replaces spec.version only', () => {
    expect(fieldPatch('Istio', 'v1.26.8', istio('v1.26.8'), 'v1.27.3')).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '5' },
      { op: 'replace', path: '/spec/version', value: 'v1.27.3' },
    ]);
  });

  it('is empty when the object is already at the target', () => {
    expect(fieldPatch('Istio', 'v1.26.8', istio('v1.27.3'), 'v1.27.3')).toEqual([]);
  });

  it("writes a tag's targetRef name", () => {
    const tag = {
      metadata: { name: 'default', resourceVersion: '9' },
      spec: { targetRef: { kind: 'IstioRevision', name: 'default-v1-26-8' } },
    };
    expect(fieldPatch('IstioRevisionTag', 'default-v1-26-8', tag, 'default-v1-27-3')).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '9' },
      { op: 'replace', path: '/spec/targetRef/name', value: 'default-v1-27-3' },
    ]);
  });
});

describe('writeField', () => {
  it('patches once and returns the generation the write produced', async () => {
    const { io, patches } = fake(istio('v1.26.8'));
    const r = await writeField('Istio', io, istio('v1.26.8'), 'v1.27.3');
    expect(r).toMatchObject({ outcome: 'patched', generation: 3 });
    expect(patches).toHaveLength(1);
    expect(io.get).not.toHaveBeenCalled();
  });

  it('never re-patches an object already at the target', async () => {
    const { io, patches } = fake(istio('v1.27.3'));
    const r = await writeField('Istio', io, istio('v1.27.3', '7', 3), 'v1.27.3');
    expect(r).toMatchObject({ outcome: 'unchanged', generation: 3 });
    expect(patches).toHaveLength(0);
  });

  it('re-reads on a refused guard and sends the patch again from the fresh object', async () => {
    const { io, patches } = fake(istio('v1.26.8', '6'), 1);
    await writeField('Istio', io, istio('v1.26.8', '5'), 'v1.27.3');
    expect(patches.map((p) => p[0])).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '5' },
      { op: 'test', path: '/metadata/resourceVersion', value: '6' },
    ]);
  });

  it('stops with what changed when someone set another version meanwhile', async () => {
    const { io, patches } = fake(istio('v1.26.9', '6'), 1);
    const p = writeField('Istio', io, istio('v1.26.8', '5'), 'v1.27.3');
    await expect(p).rejects.toBeInstanceOf(ChangedMeanwhileError);
    await expect(p).rejects.toMatchObject({
      changes: [{ path: 'spec.version', old: 'v1.26.8', new: 'v1.26.9' }],
    });
    expect(patches).toHaveLength(1);
  });

  it('stops without a second patch when the target was set meanwhile', async () => {
    const { io, patches } = fake(istio('v1.27.3', '6'), 1);
    const r = await writeField('Istio', io, istio('v1.26.8', '5'), 'v1.27.3');
    expect(r.outcome).toBe('unchanged');
    expect(patches).toHaveLength(1);
  });

  it('passes other errors through', async () => {
    const io: FieldWriter<Obj> = {
      get: jest.fn(),
      patch: jest.fn(async () => {
        throw Object.assign(new Error('forbidden'), { code: 403 });
      }),
    };
    await expect(writeField('Istio', io, istio('v1.26.8'), 'v1.27.3')).rejects.toThrow('forbidden');
    expect(io.get).not.toHaveBeenCalled();
  });
});
