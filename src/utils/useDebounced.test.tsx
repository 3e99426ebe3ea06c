import { act, render, screen } from '@testing-library/react';
import { useDebounced } from './useDebounced';

const Probe = ({ value, immediate }: { value: string; immediate?: boolean }) => (
  <output>{useDebounced(value, 400, immediate)}</output>
);

describe('useDebounced', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('holds a value back until it has been still for the delay', () => {
    const { rerender } = render(<Probe value="a" />);
    rerender(<Probe value="b" />);
    act(() => jest.advanceTimersByTime(300));
    rerender(<Probe value="c" />);
    act(() => jest.advanceTimersByTime(300));
    expect(screen.getByRole('status')).toHaveTextContent('a');
    act(() => jest.advanceTimersByTime(100));
    expect(screen.getByRole('status')).toHaveTextContent('c');
  });

  it('passes values straight through while immediate', () => {
    const { rerender } = render(<Probe value="a" immediate />);
    rerender(<Probe value="b" immediate />);
    expect(screen.getByRole('status')).toHaveTextContent('b');
  });
});
