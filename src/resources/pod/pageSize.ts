import { podsPageSizeFor } from '../../mesh/scope/podsPageSize';

/** Where this browser keeps how many pods it last listed cluster-wide: a size hint, nothing else. */
export const PODS_SEEN_KEY = 'ambient-mesh-plugin/cluster-pods-seen';

let chosen: number | undefined;

const readSeen = (): number | undefined => {
  try {
    const stored = window.localStorage.getItem(PODS_SEEN_KEY);
    return stored === null ? undefined : Number(stored);
  } catch {
    return undefined;
  }
};

/**
 * The page size of every cluster-wide pod watch of this page load (`podsPageSizeFor`), chosen
 * once from the count this browser last saw, so that all of them are one query and share one
 * watch. A count seen during this load serves the next one.
 */
export const allPodsPageSize = (): number => {
  if (chosen === undefined) chosen = podsPageSizeFor(readSeen());
  return chosen;
};

/** Keeps the number of pods just listed cluster-wide, for the next load's page size. */
export const rememberPodsSeen = (count: number): void => {
  try {
    window.localStorage.setItem(PODS_SEEN_KEY, String(count));
  } catch {
    // storage refused (private mode, quota): the next load keeps the default page size
  }
};
