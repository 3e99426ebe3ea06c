import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { buildTopology } from '../../mesh/topology/model';
import { generateCluster } from '../../testing/objects';
import { TopologyView } from './TopologyView';

// The graph (react-topology) is covered by the browser tests.
jest.mock('./graph/TopologyGraph', () => ({ TopologyGraph: () => null }));

const model = buildTopology(generateCluster({ nodes: 2, namespaces: 2, pods: 6 }));

const view = (listing: boolean, shown = model, loaded = true, onShown?: () => void) => (
  <MemoryRouter initialEntries={['/ambient-mesh/topology']}>
    <TopologyView
      model={shown}
      loaded={loaded}
      onShown={onShown}
      whole={!listing}
      listing={listing}
      error={undefined}
      partial={[]}
      filters={{}}
      setNamespace={jest.fn()}
      setFilter={jest.fn()}
      clear={jest.fn()}
    />
  </MemoryRouter>
);

describe('TopologyView: a pods list still coming in', () => {
  it('says more pods are loading beside the count while the list comes in, and not after', () => {
    const { rerender } = render(view(true));
    expect(screen.getByText('Loading more pods…')).toHaveAttribute('role', 'status');
    expect(
      screen.getByText(`${model.rows.length} of ${model.rows.length} pods`),
    ).toBeInTheDocument();

    rerender(view(false));
    expect(screen.queryByText('Loading more pods…')).not.toBeInTheDocument();
    expect(
      screen.getByText(`${model.rows.length} of ${model.rows.length} pods`),
    ).toBeInTheDocument();
  });

  it('counts thousands of pods with the separators of the language', () => {
    const large = buildTopology(generateCluster({ nodes: 4, namespaces: 10, pods: 1234 }));
    expect(large.rows).toHaveLength(1234);
    render(view(false, large));
    expect(screen.getByText('1,234 of 1,234 pods')).toBeInTheDocument();
  });
});

describe('TopologyView: its first data shown', () => {
  it('says so once its rows are on the page, not while it loads', () => {
    const onShown = jest.fn();
    const { rerender } = render(view(true, model, false, onShown));
    expect(onShown).not.toHaveBeenCalled();
    rerender(view(true, model, true, onShown));
    expect(screen.getAllByRole('row').length).toBeGreaterThan(1);
    expect(onShown).toHaveBeenCalled();
  });
});
