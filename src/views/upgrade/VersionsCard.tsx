import * as React from 'react';
import { Card, CardBody, CardTitle } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { PodKind } from '../../k8s/pod/types';
import { podVersion } from '../../mesh/upgrade/progress';
import { readiness } from '../../mesh/health/health';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { UpgradeData } from './useUpgradeData';

/** `1.26.8 on 3 pods, 1.27.3 on 1 pod`: the versions a component's pods run, with counts. */
const podVersions = (
  pods: PodKind[],
  unknown: string,
  format: (version: string, count: number) => string,
): string => {
  const counts = new Map<string, number>();
  for (const p of pods) {
    const v = podVersion(p) ?? unknown;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].map(([v, n]) => format(v, n)).join(', ');
};

/** The running versions: each CR's `spec.version`, Ready, and what its pods run. */
export const VersionsCard: React.FC<{ data: UpgradeData }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const { istio, ztunnel, cni } = data.install;
  const format = (version: string, count: number) =>
    t('{{version}} on {{count}} pod', {
      version,
      count,
      defaultValue_other: '{{version}} on {{count}} pods',
    });
  const rows = [
    { kind: 'Istio', obj: istio, pods: data.pods.istiod, what: t('istiod pods') },
    { kind: 'ZTunnel', obj: ztunnel, pods: data.pods.ztunnel, what: t('ztunnel pods') },
    { kind: 'IstioCNI', obj: cni, pods: data.pods.cni, what: t('istio-cni-node pods') },
  ];
  return (
    <Card>
      <CardTitle>{t('Running versions')}</CardTitle>
      <CardBody>
        <Table aria-label={t('Running versions')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Resource')}</Th>
              <Th>{t('Version (spec)')}</Th>
              <Th>{t('Ready')}</Th>
              <Th>{t('Pods run')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((r) => (
              <Tr key={r.kind} data-test={`version-${r.kind}`}>
                <Td dataLabel={t('Resource')}>
                  {r.obj ? `${r.kind}/${r.obj.metadata?.name ?? ''}` : r.kind}
                </Td>
                <Td dataLabel={t('Version (spec)')}>
                  {r.obj ? (r.obj.spec?.version ?? t('Not set')) : t('Not installed')}
                </Td>
                <Td dataLabel={t('Ready')}>
                  {r.obj && (readiness(r.obj, r.kind).ready ? t('Yes') : t('No'))}
                </Td>
                <Td dataLabel={t('Pods run')}>
                  {data.podsLoaded
                    ? `${r.what}: ${podVersions(r.pods, t('unknown'), format) || t('none')}`
                    : t('Loading')}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </CardBody>
    </Card>
  );
};
