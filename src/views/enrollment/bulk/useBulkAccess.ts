import * as React from 'react';
import { checkAccess } from '@openshift-console/dynamic-plugin-sdk';
import { runLimited } from '../../../mesh/enrollment/bulk';

/**
 * Whether the user may patch each selected namespace: one review per selected namespace, a few
 * at a time. Returns the forbidden names and whether the reviews are still running.
 */
export const useBulkAccess = (names: string[]): { forbidden: string[]; checking: boolean } => {
  const [state, setState] = React.useState({ forbidden: [] as string[], checking: true });
  const key = names.join('\n');
  React.useEffect(() => {
    let live = true;
    const forbidden: string[] = [];
    const list = key === '' ? [] : key.split('\n');
    void runLimited(list, 6, async (name) => {
      try {
        const review = await checkAccess({
          group: '',
          resource: 'namespaces',
          verb: 'patch',
          name,
          namespace: name,
        });
        if (!review.status?.allowed) forbidden.push(name);
      } catch {
        // the API server still enforces access; a failed review does not block
      }
    }).then(() => live && setState({ forbidden: forbidden.sort(), checking: false }));
    return () => {
      live = false;
    };
  }, [key]);
  return state;
};
