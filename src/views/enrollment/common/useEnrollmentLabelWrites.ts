import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelChanges, LabelConflict } from '../../../k8s/common/labelPatch';
import { errorMessage } from '../../../k8s/errors';
import {
  useLabelWrites,
  type LabelWrites,
  type WriteProblem,
} from '../../../resources/common/useLabelWrites';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type T = ReturnType<typeof useAmbientTranslation>['t'];

const valueText = (t: T, v: string | null): string => (v === null ? t('(not set)') : v);

/** One conflict in words: which label, who changed it when known, old -> new. */
export const conflictText = (t: T, c: LabelConflict): string =>
  c.by
    ? t('{{key}} was changed by {{by}} ({{seen}} -> {{now}}); it was not overwritten.', {
        key: c.key,
        by: c.by,
        seen: valueText(t, c.seen),
        now: valueText(t, c.now),
      })
    : t('{{key}} was changed by someone else ({{seen}} -> {{now}}); it was not overwritten.', {
        key: c.key,
        seen: valueText(t, c.seen),
        now: valueText(t, c.now),
      });

/** Words a label write's problem for the user. */
export const useWriteProblemText = (): ((p: WriteProblem) => string) => {
  const { t } = useAmbientTranslation();
  return React.useCallback(
    (p: WriteProblem): string => {
      switch (p.kind) {
        case 'conflict':
          return p.conflicts.map((c) => conflictText(t, c)).join(' ');
        case 'reverted':
          return t('The cluster set {{key}} back to {{now}} after it was written as {{wanted}}.', {
            key: p.key,
            now: valueText(t, p.now),
            wanted: valueText(t, p.wanted),
          });
        case 'timeout':
          return t(
            'The cluster did not show the change within {{seconds}} s; showing what it holds.',
            { seconds: p.seconds },
          );
        default:
          return errorMessage(p.error);
      }
    },
    [t],
  );
};

/** `useLabelWrites` with its problems worded for the enrollment views. */
export const useEnrollmentLabelWrites = <K extends K8sResourceCommon>(
  watched: K[],
  patch: (obj: K, changes: LabelChanges) => Promise<K>,
): LabelWrites<K> => useLabelWrites(watched, patch, useWriteProblemText());
