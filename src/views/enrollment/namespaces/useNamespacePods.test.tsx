import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { PodKind } from '../../../k8s/pod/types';
import { sameItems, useNamespacePods } from './useNamespacePods';

const pods = (n: number, tag = '1'): PodKind[] =>
  Array.from({ length: n }, (_, i) => ({
    metadata: { name: `p-${i}`, namespace: `ns-${i % 10}`, resourceVersion: tag },
  }));

/** Renders the hook in a component; `rerender` renders it again with the list `get` gives. */
const renderHook = (get: () => PodKind[]) => {
  const result: { current: ReturnType<typeof useNamespacePods> } = {
    current: { byNamespace: new Map() },
  };
  const Probe: React.FC = () => {
    result.current = useNamespacePods(get());
    return null;
  };
  const view = render(<Probe />);
  return { result, rerender: () => view.rerender(<Probe />) };
};

describe('useNamespacePods', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('applies a small list at once', () => {
    const list = pods(30);
    const { result } = renderHook(() => list);
    expect(result.current.applied).toBe(list);
    expect(result.current.byNamespace.get('ns-3')).toHaveLength(3);
  });

  it('applies a large list in slices, giving the browser back the main thread between them', () => {
    jest.useFakeTimers();
    // every look at the clock finds the slice's time spent: one step of 1,000 pods per task
    let now = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => (now += 25));
    const list = pods(2500);
    const { result } = renderHook(() => list);
    expect(result.current.applied).toBeUndefined();
    act(() => {
      jest.advanceTimersByTime(0);
    });
    expect(result.current.applied).toBeUndefined();
    act(() => {
      jest.runOnlyPendingTimers();
    });
    expect(result.current.applied).toBe(list);
    expect(result.current.byNamespace.get('ns-0')).toHaveLength(250);
  });

  it('keeps the arrays of namespaces whose pods did not change, and no new state for the same pods', () => {
    let list = pods(30);
    const { result, rerender } = renderHook(() => list);
    const first = result.current;
    list = [...list];
    rerender();
    expect(result.current).toBe(first);
    list = list.map((p) =>
      p.metadata?.namespace === 'ns-1'
        ? { ...p, metadata: { ...p.metadata, resourceVersion: '2' } }
        : p,
    );
    rerender();
    expect(result.current.byNamespace.get('ns-2')).toBe(first.byNamespace.get('ns-2'));
    expect(result.current.byNamespace.get('ns-1')).not.toBe(first.byNamespace.get('ns-1'));
    expect(result.current.byNamespace.get('ns-1')?.[0].metadata?.resourceVersion).toBe('2');
  });
});

describe('sameItems', () => {
  it('compares the items, not the arrays', () => {
    const a = pods(3);
    expect(sameItems(a, [...a])).toBe(true);
    expect(sameItems(a, a.slice(1))).toBe(false);
    expect(sameItems(undefined, a)).toBe(false);
  });
});
