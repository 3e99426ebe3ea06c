import * as React from 'react';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import { errorMessage } from '../../../k8s/errors';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { changedSince, rollbackChanges, type LabelsBefore } from '../../../mesh/migration/plan';
import { patchNamespaceLabels } from '../../../resources/namespace/mutations';

export type Rollback = {
  status: 'idle' | 'writing' | 'done' | 'failed';
  error?: string;
  /** What the rollback writes, from the live namespace. */
  changes: LabelChanges;
  /** Labels the move set that someone changed since: left as they are. */
  kept: { key: string; value: string | null }[];
  run: () => void;
};

/** The rollback of the move's label write: one guarded write on the live namespace. */
export const useRollback = (
  namespace: NamespaceKind,
  before: LabelsBefore | undefined,
  applied: LabelChanges | undefined,
): Rollback => {
  const [status, setStatus] = React.useState<Rollback['status']>('idle');
  const [error, setError] = React.useState<string>();
  const changes = React.useMemo(
    () => (before && applied ? rollbackChanges(namespace, before, applied) : {}),
    [namespace, before, applied],
  );
  const kept = React.useMemo(
    () => (applied && status !== 'done' ? changedSince(namespace, applied) : []),
    [namespace, applied, status],
  );
  const run = React.useCallback(() => {
    setStatus('writing');
    setError(undefined);
    patchNamespaceLabels(namespace, changes)
      .then(() => setStatus('done'))
      .catch((e) => {
        setError(errorMessage(e));
        setStatus('failed');
      });
  }, [namespace, changes]);
  return { status, error, changes, kept, run };
};
