import * as React from 'react';
import { Wizard, WizardStep } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { buildInstallPlan } from '../../mesh/install/plan';
import { initialChoices } from '../../mesh/install/initial';
import type { InstallChoices } from '../../mesh/install/types';
import {
  validateControlPlane,
  validateDataPlane,
  validateScope,
  type InstallField,
} from '../../mesh/install/validation';
import { evaluatePreflight, isBlocked, isLoading } from '../../mesh/preflight/evaluate';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { DoneFooter } from './DoneFooter';
import { StepFooter } from './StepFooter';
import { ApplyStep } from './steps/ApplyStep';
import { ControlPlaneStep } from './steps/ControlPlaneStep';
import { DataPlaneStep } from './steps/DataPlaneStep';
import { PrerequisitesStep } from './steps/PrerequisitesStep';
import { ReviewStep } from './steps/ReviewStep';
import { ScopeStep } from './steps/ScopeStep';
import { useApplyEngine } from './useApplyEngine';
import type { InstallAccess } from './steps/useInstallAccess';
import type { InstallInputs } from './useInstallInputs';
import { useDryRun } from './steps/useDryRun';
import { getName } from '../../k8s/common/selectors';

type Props = {
  inputs: InstallInputs;
  access: InstallAccess;
  timeoutMs?: number;
  /** Set when the existing CRs can no longer be read: nothing is adopted until they can. */
  readError?: unknown;
};

const byId = (prefix: string, objs: K8sResourceCommon[]) =>
  Object.fromEntries(objs.map((o) => [`${prefix}/${getName(o)}`, o]));

export const InstallWizard: React.FC<Props> = ({ inputs, access, timeoutMs, readError }) => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  const { ztunnelVersion, ztunnelTargetRef, versions, istios, istioCNIs, ztunnels } = inputs;
  // The choices as read from the live objects, again whenever they change; the person's edits
  // (only the fields they touched) go on top, so untouched fields follow the cluster.
  const base = React.useMemo(
    () =>
      initialChoices(versions.defaultVersion, versions.versions, { istios, istioCNIs, ztunnels }),
    [versions, istios, istioCNIs, ztunnels],
  );
  const [edits, setEdits] = React.useState<Partial<InstallChoices>>({});
  const choices = React.useMemo(() => ({ ...base.choices, ...edits }), [base.choices, edits]);
  const { locked, installedVersion } = base;
  const [active, setActive] = React.useState<string | number>('prerequisites');
  const onChange = (patch: Partial<InstallChoices>) => setEdits((c) => ({ ...c, ...patch }));
  const plan = React.useMemo(
    () => buildInstallPlan(choices, { ztunnelVersion, ztunnelTargetRef }, base.choices),
    [choices, ztunnelVersion, ztunnelTargetRef, base.choices],
  );
  const live = {
    ...byId('Namespace', inputs.namespaces),
    ...byId('Istio', inputs.istios),
    ...byId('IstioRevisionTag', inputs.revisionTags),
    ...byId('IstioCNI', inputs.istioCNIs),
    ...byId('ZTunnel', inputs.ztunnels),
  };
  const engine = useApplyEngine(plan, JSON.stringify(edits), ztunnelVersion, live, timeoutMs);
  const dryRun = useDryRun(active === 'review', plan, choices, ztunnelVersion, live);
  const problems = dryRun.problems;
  const checks = evaluatePreflight(inputs.preflight);
  const cpErrors = validateControlPlane(choices, versions.versions, installedVersion);
  const dpErrors = validateDataPlane(choices);
  const scopeErrors = validateScope(choices);
  const formProps = { choices, onChange, problems, locked };
  const invalid = t('Correct the fields marked in red to continue.');
  const status = (fields: InstallField[], errors: object) =>
    Object.keys(errors).length || problems.some((p) => p.field && fields.includes(p.field))
      ? 'error'
      : 'default';
  const running = engine.state.status === 'running';
  // While the apply runs, every other step is locked: nothing can be edited mid-write.
  const lock = running || engine.state.status === 'succeeded';

  const prereqReason = isLoading(checks)
    ? t('Wait until every prerequisite has been checked.')
    : isBlocked(checks)
      ? t('A blocking prerequisite failed (marked above); resolve it first.')
      : undefined;
  const reviewReason = readError
    ? t(
        'The existing resources cannot be read right now; the wizard adopts nothing it cannot read.',
      )
    : access.loading
      ? t('Checking your permissions…')
      : !access.canApply
        ? t('You may not create these resources; review and download still work.')
        : dryRun.running || !dryRun.done
          ? t('Wait for the dry run to finish.')
          : problems.length
            ? t('The dry run found problems; fix them first.')
            : undefined;
  return (
    <Wizard
      onClose={() => navigate('/ambient-mesh')}
      onStepChange={(_e, step) => setActive(step.id)}
      isVisitRequired
      navAriaLabel={t('Install steps')}
    >
      <WizardStep
        name={t('Prerequisites')}
        id="prerequisites"
        isDisabled={lock}
        footer={<StepFooter disabledReason={prereqReason} />}
      >
        <PrerequisitesStep
          checks={checks}
          network={inputs.network}
          canPatchNetwork={access.canPatchNetwork}
        />
      </WizardStep>
      <WizardStep
        name={t('Control plane')}
        id="control-plane"
        isDisabled={lock}
        status={status(['istioName', 'istioNamespace', 'version', 'updateStrategy'], cpErrors)}
        footer={<StepFooter disabledReason={Object.keys(cpErrors).length ? invalid : undefined} />}
      >
        <ControlPlaneStep
          {...formProps}
          errors={cpErrors}
          versions={versions.versions}
          installedVersion={installedVersion}
          defaultVersion={versions.defaultVersion}
        />
      </WizardStep>
      <WizardStep
        name={t('Data plane')}
        id="data-plane"
        isDisabled={lock}
        status={status(['cniNamespace', 'ztunnelNamespace'], dpErrors)}
        footer={<StepFooter disabledReason={Object.keys(dpErrors).length ? invalid : undefined} />}
      >
        <DataPlaneStep {...formProps} errors={dpErrors} ztunnelVersion={ztunnelVersion} />
      </WizardStep>
      <WizardStep
        name={t('Scope')}
        id="scope"
        isDisabled={lock}
        status={status(['discoveryLabel', 'labelNamespaces'], scopeErrors)}
        footer={
          <StepFooter disabledReason={Object.keys(scopeErrors).length ? invalid : undefined} />
        }
      >
        <ScopeStep
          {...formProps}
          errors={scopeErrors}
          namespaces={inputs.namespaces.map((n) => getName(n)).sort()}
        />
      </WizardStep>
      <WizardStep
        name={t('Review')}
        id="review"
        isDisabled={lock}
        footer={
          <StepFooter
            nextText={t('Install')}
            disabledReason={reviewReason}
            onNext={() => engine.start(dryRun.basis)}
          />
        }
      >
        <ReviewStep
          choices={choices}
          plan={plan}
          dryRun={dryRun}
          live={live}
          access={access}
          ztunnelVersion={ztunnelVersion}
        />
      </WizardStep>
      <WizardStep
        name={t('Apply')}
        id="apply"
        footer={
          engine.state.status === 'succeeded' ? (
            <DoneFooter />
          ) : (
            <StepFooter
              hideNext={engine.state.status !== 'failed'}
              nextText={t('Retry')}
              backDisabled={running}
              stay
              onNext={() => engine.start()}
            />
          )
        }
      >
        <ApplyStep state={engine.state} />
      </WizardStep>
    </Wizard>
  );
};
