import { act, render, screen } from '@testing-library/react';
import { LIST_QUIET_MS, useListsWhole } from './useListsWhole';

type Props = { loaded: boolean; complete: boolean; data: unknown };

const Probe = ({ loaded, complete, data }: Props) => (
  <output>{useListsWhole(loaded, complete, data) ? 'whole' : 'listing'}</output>
);
const shown = () => screen.getByRole('status').textContent;

describe('useListsWhole', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is whole at once when the lists say their last pages are in', () => {
    render(<Probe loaded complete data={{}} />);
    expect(shown()).toBe('whole');
  });

  it('is not whole before the lists are loaded, however long nothing changes', () => {
    render(<Probe loaded={false} complete={false} data={{}} />);
    act(() => {
      jest.advanceTimersByTime(10 * LIST_QUIET_MS);
    });
    expect(shown()).toBe('listing');
  });

  it('takes loaded lists of unknown end as whole once they stayed unchanged for the quiet time', () => {
    const { rerender } = render(<Probe loaded complete={false} data={{ page: 1 }} />);
    expect(shown()).toBe('listing');
    // a next page comes just before the quiet time ends: the wait starts over
    act(() => {
      jest.advanceTimersByTime(LIST_QUIET_MS - 1);
    });
    rerender(<Probe loaded complete={false} data={{ page: 2 }} />);
    act(() => {
      jest.advanceTimersByTime(LIST_QUIET_MS - 1);
    });
    expect(shown()).toBe('listing');
    act(() => {
      jest.advanceTimersByTime(1);
    });
    expect(shown()).toBe('whole');
    // a later change: not whole again until quiet
    rerender(<Probe loaded complete={false} data={{ page: 3 }} />);
    expect(shown()).toBe('listing');
  });
});
