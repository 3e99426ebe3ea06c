import * as React from 'react';
import { Alert, Button, Form, Stack } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { PageFrame } from '../../components/PageFrame';
import { useQueryParams } from '../../components/useQueryParams';
import { buildUpgradePlan, type UpgradePlan } from '../../mesh/upgrade/plan';
import { upgradePrechecks } from '../../mesh/upgrade/prechecks';
import { upgradeTargets, type RunningVersions } from '../../mesh/upgrade/targets';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { RunActions } from '../common/RunActions';
import { ConfirmUpgradeModal } from './ConfirmUpgradeModal';
import { PrechecksCard } from './PrechecksCard';
import { RevisionCard } from './RevisionCard';
import { StepsCard } from './StepsCard';
import { TargetSelect } from './TargetSelect';
import { useUpgradeAccess } from './useUpgradeAccess';
import { useUpgradeData } from './useUpgradeData';
import { useUpgradeDryRun } from './useUpgradeDryRun';
import { liveOf, useUpgradeRun } from './useUpgradeRun';
import { VersionsCard } from './VersionsCard';

const UpgradePage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const data = useUpgradeData();
  const [params, setParams] = useQueryParams();
  const target = params.get('to') ?? '';
  // Once started, the page keeps what the run was computed from: the versions move under it.
  const [frozen, setFrozen] = React.useState<{ running: RunningVersions; plan: UpgradePlan }>();
  const running = frozen?.running ?? data.running;
  const options = React.useMemo(
    () => upgradeTargets(data.versions, running, target || undefined),
    [data.versions, running, target],
  );
  const refusal = options.find((o) => o.version === target)?.refusal;
  const livePlan = React.useMemo(
    () => buildUpgradePlan(data.install, target),
    [data.install, target],
  );
  const plan = frozen?.plan ?? livePlan;
  const checks = React.useMemo(
    () =>
      upgradePrechecks({
        crs: plan.steps
          .filter((s) => s.kind !== 'IstioRevisionTag')
          .flatMap((s) => {
            const obj = liveOf(data.install, s);
            return obj ? [{ kind: s.kind, obj }] : [];
          }),
        nodes: data.nodes,
        ztunnelPods: data.pods.ztunnel,
        rollsZtunnel: plan.steps.some((s) => s.kind === 'ZTunnel'),
      }),
    [plan, data.install, data.nodes, data.pods.ztunnel],
  );
  const access = useUpgradeAccess(plan.steps);
  const run = useUpgradeRun(plan, data);
  const dry = useUpgradeDryRun(data);
  const [confirming, setConfirming] = React.useState(false);
  const { status, states } = run.state;
  const started = status !== 'idle';
  const failedCheck = checks.find((c) => c.status === 'fail');
  const disabled = !target
    ? t('Choose a target version.')
    : refusal
      ? t('The target version is refused.')
      : access.missing.length
        ? t('You may not: {{what}}', { what: access.missing.join(', ') })
        : failedCheck
          ? t('A pre-check failed.')
          : undefined;
  const confirm = confirming && (
    <ConfirmUpgradeModal
      plan={plan}
      onConfirm={() => {
        setConfirming(false);
        dry.clear();
        setFrozen({ running: data.running, plan: livePlan });
        run.start();
      }}
      onClose={() => setConfirming(false)}
    />
  );
  return (
    <PageFrame
      title={t('Upgrade ambient mode')}
      loaded={data.loaded}
      error={data.error}
      empty={!data.installed}
      emptyTitle={t('No install found')}
      emptyMessage={<Link to="/ambient-mesh/install">{t('Go to the install wizard')}</Link>}
      after={confirm}
    >
      <Stack hasGutter>
        <VersionsCard data={data} />
        <Form onSubmit={(e) => e.preventDefault()}>
          <TargetSelect
            options={options}
            value={target}
            onChange={(v) => setParams({ to: v || undefined })}
            isDisabled={started}
          />
        </Form>
        <RevisionCard data={data} plan={plan} />
        {target && !refusal && (
          <>
            <Alert
              variant="info"
              isInline
              title={t('Update strategy: {{s}}', { s: plan.strategy })}
            >
              {plan.strategy === 'InPlace'
                ? t('Istio first; once it is Ready at the new version, ZTunnel, then IstioCNI.')
                : t(
                    'Istio gets the new version and Sail starts the new revision beside the old one; once it is Ready, tags naming the old revision move to it, then ZTunnel and IstioCNI.',
                  )}
            </Alert>
            <PrechecksCard checks={checks} />
            <StepsCard
              steps={plan.steps}
              progress={started ? states : undefined}
              rows={run.rows}
              dryRun={started ? undefined : dry.results}
            />
          </>
        )}
        {!started && (
          <RunActions
            label={t('Upgrade')}
            variant="primary"
            onRun={() => setConfirming(true)}
            onDryRun={() => dry.run(plan.steps)}
            dryRunning={dry.running}
            disabled={disabled}
            showReason={!!target}
            waiting={access.loading}
          />
        )}
        {status === 'failed' && (
          <Alert variant="danger" isInline title={t('The upgrade stopped')} data-test="run-failed">
            <Button variant="primary" onClick={run.start}>
              {t('Retry')}
            </Button>
          </Alert>
        )}
        {status === 'succeeded' && (
          <Alert variant="success" isInline title={t('The upgrade is done')} data-test="run-done">
            {t('Every resource runs {{version}} and is Ready.', { version: target })}
          </Alert>
        )}
      </Stack>
    </PageFrame>
  );
};

export default UpgradePage;
