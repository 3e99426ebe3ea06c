import { DEFAULT_PODS_PAGE_SIZE, MAX_PODS_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import type * as PageSize from './pageSize';

/** The module as a new page load sees it (its choice is made once per load). */
const freshLoad = (): typeof PageSize => {
  let mod: typeof PageSize | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof PageSize>('./pageSize');
  });
  if (!mod) throw new Error('not loaded');
  return mod;
};

describe('the cluster-wide pods page size', () => {
  beforeEach(() => window.localStorage.clear());

  it('is the default on a first visit, and fitted to the count seen on the next load', () => {
    const first = freshLoad();
    expect(first.allPodsPageSize()).toBe(DEFAULT_PODS_PAGE_SIZE);
    first.rememberPodsSeen(101252);
    // the same load keeps its choice: its watches stay one query
    expect(first.allPodsPageSize()).toBe(DEFAULT_PODS_PAGE_SIZE);
    expect(freshLoad().allPodsPageSize()).toBe(MAX_PODS_PAGE_SIZE);
  });

  it('keeps the default when storage holds nothing usable or refuses', () => {
    window.localStorage.setItem('ambient-mesh-plugin/cluster-pods-seen', 'many');
    expect(freshLoad().allPodsPageSize()).toBe(DEFAULT_PODS_PAGE_SIZE);
    const get = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(freshLoad().allPodsPageSize()).toBe(DEFAULT_PODS_PAGE_SIZE);
    get.mockRestore();
    const set = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota');
    });
    expect(() => freshLoad().rememberPodsSeen(5)).not.toThrow();
    set.mockRestore();
  });
});
