import * as React from 'react';
import { List, ListItem, Stack, Title } from '@patternfly/react-core';
import type { InstallPlan } from '../../../mesh/install/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { FieldChanges } from './FieldChanges';
import type { DryRun } from './useDryRun';

type Props = { plan: InstallPlan; dryRun: DryRun; live: Record<string, unknown> };

/**
 * What the install does to each object: the existing ones, exactly the fields that change (from
 * the server's dry run, compared with the live object) or that nothing changes; the new ones,
 * that they are created (their manifests are in the YAML tab).
 */
export const ReviewChanges: React.FC<Props> = ({ plan, dryRun, live }) => {
  const { t } = useAmbientTranslation();
  if (!dryRun.done) return null;
  const created = plan.steps.filter((s) => !live[s.id]);
  const existing = plan.steps.filter((s) => live[s.id]);
  return (
    <Stack hasGutter data-test="review-changes">
      {existing.map((s) => {
        const changes = dryRun.changes[s.id] ?? [];
        return (
          <div key={s.id} data-test={`existing-${s.id}`}>
            <Title headingLevel="h3" size="md">
              {changes.length
                ? t('{{id}} exists: these fields change', { id: s.id })
                : t('{{id}} exists: nothing changes', { id: s.id })}
            </Title>
            {changes.length > 0 && <FieldChanges id={s.id} changes={changes} />}
          </div>
        );
      })}
      {created.length > 0 && (
        <div data-test="review-created">
          <Title headingLevel="h3" size="md">
            {t('Created (manifests in the YAML tab)')}
          </Title>
          <List>
            {created.map((s) => (
              <ListItem key={s.id}>{s.id}</ListItem>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
};
