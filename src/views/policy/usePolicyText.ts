import * as React from 'react';
import type { PolicyStatus, PolicyTarget } from '../../mesh/policy/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The words for a policy's target and verdict. */
export const usePolicyText = () => {
  const { t } = useAmbientTranslation();
  return React.useMemo(
    () => ({
      /** An L7 attribute: a field of the policy's rules in words, a `when` key as written. */
      attribute: (a: string): string =>
        ({
          methods: t('HTTP methods'),
          notMethods: t('HTTP methods (not)'),
          paths: t('paths'),
          notPaths: t('paths (not)'),
          hosts: t('hosts'),
          notHosts: t('hosts (not)'),
          requestPrincipals: t('request principals'),
          notRequestPrincipals: t('request principals (not)'),
        })[a] ?? a,
      target: (target: PolicyTarget): string => {
        switch (target.kind) {
          case 'selector':
            return t('Workloads with {{labels}}', {
              labels: Object.entries(target.matchLabels)
                .map(([k, v]) => `${k}=${v}`)
                .join(', '),
            });
          case 'namespace':
            return t('Every workload of namespace {{namespace}}', {
              namespace: target.namespace,
            });
          default:
            return t('{{kind}} {{name}}', { kind: target.kind, name: target.name });
        }
      },
      verdict: (s: PolicyStatus): string => {
        switch (s.verdict) {
          case 'enforced':
            return t('Enforced by waypoint {{waypoint}}', { waypoint: s.waypoint ?? '' });
          case 'no-waypoint':
            return t('Not enforced: no waypoint');
          case 'selector-bound':
            return t('Bound by selector: its waypoint does not enforce it (use targetRefs)');
          default:
            return t('Selects no workload in ambient mode');
        }
      },
    }),
    [t],
  );
};
