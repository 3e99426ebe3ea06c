import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { buildTopology } from '../../../mesh/topology/model';
import { generateCluster } from '../../../testing/objects';
import { WorkloadsTable } from './WorkloadsTable';

const model = buildTopology(generateCluster({ nodes: 2, namespaces: 3, pods: 120 }));
const drawnRows = () =>
  [...document.querySelectorAll('[data-test^="workload-"]')].map((r) =>
    r.getAttribute('data-test'),
  );
const workloadRows = () => drawnRows().length;

const table = (search = '') => (
  <MemoryRouter initialEntries={[`/ambient-mesh/topology${search}`]}>
    <WorkloadsTable rows={model.rows} filters={{}} />
  </MemoryRouter>
);

describe('WorkloadsTable: the first frame', () => {
  const height = window.innerHeight;
  afterEach(() => {
    window.innerHeight = height;
  });

  it('draws the rows the window can show first, then the whole page', async () => {
    // 920 px: 560 below the page's head, rows of at least 56 px
    window.innerHeight = 920;
    render(table());
    expect(workloadRows()).toBe(10);
    // the page and its count are the page's own from the start
    expect(screen.getAllByText('1 - 50').length).toBeGreaterThan(0);
    await waitFor(() => expect(workloadRows()).toBe(50));
  });

  it('draws the chosen page, from its own first row', async () => {
    window.innerHeight = 640;
    render(table('?page=2&perPage=20'));
    const first = drawnRows();
    expect(first).toHaveLength(5);
    await waitFor(() => expect(workloadRows()).toBe(20));
    expect(drawnRows().slice(0, 5)).toEqual(first);
    // page 2: none of the rows of page 1
    expect(screen.getAllByText('21 - 40').length).toBeGreaterThan(0);
  });

  it('draws a page shorter than the window whole at once', () => {
    window.innerHeight = 4000;
    render(table('?perPage=20'));
    expect(workloadRows()).toBe(20);
  });
});
