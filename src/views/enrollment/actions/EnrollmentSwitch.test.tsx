import { render, screen } from '@testing-library/react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { ns } from '../../../testing/objects';
import { EnrollmentSwitch } from './EnrollmentSwitch';

const review = jest.mocked(useAccessReview);
const write = jest.fn(() => Promise.resolve(true));
const toggle = () => (
  <EnrollmentSwitch namespace={ns('shop')} enrolled={false} findings={[]} write={write} />
);

describe('EnrollmentSwitch while its access review is pending', () => {
  afterAll(() => review.mockImplementation(() => [true, false]));

  it('is disabled and busy, without a tooltip to mount on every row', () => {
    review.mockImplementation(() => [false, true]);
    render(toggle());
    const input = screen.getByRole('switch');
    expect(input).toBeDisabled();
    expect(input).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelector('[data-test="ambient-switch-disabled-shop"]')).toBeNull();
  });

  it('stays the same element when the answer allows it: enabled, not mounted again', () => {
    review.mockImplementation(() => [false, true]);
    const { rerender } = render(toggle());
    const before = screen.getByRole('switch');
    review.mockImplementation(() => [true, false]);
    rerender(toggle());
    const after = screen.getByRole('switch');
    expect(after).toBe(before);
    expect(after).toBeEnabled();
    expect(after).not.toHaveAttribute('aria-busy');
  });

  it('gets the reason once the answer refuses it', () => {
    review.mockImplementation(() => [false, false]);
    render(toggle());
    expect(screen.getByRole('switch')).toBeDisabled();
    expect(document.querySelector('[data-test="ambient-switch-disabled-shop"]')).not.toBeNull();
  });
});
