import { k8sDelete, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RemoveRevision } from './RemoveRevision';
import { implement } from '../../testing/watch';

configure({ testIdAttribute: 'data-test' });

const del = jest.mocked(k8sDelete);
const status = (code: number, message: string) =>
  Object.assign(new Error(message), { code, json: { kind: 'Status', code, message } });

describe('RemoveRevision', () => {
  afterEach(() => {
    implement(jest.mocked(useAccessReview), () => [true, false]);
    del.mockReset();
  });

  it('asks first, then deletes the IstioRevision guarded by its uid', async () => {
    del.mockResolvedValue({});
    render(<RemoveRevision name="default-v1-26-8" uid="u-1" istiodNamespace="istio-system" />);
    await userEvent.click(screen.getByTestId('remove-revision-default-v1-26-8'));
    expect(screen.getByRole('dialog')).toHaveTextContent('istio-system');
    expect(del).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getByTestId('removing-default-v1-26-8')).toBeVisible());
    expect(del).toHaveBeenCalledTimes(1);
    const arg = del.mock.calls[0][0];
    expect(arg.model.kind).toBe('IstioRevision');
    expect(arg.resource.metadata?.name).toBe('default-v1-26-8');
    expect(arg.json).toMatchObject({ preconditions: { uid: 'u-1' } });
  });

  it('keeps the dialog open with the reason when the delete fails, and can try again', async () => {
    del.mockRejectedValueOnce(status(403, 'istiorevisions is forbidden')).mockResolvedValue({});
    render(<RemoveRevision name="r1" uid="u-2" istiodNamespace="istio-system" />);
    await userEvent.click(screen.getByTestId('remove-revision-r1'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('The revision was not removed')).toBeVisible();
    expect(screen.getByRole('dialog')).toHaveTextContent('forbidden');
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getByTestId('removing-r1')).toBeVisible());
    expect(del).toHaveBeenCalledTimes(2);
  });

  it('is disabled with the reason when the user may not delete IstioRevisions', async () => {
    implement(jest.mocked(useAccessReview), (r) => [r.verb !== 'delete', false]);
    render(<RemoveRevision name="r1" uid="u-3" istiodNamespace="istio-system" />);
    const button = screen.getByTestId('remove-revision-r1');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
