import * as React from 'react';
import { act, render } from '@testing-library/react';
import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { pageResponse, provideTextDecoder } from '../../testing/listPage';
import { PodModel, gvkOf } from '../../models';
import { useListWatch } from './useListWatch';

jest.unmock('./useListWatch');

type Answer = [unknown[] | undefined, boolean, unknown];
const answers: Answer[] = [];
const Probe: React.FC<{ namespace?: string; on: boolean }> = ({ namespace, on }) => {
  answers.push(
    useListWatch(
      on ? { groupVersionKind: gvkOf(PodModel), isList: true, namespace } : null,
      PodModel,
    ),
  );
  return null;
};
const last = () => answers[answers.length - 1];
const settle = () =>
  act(async () => {
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
  });

let resolveList: ((body: object) => void)[] = [];
beforeEach(() => {
  answers.length = 0;
  resolveList = [];
  provideTextDecoder();
  jest.mocked(consoleFetch).mockReset();
  // each list page answers when the test says, with the bytes of the body it is given
  jest
    .mocked(consoleFetch)
    .mockImplementation(
      () => new Promise((resolve) => resolveList.push((body) => resolve(pageResponse(body)))),
    );
});

describe('useListWatch', () => {
  it('answers a switched-off watch as the console does: loaded, with nothing', () => {
    render(<Probe on={false} />);
    expect(last()).toEqual([undefined, true, undefined]);
    expect(consoleFetch).not.toHaveBeenCalled();
  });

  it('is not loaded until its own query answered, also when the query changes', async () => {
    const view = render(<Probe on />);
    expect(last()).toEqual([undefined, false, undefined]);
    await settle();
    await act(async () => resolveList[0]({ items: [{ metadata: { name: 'a' } }], metadata: {} }));
    expect(last()[1]).toBe(true);
    expect(last()[0]).toEqual([{ metadata: { name: 'a' } }]);

    view.rerender(<Probe on namespace="app" />);
    // the first render of the new query shows nothing of the old one
    expect(answers.some((a) => a[1] === true && a[0] === undefined)).toBe(false);
    expect(last()).toEqual([undefined, false, undefined]);
    await settle();
    expect(jest.mocked(consoleFetch).mock.calls[1][0]).toContain('/namespaces/app/pods');
    view.unmount();
  });
});
