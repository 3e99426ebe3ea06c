import * as React from 'react';
import { Checkbox, Form, FormGroup, TextInput } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { FieldHelp, validatedOf } from './FieldHelp';
import type { FormStepProps } from './stepProps';

type Props = FormStepProps & { ztunnelVersion: string };

export const DataPlaneStep: React.FC<Props> = (props) => {
  const { t } = useAmbientTranslation();
  const { choices: c, onChange, errors, problems, locked, ztunnelVersion } = props;
  const help = { errors, problems };
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('IstioCNI namespace')} isRequired fieldId="cniNamespace">
        <TextInput
          id="cniNamespace"
          value={c.cniNamespace}
          readOnlyVariant={locked.includes('cniNamespace') ? 'default' : undefined}
          validated={validatedOf('cniNamespace', errors, problems)}
          onChange={(_e, v) => onChange({ cniNamespace: v.trim() })}
        />
        <FieldHelp
          field="cniNamespace"
          {...help}
          hint={t('Where the Istio CNI agent runs on every node. Created if it does not exist.')}
        />
      </FormGroup>
      <FormGroup label={t('ZTunnel namespace')} isRequired fieldId="ztunnelNamespace">
        <TextInput
          id="ztunnelNamespace"
          value={c.ztunnelNamespace}
          readOnlyVariant={locked.includes('ztunnelNamespace') ? 'default' : undefined}
          validated={validatedOf('ztunnelNamespace', errors, problems)}
          onChange={(_e, v) => onChange({ ztunnelNamespace: v.trim() })}
        />
        <FieldHelp
          field="ztunnelNamespace"
          {...help}
          hint={t(
            'Where ztunnel, the per-node proxy of ambient mode, runs. Created if it does not exist.',
          )}
        />
      </FormGroup>
      <FormGroup label={t('Trusted ztunnel namespace')} fieldId="trustedZtunnelNamespace">
        <TextInput
          id="trustedZtunnelNamespace"
          value={c.ztunnelNamespace}
          readOnlyVariant="default"
        />
        <FieldHelp
          field="ztunnelNamespace"
          errors={{}}
          problems={[]}
          hint={t(
            'Set on Istio as values.pilot.trustedZtunnelNamespace: it always follows the ZTunnel namespace, or istiod would not trust ztunnel.',
          )}
        />
      </FormGroup>
      <FormGroup label={t('ZTunnel API version')} fieldId="ztunnelApiVersion">
        <TextInput
          id="ztunnelApiVersion"
          value={`sailoperator.io/${ztunnelVersion}`}
          readOnlyVariant="default"
        />
        <FieldHelp
          field="ztunnelNamespace"
          errors={{}}
          problems={[]}
          hint={
            ztunnelVersion === 'v1'
              ? t('The cluster serves ZTunnel v1.')
              : t(
                  'The cluster serves ZTunnel v1alpha1 only; the wizard sets profile: ambient on it.',
                )
          }
        />
      </FormGroup>
      <FormGroup fieldId="reconcileIptables">
        <Checkbox
          id="reconcileIptables"
          label={t('Reconcile iptables rules when the CNI agent starts (recommended on OpenShift)')}
          description={t(
            'Sets values.cni.ambient.reconcileIptablesOnStartup on IstioCNI, so pods keep working traffic redirection after the agent is upgraded or restarted.',
          )}
          isChecked={c.reconcileIptablesOnStartup}
          onChange={(_e, v) => onChange({ reconcileIptablesOnStartup: v })}
        />
      </FormGroup>
    </Form>
  );
};
