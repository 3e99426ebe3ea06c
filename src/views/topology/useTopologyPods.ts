import { usePodsPreview } from '../../resources/pod/hooks';
import { CLUSTER_SCOPE } from '../../mesh/scope/scope';
import { type ScopedPodsWatch, useScopedPods } from '../../resources/scope/hooks';
import { refusedList } from '../../resources/common/watch';
import { PER_PAGE_DEFAULT } from './table/paging';

/**
 * How many pods the first read holds: twice the table's first page. The API lists pods by
 * namespace, then name, the table's default order, so their rows are the ones the whole list
 * shows first. Each pod costs about 2 KB to serve, read and parse before the first rows.
 */
export const PREVIEW_PODS = 2 * PER_PAGE_DEFAULT;

/**
 * The Topology page's pods: of `namespace`, or of every namespace the user may read (cluster-wide
 * when allowed, `useScopedPods`). The cluster-wide watch lists in large pages (a page of 25,000
 * pods is about 50 MB to read and parse), so the first rows come from a first read of a
 * hundred pods (`usePodsPreview`), and the watch is asked for only once those rows are shown
 * (`listAll`): a large page parsed before they are would hold them back. The first read's pods
 * are used until the watch has its first page. One namespace, or a user the first read refuses
 * (who may not list pods cluster-wide), goes to the watch at once.
 */
export const useTopologyPods = (
  namespace: string | undefined,
  listAll: boolean,
): ScopedPodsWatch => {
  const preview = usePodsPreview({ size: PREVIEW_PODS, enabled: !namespace });
  const watching = !!namespace || listAll || !!preview.error;
  // a first read the server refused: the watch goes straight to the user's namespaces
  const refused = refusedList(preview);
  const watch = useScopedPods({ namespace, enabled: watching, largePages: true, refused });
  if (namespace || preview.error) return watch;
  // a watch switched off answers "loaded" with nothing: the first read stands in for it until
  // the watch has its first page
  if (watching && (watch.loaded || !preview.loaded)) return watch;
  // the server listed pods cluster-wide: the user may
  return preview.loaded ? { ...preview, scope: CLUSTER_SCOPE } : { ...preview, scope: watch.scope };
};
