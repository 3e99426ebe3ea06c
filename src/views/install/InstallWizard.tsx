import * as React from 'react';
import { Wizard, WizardStep } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { buildInstallPlan } from '../../mesh/install/plan';
import type { InstallChoices } from '../../mesh/install/types';
import {
  validateControlPlane,
  validateDataPlane,
  validateScope,
  type InstallField,
} from '../../mesh/install/validation';
import { evaluatePreflight, isBlocked, isLoading } from '../../mesh/preflight/evaluate';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
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
  initial: InstallChoices;
  locked: InstallField[];
  timeoutMs?: number;
};

const byId = (prefix: string, objs: K8sResourceCommon[]) =>
  Object.fromEntries(objs.map((o) => [`${prefix}/${getName(o)}`, o]));

export const InstallWizard: React.FC<Props> = ({ inputs, access, initial, locked, timeoutMs }) => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  const [choices, setChoices] = React.useState(initial);
  const [active, setActive] = React.useState<string | number>('prerequisites');
  const onChange = (patch: Partial<InstallChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const { ztunnelVersion, ztunnelTargetRef, versions } = inputs;
  const plan = React.useMemo(
    () => buildInstallPlan(choices, { ztunnelVersion, ztunnelTargetRef }),
    [choices, ztunnelVersion, ztunnelTargetRef],
  );
  const live = {
    ...byId('Namespace', inputs.namespaces),
    ...byId('Istio', inputs.istios),
    ...byId('IstioRevisionTag', inputs.revisionTags),
    ...byId('IstioCNI', inputs.istioCNIs),
    ...byId('ZTunnel', inputs.ztunnels),
  };
  const engine = useApplyEngine(plan, ztunnelVersion, live, timeoutMs);
  const dryRun = useDryRun(active === 'review', plan, choices, ztunnelVersion, live);
  const problems = dryRun.problems;
  const checks = evaluatePreflight(inputs.preflight);
  const cpErrors = validateControlPlane(choices, versions.versions);
  const dpErrors = validateDataPlane(choices);
  const scopeErrors = validateScope(choices);
  const formProps = { choices, onChange, problems, locked };
  const invalid = t('Correct the fields marked in red to continue.');
  const status = (fields: InstallField[], errors: object) =>
    Object.keys(errors).length || problems.some((p) => p.field && fields.includes(p.field))
      ? 'error'
      : 'default';
  const running = engine.state.status === 'running';

  const prereqReason = isLoading(checks)
    ? t('Wait until every prerequisite has been checked.')
    : isBlocked(checks)
      ? t('A blocking prerequisite failed (marked above); resolve it first.')
      : undefined;
  const reviewReason = access.loading
    ? t('Checking your permissions…')
    : !access.canApply
      ? t('You may not create these resources; review and download still work.')
      : dryRun.running
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
        status={status(['istioName', 'istioNamespace', 'version', 'updateStrategy'], cpErrors)}
        footer={<StepFooter disabledReason={Object.keys(cpErrors).length ? invalid : undefined} />}
      >
        <ControlPlaneStep
          {...formProps}
          errors={cpErrors}
          versions={versions.versions}
          defaultVersion={versions.defaultVersion}
        />
      </WizardStep>
      <WizardStep
        name={t('Data plane')}
        id="data-plane"
        status={status(['cniNamespace', 'ztunnelNamespace'], dpErrors)}
        footer={<StepFooter disabledReason={Object.keys(dpErrors).length ? invalid : undefined} />}
      >
        <DataPlaneStep {...formProps} errors={dpErrors} ztunnelVersion={ztunnelVersion} />
      </WizardStep>
      <WizardStep
        name={t('Scope')}
        id="scope"
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
        footer={
          <StepFooter nextText={t('Install')} disabledReason={reviewReason} onNext={engine.start} />
        }
      >
        <ReviewStep
          choices={choices}
          plan={plan}
          dryRun={dryRun}
          access={access}
          ztunnelVersion={ztunnelVersion}
        />
      </WizardStep>
      <WizardStep
        name={t('Apply')}
        id="apply"
        footer={
          <StepFooter
            hideNext={engine.state.status !== 'failed'}
            nextText={t('Retry')}
            backDisabled={running}
            stay
            onNext={engine.start}
          />
        }
      >
        <ApplyStep state={engine.state} />
      </WizardStep>
    </Wizard>
  );
};
