import * as React from 'react';
import { Alert, Button, Card, CardBody, CardTitle, Flex, Stack } from '@patternfly/react-core';
import { PageFrame } from '../../components/PageFrame';
import { leftovers } from '../../mesh/uninstall/leftovers';
import { buildUninstallPlan, namespacesToDelete } from '../../mesh/uninstall/plan';
import { remainingFor } from '../../mesh/uninstall/run';
import type { UninstallChoices } from '../../mesh/uninstall/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { RunActions } from '../common/RunActions';
import { ChoicesCard } from './ChoicesCard';
import { ConfirmModal } from './ConfirmModal';
import { FinalState } from './FinalState';
import { InventoryCard } from './InventoryCard';
import { StepsTable } from './StepsTable';
import { useDisabledReason } from './useDisabledReason';
import { useUninstallAccess } from './useUninstallAccess';
import { useUninstallData } from './useUninstallData';
import { useUninstallDryRun } from './useUninstallDryRun';
import { useUninstallRun } from './useUninstallRun';

const UninstallPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const data = useUninstallData();
  const access = useUninstallAccess();
  const [choices, setChoices] = React.useState<UninstallChoices>({
    unenroll: true,
    deleteNamespaces: [],
  });
  const effective = React.useMemo(
    () => ({
      ...choices,
      deleteNamespaces: access.canDeleteNamespaces ? choices.deleteNamespaces : [],
    }),
    [choices, access.canDeleteNamespaces],
  );
  const plan = React.useMemo(
    () => buildUninstallPlan(data.inventory, effective),
    [data.inventory, effective],
  );
  const run = useUninstallRun(data.input, data.ztunnelVersion);
  const dry = useUninstallDryRun(data.input, data.ztunnelVersion);
  const [confirming, setConfirming] = React.useState(false);
  const [chosen, setChosen] = React.useState<string[]>([]);
  const disabled = useDisabledReason(access, plan.blockers);
  const { status, steps, states } = run.state;
  const started = status !== 'idle';
  const start = () => {
    setConfirming(false);
    setChosen(namespacesToDelete(data.inventory, effective));
    dry.clear();
    run.start(plan.steps);
  };
  const remaining = Object.fromEntries(
    steps
      .filter((s) => states[s.id]?.status === 'waiting')
      .map((s) => [s.id, remainingFor(s, data.input)]),
  );
  const failed = steps.find((s) => states[s.id]?.status === 'failed');
  // A user who may not uninstall sees why, not the watches they may not make.
  const denied = !access.loading && !access.canRun;
  const confirm = confirming && (
    <ConfirmModal
      steps={plan.steps.length}
      namespaces={namespacesToDelete(data.inventory, effective)}
      onConfirm={start}
      onClose={() => setConfirming(false)}
    />
  );
  return (
    <PageFrame
      title={t('Uninstall ambient mode')}
      loaded={data.loaded || started || denied}
      error={started || denied ? undefined : data.error}
      after={confirm}
    >
      <Stack hasGutter>
        <Alert variant="info" isInline title={t('The Service Mesh operator stays installed')}>
          {t(
            'This page removes ambient mode: labels, waypoints, the ZTunnel, IstioCNI and Istio resources and, if you ask, their namespaces. To remove the operator itself, use Installed Operators.',
          )}
        </Alert>
        {!denied && <InventoryCard inventory={data.inventory} />}
        {!started && !denied && (
          <ChoicesCard
            choices={choices}
            onChange={setChoices}
            systemNamespaces={data.inventory.systemNamespaces}
            canDeleteNamespaces={access.canDeleteNamespaces}
          />
        )}
        {!denied && (
          <Card>
            <CardTitle>{started ? t('Progress') : t('Plan')}</CardTitle>
            <CardBody>
              <StepsTable
                steps={started ? steps : plan.steps}
                states={started ? states : undefined}
                dryRun={started ? undefined : dry.results}
                remaining={remaining}
              />
            </CardBody>
          </Card>
        )}
        {failed && (
          <Alert
            variant="danger"
            isInline
            title={t('The uninstall stopped')}
            data-test="run-failed"
          >
            {states[failed.id]?.timedOut
              ? t('Timed out waiting for {{what}} to go; still there: {{left}}', {
                  what: failed.id,
                  left: states[failed.id]?.error ?? '',
                })
              : t('{{what}}: {{error}}', {
                  what: failed.id,
                  error: states[failed.id]?.error ?? '',
                })}
          </Alert>
        )}
        {!started && (
          <RunActions
            label={t('Uninstall')}
            variant="danger"
            onRun={() => setConfirming(true)}
            onDryRun={() => dry.run(plan.steps)}
            dryRunning={dry.running}
            disabled={disabled}
          />
        )}
        {status === 'failed' && (
          <Flex>
            <Button variant="primary" onClick={run.retry}>
              {t('Retry')}
            </Button>
          </Flex>
        )}
        {(status === 'succeeded' || status === 'failed') && (
          <FinalState
            leftovers={leftovers(data.inventory, chosen)}
            finished={status === 'succeeded'}
          />
        )}
      </Stack>
    </PageFrame>
  );
};

export default UninstallPage;
