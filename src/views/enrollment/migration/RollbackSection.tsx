import * as React from 'react';
import {
  Alert,
  Button,
  Checkbox,
  List,
  ListItem,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { MoveFlow } from './useMoveFlow';

const labelText = (changes: Record<string, string | null>): string =>
  Object.entries(changes)
    .map(([k, v]) => (v === null ? `${k}-` : `${k}=${v}`))
    .join(' ');

/**
 * Rollback: the injection labels back exactly as they were, the labels the move set removed
 * while they still hold its values; then, with consent, the restarts that bring sidecars back.
 */
export const RollbackSection: React.FC<{ flow: MoveFlow }> = ({ flow }) => {
  const { t } = useAmbientTranslation();
  const { rollback, rollbackTargets, access } = flow;
  const [consent, setConsent] = React.useState(false);
  const nothing = Object.keys(rollback.changes).length === 0;
  return (
    <Stack hasGutter data-test="rollback">
      <StackItem>
        <Title headingLevel="h3" size="md">
          {t('Rollback')}
        </Title>
      </StackItem>
      {rollback.status !== 'done' && (
        <>
          <StackItem>
            {nothing
              ? t('No label to restore')
              : t('Writes {{labels}} on the namespace', { labels: labelText(rollback.changes) })}
          </StackItem>
          {rollback.kept.length > 0 && (
            <StackItem>
              <Alert
                variant="warning"
                isInline
                title={t('Changed since the move: left as they are')}
              >
                {rollback.kept.map((k) => `${k.key}=${k.value ?? t('(none)')}`).join(', ')}
              </Alert>
            </StackItem>
          )}
          {rollback.error && (
            <StackItem>
              <Alert variant="danger" isInline title={t('Rollback failed')}>
                {rollback.error}
              </Alert>
            </StackItem>
          )}
          <StackItem>
            <Button
              variant="secondary"
              onClick={rollback.run}
              isDisabled={nothing || rollback.status === 'writing' || !access.labelNamespace}
              isLoading={rollback.status === 'writing'}
              data-test="rollback-labels"
            >
              {t('Roll back labels')}
            </Button>
          </StackItem>
        </>
      )}
      {rollback.status === 'done' && (
        <StackItem>
          <Alert variant="info" isInline title={t('The injection labels are back')}>
            {t('Pods restarted earlier run without a sidecar until they are restarted again.')}
          </Alert>
        </StackItem>
      )}
      {rollback.status === 'done' && flow.kind === 'move' && rollbackTargets.length > 0 && (
        <>
          <StackItem>
            <Checkbox
              id="rollback-restart"
              label={t('Restart these workloads one at a time so their pods get a sidecar again')}
              isChecked={consent}
              isDisabled={!!flow.restartDenied}
              description={flow.restartDenied}
              onChange={(_e, c) => setConsent(c)}
              body={
                <List>
                  {rollbackTargets.map((w) => (
                    <ListItem key={w.id}>{`${w.kind} ${w.name}`}</ListItem>
                  ))}
                </List>
              }
            />
          </StackItem>
          <StackItem>
            <Button
              variant="secondary"
              onClick={flow.restartAfterRollback}
              isDisabled={!consent}
              data-test="rollback-restart"
            >
              {t('Restart again')}
            </Button>
          </StackItem>
        </>
      )}
    </Stack>
  );
};
