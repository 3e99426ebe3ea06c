import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelChanges } from '../../k8s/common/labelPatch';
import { useLabelWrites, type LabelWrites } from './useLabelWrites';

type Obj = K8sResourceCommon;
const obj = (name: string, labels: Record<string, string>, resourceVersion = '1'): Obj => ({
  metadata: { name, labels, resourceVersion },
});

const harness = (patch: (o: Obj, c: LabelChanges) => Promise<Obj>) => {
  const out: { writes?: LabelWrites<Obj> } = {};
  const Harness: React.FC<{ watched: Obj[] }> = ({ watched }) => {
    out.writes = useLabelWrites(watched, patch);
    return null;
  };
  const view = render(<Harness watched={[obj('a', {})]} />);
  return {
    writes: () => out.writes as LabelWrites<Obj>,
    watch: (watched: Obj[]) => view.rerender(<Harness watched={watched} />),
  };
};

describe('useLabelWrites', () => {
  it('shows the change at once and keeps it until the watch shows it', async () => {
    const patch = jest.fn(async (o: Obj) =>
      obj('a', { m: 'ambient' }, `${o.metadata?.resourceVersion}+`),
    );
    const h = harness(patch);
    await act(async () => {
      expect(await h.writes().write('a', { m: 'ambient' })).toBe(true);
    });
    expect(h.writes().display([obj('a', {})])[0].metadata?.labels).toEqual({ m: 'ambient' });
    expect(h.writes().pending).toEqual({ a: { m: 'ambient' } });
    h.watch([obj('a', { m: 'ambient' }, '2')]);
    expect(h.writes().pending).toEqual({});
  });

  it('builds on its last write until the watch catches up', async () => {
    const patch = jest.fn(async (o: Obj, c: LabelChanges) => ({
      ...o,
      metadata: {
        ...o.metadata,
        labels: { ...o.metadata?.labels, ...c } as Record<string, string>,
      },
    }));
    const h = harness(patch);
    await act(async () => {
      await h.writes().write('a', { x: '1' });
      await h.writes().write('a', { y: '2' });
    });
    expect(patch.mock.calls[1][0].metadata?.labels).toEqual({ x: '1' });
  });

  it('rolls back and records the error when the write fails', async () => {
    const h = harness(async () => Promise.reject(new Error('forbidden')));
    await act(async () => {
      expect(await h.writes().write('a', { m: 'ambient' })).toBe(false);
    });
    expect(h.writes().pending).toEqual({});
    expect(h.writes().errors).toEqual({ a: 'forbidden' });
    act(() => h.writes().dismissError('a'));
    expect(h.writes().errors).toEqual({});
  });
});
