import * as React from 'react';
import {
  Form,
  FormGroup,
  FormSelect,
  FormHelperText,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Radio,
  TextInput,
} from '@patternfly/react-core';
import { installRevision, istiodAddress } from '../../../mesh/install/revision';
import { versionOptions } from '../../../mesh/install/versions';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { FieldHelp, validatedOf } from './FieldHelp';
import type { FormStepProps } from './stepProps';

type Props = FormStepProps & {
  versions: string[];
  defaultVersion?: string;
  /** The version of the existing Istio: kept unless the person picks an upgrade. */
  installedVersion?: string;
};

export const ControlPlaneStep: React.FC<Props> = (props) => {
  const { t } = useAmbientTranslation();
  const { choices: c, onChange, errors, problems, locked, versions, defaultVersion } = props;
  const { installedVersion } = props;
  const options = versionOptions(versions, installedVersion);
  const versionLabel = (v: string) =>
    v === installedVersion
      ? versions.includes(v)
        ? t('{{version}} (installed)', { version: v })
        : t('{{version}} (installed; not listed by the operator)', { version: v })
      : v === defaultVersion
        ? t('{{version}} (operator default)', { version: v })
        : v;
  const help = { errors, problems };
  const revision = installRevision(c);
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('Istio name')} isRequired fieldId="istioName">
        <TextInput
          id="istioName"
          value={c.istioName}
          isRequired
          readOnlyVariant={locked.includes('istioName') ? 'default' : undefined}
          validated={validatedOf('istioName', errors, problems)}
          onChange={(_e, v) => onChange({ istioName: v.trim() })}
        />
        <FieldHelp
          field="istioName"
          {...help}
          hint={
            locked.includes('istioName')
              ? t(
                  'An Istio resource exists already: the wizard updates it instead of creating a second one.',
                )
              : t(
                  'The name of the Istio resource. With the InPlace strategy it is also the revision name.',
                )
          }
        />
      </FormGroup>
      <FormGroup label={t('Control plane namespace')} isRequired fieldId="istioNamespace">
        <TextInput
          id="istioNamespace"
          value={c.istioNamespace}
          isRequired
          readOnlyVariant={locked.includes('istioNamespace') ? 'default' : undefined}
          validated={validatedOf('istioNamespace', errors, problems)}
          onChange={(_e, v) => onChange({ istioNamespace: v.trim() })}
        />
        <FieldHelp
          field="istioNamespace"
          {...help}
          hint={t(
            'Where istiod runs. The wizard creates it if it does not exist; it cannot be changed later.',
          )}
        />
      </FormGroup>
      <FormGroup label={t('Istio version')} isRequired fieldId="version">
        {versions.length === 0 ? (
          <TextInput
            id="version"
            value={c.version}
            isRequired
            aria-label={t('Istio version')}
            validated={validatedOf('version', errors, problems)}
            onChange={(_e, v) => onChange({ version: v.trim() })}
          />
        ) : (
          <FormSelect
            id="version"
            value={c.version}
            validated={validatedOf('version', errors, problems)}
            onChange={(_e, v) => onChange({ version: v })}
            aria-label={t('Istio version')}
          >
            {options.map((v) => (
              <FormSelectOption key={v} value={v} label={versionLabel(v)} />
            ))}
          </FormSelect>
        )}
        <FieldHelp
          field="version"
          {...help}
          hint={
            versions.length === 0
              ? t(
                  'The supported versions could not be read from the cluster: type one, for example v1.26.8.',
                )
              : installedVersion
                ? t(
                    'The installed version, kept unless you pick an upgrade: at most one minor version up, the step the operator supports.',
                  )
                : t(
                    'The versions that the installed Service Mesh operator supports. The same version is used for IstioCNI and ZTunnel.',
                  )
          }
        />
      </FormGroup>
      <FormGroup label={t('Update strategy')} role="radiogroup" fieldId="updateStrategy" isStack>
        <Radio
          id="strategy-inplace"
          name="updateStrategy"
          label={t('InPlace')}
          description={t('Upgrades replace the running control plane.')}
          isChecked={c.updateStrategy === 'InPlace'}
          onChange={() => onChange({ updateStrategy: 'InPlace' })}
        />
        <Radio
          id="strategy-revision"
          name="updateStrategy"
          label={t('RevisionBased')}
          description={t(
            'Upgrades start a new control plane revision next to the old one, so workloads move over gradually.',
          )}
          isChecked={c.updateStrategy === 'RevisionBased'}
          onChange={() => onChange({ updateStrategy: 'RevisionBased' })}
        />
        <FieldHelp
          field="updateStrategy"
          {...help}
          hint={t('How the operator upgrades istiod later.')}
        />
      </FormGroup>
      <FormGroup label={t('Revision')} fieldId="revision">
        <TextInput id="revision" value={revision} readOnlyVariant="default" />
        <FormHelperText>
          <HelperText>
            <HelperTextItem id="revision-address">
              {t('Computed from the name, strategy and version. ZTunnel connects to {{address}}.', {
                address: istiodAddress(revision, c.istioNamespace),
              })}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
    </Form>
  );
};
