import { render, screen } from '@testing-library/react';
import { PageState } from './PageState';

describe('PageState', () => {
  it('shows a spinner while loading', () => {
    render(<PageState loaded={false}>content</PageState>);
    expect(screen.getByLabelText('Loading')).toBeInTheDocument();
    expect(screen.queryByText('content')).not.toBeInTheDocument();
  });

  it('shows the error before anything else', () => {
    render(
      <PageState loaded error={new Error('forbidden: namespaces')}>
        content
      </PageState>,
    );
    expect(screen.getByText('Could not load data')).toBeInTheDocument();
    expect(screen.getByText('forbidden: namespaces')).toBeInTheDocument();
  });

  it('shows the empty state with its title', () => {
    render(
      <PageState loaded empty emptyTitle="No namespaces">
        content
      </PageState>,
    );
    expect(screen.getByText('No namespaces')).toBeInTheDocument();
  });

  it('shows the content when loaded', () => {
    render(<PageState loaded>content</PageState>);
    expect(screen.getByText('content')).toBeInTheDocument();
  });
});
