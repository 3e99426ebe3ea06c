import * as React from 'react';
import { Card, CardBody, CardTitle, Label, LabelGroup, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { RevisionRow, RevisionUse } from '../../mesh/health/revisions';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type T = ReturnType<typeof useAmbientTranslation>['t'];

/** "2 namespaces (a, b), 3 pods", or "" when nothing references it. */
const describeUse =
  (t: T) =>
  (use: RevisionUse): string => {
    const parts = [
      ...(use.namespaces.length
        ? [
            t('{{count}} namespace ({{names}})', {
              count: use.namespaces.length,
              names: use.namespaces.join(', '),
              defaultValue_other: '{{count}} namespaces ({{names}})',
            }),
          ]
        : []),
      ...(use.pods
        ? [
            t('{{count, number}} pod', {
              count: use.pods,
              defaultValue_other: '{{count, number}} pods',
            }),
          ]
        : []),
    ];
    return parts.join(', ');
  };

/**
 * Each Istio's active revision and its older revisions still present (RevisionBased), the
 * IstioRevisionTags resolving to each and what references each,
 * counted as the Sail operator counts use (a tag, a namespace or a pod naming it; ambient
 * enrollment alone does not count).
 */
export const RevisionsCard: React.FC<{ rows: RevisionRow[] }> = ({ rows }) => {
  const { t } = useAmbientTranslation();
  const usedBy = describeUse(t);
  return (
    <Card isCompact data-test="revisions">
      <CardTitle>{t('Revisions')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <Table aria-label={t('Revisions')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Istio')}</Th>
                <Th>{t('Revision')}</Th>
                <Th>{t('Tags')}</Th>
                <Th>{t('In use')}</Th>
                <Th>{t('Used by')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((r) => (
                <Tr
                  key={`${r.istio}/${r.revision}`}
                  data-test={r.active ? `revision-${r.istio}` : `revision-${r.istio}-${r.revision}`}
                >
                  <Td dataLabel={t('Istio')}>{r.istio}</Td>
                  <Td dataLabel={t('Revision')}>
                    <span data-test="revision-name">{r.revision}</span>{' '}
                    {r.active ? (
                      <Label isCompact color="green">
                        {t('active')}
                      </Label>
                    ) : (
                      <Label
                        isCompact
                        color="grey"
                        title={t(
                          'An older revision: the operator removes it once nothing uses it and its grace period has passed',
                        )}
                      >
                        {t('previous')}
                      </Label>
                    )}
                    {r.isDefault && (
                      <>
                        {' '}
                        <Label isCompact color="blue">
                          {t('serves unlabelled namespaces and waypoints')}
                        </Label>
                      </>
                    )}
                  </Td>
                  <Td dataLabel={t('Tags')} data-test="revision-tags">
                    {r.tags.length ? (
                      <LabelGroup>
                        {r.tags.map((tag) => (
                          <Label
                            key={tag.name}
                            isCompact
                            color={tag.reconciled ? 'grey' : 'orange'}
                            title={
                              tag.reconciled
                                ? t('Used by: {{use}}', { use: usedBy(tag.use) || '-' })
                                : t('Not reconciled: it does not resolve to this revision yet')
                            }
                          >
                            {tag.name}
                          </Label>
                        ))}
                      </LabelGroup>
                    ) : (
                      '-'
                    )}
                  </Td>
                  <Td dataLabel={t('In use')} data-test="revision-in-use">
                    {r.inUse ? t('Yes') : t('No')}
                  </Td>
                  <Td dataLabel={t('Used by')} data-test="revision-used-by">
                    {[
                      ...r.tags.map((x) => t('tag {{tag}}', { tag: x.name })),
                      ...(usedBy(r.use) ? [usedBy(r.use)] : []),
                      ...r.tags
                        .filter((x) => usedBy(x.use))
                        .map((x) => t('via {{tag}}: {{use}}', { tag: x.name, use: usedBy(x.use) })),
                    ].join('; ') || '-'}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Stack>
      </CardBody>
    </Card>
  );
};
