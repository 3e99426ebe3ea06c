import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { k8sCreate, k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { pod } from '../../../testing/objects';
import { answerWatches, resetWatches, switchedOffAnswer } from '../../../testing/watch';
import { MoveToAmbientModal } from './MoveToAmbientModal';

const travel: NamespaceKind = {
  kind: 'Namespace',
  metadata: { name: 'travel', resourceVersion: '3', labels: { 'istio-injection': 'enabled' } },
};
const ready = {
  metadata: { name: 'default', generation: 1 },
  status: { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] },
};
const web = {
  metadata: { name: 'web', namespace: 'travel', generation: 1 },
  spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: {} } },
};
const l7 = {
  metadata: { name: 'only-get', namespace: 'travel' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    rules: [{ to: [{ operation: { methods: ['GET'] } }] }],
  },
};

const serve = () =>
  answerWatches((r) => {
    if (!r) return switchedOffAnswer();
    const lists: Record<string, unknown[]> = {
      Pod: [
        pod('travel', 'web-1', {
          labels: { app: 'web' },
          annotations: { 'sidecar.istio.io/status': '{}' },
        }),
      ],
      Deployment: [web],
      AuthorizationPolicy: [l7],
      ZTunnel: [ready],
      IstioCNI: [ready],
      Istio: [{ ...ready, spec: {} }],
    };
    if (r.name) return [travel, true, undefined];
    return [lists[r.groupVersionKind?.kind ?? ''] ?? [], true, undefined];
  });

const byTest = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`[data-test="${id}"]`);
  if (!el) throw new Error(`no [data-test="${id}"]`);
  return el;
};

describe('MoveToAmbientModal', () => {
  beforeEach(() => {
    resetWatches();
    serve();
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    jest.mocked(k8sPatch).mockReset();
    jest.mocked(k8sCreate).mockReset();
  });

  it('shows the checks, the waypoint on by default for an L7 policy, and the workloads', () => {
    render(<MoveToAmbientModal namespace={travel} closeModal={jest.fn()} />);
    expect(screen.getByText('Ambient is installed: ZTunnel and IstioCNI are Ready')).toBeTruthy();
    expect(screen.getByText(/AuthorizationPolicy only-get \(methods\)/)).toBeTruthy();
    expect(
      screen.getByLabelText('Create waypoint waypoint and use it for the namespace'),
    ).toHaveProperty('checked', true);
    expect(screen.getByLabelText(/Restart these workloads/)).toHaveProperty('checked', false);
    expect(within(byTest('restart-targets')).getByText(/Deployment web/)).toBeTruthy();
  });

  it('creates the waypoint first and writes no label before it is Programmed', async () => {
    jest.mocked(k8sCreate).mockResolvedValue({});
    render(<MoveToAmbientModal namespace={travel} closeModal={jest.fn()} />);
    fireEvent.click(screen.getByLabelText(/Restart these workloads/));
    fireEvent.click(screen.getByRole('button', { name: 'Move to ambient' }));
    expect(jest.mocked(k8sCreate).mock.calls[0][0]).toMatchObject({
      data: { kind: 'Gateway', metadata: { name: 'waypoint', namespace: 'travel' } },
    });
    // the waypoint is not Programmed in this cluster: no label write yet
    expect(jest.mocked(k8sPatch)).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(byTest('step-waypoint').getAttribute('data-status')).toBe('waiting'),
    );
    expect(jest.mocked(k8sPatch)).not.toHaveBeenCalled();
  });

  it('is disabled with the reason when the user may not label the namespace', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    render(<MoveToAmbientModal namespace={travel} closeModal={jest.fn()} />);
    expect(screen.getByRole('button', { name: 'Move to ambient' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByText('You may not change the labels of namespace travel')).toBeTruthy();
  });
});
