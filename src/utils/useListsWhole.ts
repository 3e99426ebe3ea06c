import * as React from 'react';

/** How long loaded lists that may have more pages must stay unchanged to be taken as whole. */
export const LIST_QUIET_MS = 1000;

/**
 * Whether the watched lists behind `data` are all in: `complete` (each holds its last page, or
 * failed), or `loaded` and `data` unchanged for `quietMs`, as a list whose size is a multiple of
 * its page size gives no other sign that its last page is in. `data`: one value that changes
 * whenever any of the lists does (a memo of them).
 */
export const useListsWhole = (
  loaded: boolean,
  complete: boolean,
  data: unknown,
  quietMs = LIST_QUIET_MS,
): boolean => {
  const [quiet, setQuiet] = React.useState<{ data: unknown } | null>(null);
  React.useEffect(() => {
    if (!loaded || complete) return undefined;
    const timer = setTimeout(() => setQuiet({ data }), quietMs);
    return () => clearTimeout(timer);
  }, [loaded, complete, data, quietMs]);
  return complete || (loaded && quiet !== null && quiet.data === data);
};
