import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom-v5-compat';
import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { type TopologyFilters, useTopologyFilters } from './useTopologyFilters';

const active = jest.mocked(useActiveNamespace);

let latest: TopologyFilters | undefined;
const Probe = () => {
  latest = useTopologyFilters();
  const location = useLocation();
  return <output>{`${location.search}|${latest.filters.namespace ?? 'all'}`}</output>;
};
const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>,
  );

describe('useTopologyFilters', () => {
  const setActive = jest.fn();
  beforeEach(() => {
    setActive.mockClear();
    active.mockReturnValue(['#ALL_NS#', setActive]);
  });

  it('takes the namespace from ?namespace= first', () => {
    active.mockReturnValue(['other', setActive]);
    renderAt('/ambient-mesh/topology?namespace=bookinfo');
    expect(screen.getByRole('status')).toHaveTextContent('?namespace=bookinfo|bookinfo');
  });

  it("follows the console's active namespace, all namespaces being #ALL_NS#", () => {
    active.mockReturnValue(['shop', setActive]);
    const { unmount } = renderAt('/ambient-mesh/topology');
    expect(screen.getByRole('status')).toHaveTextContent('|shop');
    unmount();
    active.mockReturnValue(['#ALL_NS#', setActive]);
    renderAt('/ambient-mesh/topology');
    expect(screen.getByRole('status')).toHaveTextContent('|all');
  });

  it('choosing a namespace sets both the active namespace and the query', () => {
    renderAt('/ambient-mesh/topology?namespace=a');
    act(() => latest?.setNamespace('b'));
    expect(setActive).toHaveBeenLastCalledWith('b');
    expect(screen.getByRole('status')).toHaveTextContent('?namespace=b|b');
    act(() => latest?.setNamespace(undefined));
    expect(setActive).toHaveBeenLastCalledWith('#ALL_NS#');
    expect(screen.getByRole('status')).toHaveTextContent(/^\|all$/);
  });

  it('keeps the other filters apart and clears them all', () => {
    renderAt('/ambient-mesh/topology?namespace=a');
    act(() => latest?.setFilter('protocol', 'TCP'));
    act(() => latest?.setFilter('problemsOnly', true));
    expect(latest?.filters).toEqual({ namespace: 'a', protocol: 'TCP', problemsOnly: true });
    act(() => latest?.clear());
    expect(latest?.filters).toEqual({ namespace: undefined });
  });
});
