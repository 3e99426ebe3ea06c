/** Page size of the cluster-wide pod list when the cluster's size is not known. */
export const DEFAULT_PODS_PAGE_SIZE = 2000;
/** The largest page sized to the cluster: 10,000 pods is about 20 MB of JSON read at once. */
export const MAX_PODS_PAGE_SIZE = 10000;
/**
 * The page of a list asked for only once the page's first rows are shown (`largePages`): 20,000
 * pods in one request, 100,000 in five. Each page costs a round trip, its read and parse, and a
 * render of every watcher before the console asks for the next one; 25,000 pods is about 50 MB.
 */
export const LARGE_PODS_PAGE_SIZE = 25000;

/**
 * The page of the namespace list asked for once a page's first rows are shown: 10,000
 * namespaces (about 5 MB) in one request, where the console's pages of 250 take one round trip,
 * read and render each.
 */
export const LARGE_NAMESPACES_PAGE_SIZE = 10000;

/**
 * The page size for a cluster-wide pod list, from the number of pods this browser last saw there
 * (undefined: not seen yet): about a tenth of the list per page, in thousands, between the
 * default and the largest. Each page costs a round trip and a render of every watcher, so a list
 * of 100,000 pods in pages of 2,000 pays for 51 of them; but the first page is what the first
 * rows wait for, so a cluster of 20,000 pods keeps pages of 2,000.
 */
export const podsPageSizeFor = (seen: number | undefined): number => {
  if (seen === undefined || !Number.isFinite(seen) || seen <= 0) return DEFAULT_PODS_PAGE_SIZE;
  const tenth = Math.round(seen / 10 / 1000) * 1000;
  return Math.min(MAX_PODS_PAGE_SIZE, Math.max(DEFAULT_PODS_PAGE_SIZE, tenth));
};
