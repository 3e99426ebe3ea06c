import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { buildTopology } from '../../mesh/topology/model';
import { generateCluster } from '../../testing/objects';
import { TopologyView } from './TopologyView';

// The graph (react-topology) is covered by the browser tests.
jest.mock('./graph/TopologyGraph', () => ({ TopologyGraph: () => null }));

const model = buildTopology(generateCluster({ nodes: 2, namespaces: 2, pods: 6 }));

const view = (listing: boolean) => (
  <MemoryRouter initialEntries={['/ambient-mesh/topology']}>
    <TopologyView
      model={model}
      loaded
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
});
