import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { configure, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import UpgradePage from './UpgradePage';
import { freshCluster, watchFrom, type FakeCluster } from '../../testing/installCluster';
import { answerWatches, implement } from '../../testing/watch';

configure({ testIdAttribute: 'data-test' });

const show = (cluster: FakeCluster, url = '/ambient-mesh/upgrade') => {
  answerWatches(watchFrom(cluster));
  return render(
    <MemoryRouter initialEntries={[url]}>
      <UpgradePage />
    </MemoryRouter>,
  );
};

const cr = (version: string) => ({
  metadata: { name: 'default', generation: 1 },
  spec: { version, namespace: 'istio-system' },
  status: { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] },
});
const installed = () => {
  const c = freshCluster('release-1.27');
  c.lists.Istio = [cr('v1.26.8')];
  c.lists.ZTunnel = [cr('v1.26.8')];
  c.lists.IstioCNI = [cr('v1.26.8')];
  return c;
};

describe('UpgradePage', () => {
  afterEach(() => implement(jest.mocked(useAccessReview), () => [true, false]));

  it('sends to the install wizard when nothing is installed', () => {
    show(freshCluster('release-1.27'));
    expect(screen.getByText('No install found')).toBeInTheDocument();
    expect(screen.getByText('Go to the install wizard')).toHaveAttribute(
      'href',
      '/ambient-mesh/install',
    );
  });

  it('shows the InPlace plan in order for a supported target', () => {
    show(installed(), '/ambient-mesh/upgrade?to=v1.27.9');
    expect(screen.getByTestId('version-Istio')).toHaveTextContent('v1.26.8');
    expect(screen.getByTestId('step-Istio/default')).toHaveTextContent('v1.26.8 -> v1.27.9');
    const ids = screen.getAllByTestId(/^step-/).map((e) => e.getAttribute('data-test'));
    expect(ids).toEqual(['step-Istio/default', 'step-ZTunnel/default', 'step-IstioCNI/default']);
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeEnabled();
  });

  it('refuses a jump of two minor versions with the reason', () => {
    show(installed(), '/ambient-mesh/upgrade?to=v1.28.0');
    expect(screen.getByTestId('target-refused')).toHaveTextContent(
      'More than one minor version ahead',
    );
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeDisabled();
    expect(screen.queryByTestId('step-Istio/default')).not.toBeInTheDocument();
  });

  it('disables the upgrade with the reason when the user may not patch a CR', () => {
    implement(jest.mocked(useAccessReview), (r) => [r.resource !== 'ztunnels', false]);
    show(installed(), '/ambient-mesh/upgrade?to=v1.27.9');
    expect(screen.getByTestId('disabled-reason')).toHaveTextContent(
      'You may not: patch ztunnels/default',
    );
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeDisabled();
  });
});
