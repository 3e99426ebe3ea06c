import { DEFAULT_PODS_PAGE_SIZE, MAX_PODS_PAGE_SIZE, podsPageSizeFor } from './podsPageSize';

describe('podsPageSizeFor', () => {
  it('keeps the default while the cluster size is not known, or not usable', () => {
    for (const seen of [undefined, 0, -5, NaN, Infinity])
      expect(podsPageSizeFor(seen)).toBe(DEFAULT_PODS_PAGE_SIZE);
  });

  it('keeps pages of 2,000 up to a few tens of thousands of pods (the first rows wait for one)', () => {
    expect(podsPageSizeFor(30)).toBe(2000);
    expect(podsPageSizeFor(20302)).toBe(2000);
    expect(podsPageSizeFor(24999)).toBe(2000);
  });

  it('takes about a tenth of a larger list per page, in thousands, up to the largest page', () => {
    expect(podsPageSizeFor(35000)).toBe(4000);
    expect(podsPageSizeFor(60400)).toBe(6000);
    expect(podsPageSizeFor(101252)).toBe(MAX_PODS_PAGE_SIZE);
    expect(podsPageSizeFor(1_000_000)).toBe(MAX_PODS_PAGE_SIZE);
  });
});
