import { render, screen } from '@testing-library/react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import OverviewPage from './OverviewPage';

const watch = jest.mocked(useK8sWatchResource);

describe('OverviewPage', () => {
  it('says when ambient mode is not installed', () => {
    watch.mockReturnValue([[], true, undefined]);
    render(<OverviewPage />);
    expect(screen.getByText('Ambient mode is not installed')).toBeInTheDocument();
  });

  it('shows a load error', () => {
    watch.mockReturnValue([[], true, new Error('boom')]);
    render(<OverviewPage />);
    expect(screen.getByText('boom')).toBeInTheDocument();
  });
});
