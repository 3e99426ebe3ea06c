import * as React from 'react';
import type { Awaiting } from '../../../mesh/migration/steps';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** What a step still waits for, in words (the timeout's reason and the live detail). */
export const useAwaitingText = (): ((a: Awaiting[]) => string[]) => {
  const { t } = useAmbientTranslation();
  return React.useCallback(
    (list: Awaiting[]) =>
      list.map((a) => {
        if (a.kind === 'missing') return t('not found');
        if (a.kind === 'waypoint')
          return t('waypoint not Programmed ({{state}}) {{message}}', {
            state: a.programmed,
            message: a.message ?? '',
          }).trim();
        if (a.kind === 'pods')
          return a.problems
            .map((p) => {
              if (p.problem === 'old') return t('{{pod}}: not replaced yet', { pod: p.pod });
              if (p.problem === 'sidecar') return t('{{pod}}: still has a sidecar', { pod: p.pod });
              return t('{{pod}}: not as wanted yet', { pod: p.pod });
            })
            .join(', ');
        const { reason, current = 0, desired = 0 } = a.status;
        const texts: Record<typeof reason, string> = {
          'spec-not-observed': t('waiting for the restart to be observed'),
          updating: t('{{current}} of {{desired}} new replicas updated', { current, desired }),
          'old-pending-termination': t('{{count}} old replica pending termination', {
            count: current,
          }),
          unavailable: t('{{current}} of {{desired}} updated replicas available', {
            current,
            desired,
          }),
          'not-ready': t('{{current}} of {{desired}} pods ready', { current, desired }),
          revision: t('{{current}} of {{desired}} pods at the new revision', { current, desired }),
          'deadline-exceeded': t('progress deadline exceeded'),
          'not-rolling-update': t('update strategy OnDelete: pods are not replaced by a restart'),
        };
        return texts[reason];
      }),
    [t],
  );
};
