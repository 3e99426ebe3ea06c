import * as React from 'react';
import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { PageState } from '../../../components/PageState';
import { getName } from '../../../k8s/common/selectors';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { MigrationChecks } from './MigrationChecks';
import { MigrationOptions } from './MigrationOptions';
import { MigrationSteps } from './MigrationSteps';
import { RollbackSection } from './RollbackSection';
import { useAwaitingText } from './useAwaitingText';
import { useMigrationData } from './useMigrationData';
import { useMoveFlow } from './useMoveFlow';

export type MoveToAmbientModalProps = { namespace: NamespaceKind };

/**
 * "Move to ambient": the checks of upstream's migration guide, the choices (a waypoint, the
 * consent to restart), then the steps with their progress, Retry, and Rollback.
 */
export const MoveToAmbientModal: React.FC<MoveToAmbientModalProps & { closeModal: () => void }> = ({
  namespace,
  closeModal,
}) => {
  const { t } = useAmbientTranslation();
  const name = getName(namespace);
  const data = useMigrationData(namespace);
  const describe = useAwaitingText();
  const flow = useMoveFlow(data.input, describe);
  const { run, started } = flow;
  const busy = run.state.status === 'running' || flow.rollback.status === 'writing';
  const body = (
    <PageState loaded={data.loaded && !flow.access.checking} error={data.error}>
      <Stack hasGutter>
        {!started && (
          <>
            <StackItem>
              {t(
                'The namespace gets istio.io/dataplane-mode=ambient and loses its injection labels in one write; restarted pods come back without a sidecar, captured by ztunnel. Nothing else changes.',
              )}
            </StackItem>
            <StackItem>
              <MigrationChecks checks={flow.checks} />
            </StackItem>
            <StackItem>
              <MigrationOptions
                options={flow.options}
                onChange={flow.setOptions}
                newWaypoint={flow.checks.existingWaypoint ? undefined : flow.waypointName}
                existingWaypoint={flow.checks.existingWaypoint}
                targets={flow.targets}
                waypointDenied={flow.waypointDenied}
                restartDenied={flow.restartDenied}
              />
            </StackItem>
          </>
        )}
        {started && (
          <StackItem>
            <MigrationSteps
              steps={run.state.steps}
              states={run.state.states}
              current={run.current}
              describe={describe}
            />
          </StackItem>
        )}
        {run.state.status === 'succeeded' && flow.kind === 'move' && (
          <StackItem>
            <Alert
              variant="success"
              isInline
              title={t('{{name}} runs in ambient mode', { name })}
            />
          </StackItem>
        )}
        {run.state.status === 'succeeded' && flow.kind === 'rollback' && (
          <StackItem>
            <Alert variant="success" isInline title={t('{{name}} runs sidecars again', { name })} />
          </StackItem>
        )}
        {flow.canRollback && <RollbackSection flow={flow} />}
      </Stack>
    </PageState>
  );
  return (
    <Modal
      variant={ModalVariant.large}
      isOpen
      onClose={busy ? undefined : closeModal}
      aria-labelledby="move-to-ambient-title"
    >
      <ModalHeader
        title={t('Move {{name}} to ambient', { name })}
        labelId="move-to-ambient-title"
      />
      <ModalBody>{body}</ModalBody>
      <ModalFooter>
        {!started && (
          <Button
            variant="primary"
            onClick={flow.start}
            isDisabled={!data.loaded || !!flow.startDenied}
            data-test="move-start"
          >
            {t('Move to ambient')}
          </Button>
        )}
        {run.state.status === 'failed' && (
          <Button variant="primary" onClick={run.retry}>
            {t('Retry')}
          </Button>
        )}
        <Button variant="link" onClick={closeModal} isDisabled={busy}>
          {started ? t('Close') : t('Cancel')}
        </Button>
        {!started && flow.startDenied && <span>{flow.startDenied}</span>}
      </ModalFooter>
    </Modal>
  );
};
