import * as React from 'react';
import { Alert, Form, FormGroup, Radio, TextInput } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { FieldHelp, validatedOf } from './FieldHelp';
import { NamespacePicker } from './NamespacePicker';
import type { FormStepProps } from './stepProps';

type Props = FormStepProps & { namespaces: string[] };

export const ScopeStep: React.FC<Props> = (props) => {
  const { t } = useAmbientTranslation();
  const { choices: c, onChange, errors, problems, namespaces } = props;
  const system = [c.istioNamespace, c.cniNamespace, c.ztunnelNamespace];
  const options = namespaces.filter((n) => !system.includes(n));
  const existing = c.discoverySelectors.map((sel) => JSON.stringify(sel)).join(', ');
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup
        label={t('Which namespaces the mesh sees')}
        role="radiogroup"
        fieldId="scope"
        isStack
      >
        <Radio
          id="scope-cluster"
          name="scope"
          label={t('The whole cluster')}
          description={t(
            'istiod watches every namespace. Simplest, but it uses more memory on large clusters.',
          )}
          isChecked={c.scope === 'cluster'}
          onChange={() => onChange({ scope: 'cluster' })}
        />
        <Radio
          id="scope-selected"
          name="scope"
          label={t('Only labelled namespaces')}
          description={t(
            'istiod watches only namespaces that carry a discovery label (discovery selectors).',
          )}
          isChecked={c.scope === 'selected'}
          onChange={() => onChange({ scope: 'selected' })}
        />
      </FormGroup>
      {c.scope === 'cluster' && existing && (
        <Alert
          variant="warning"
          isInline
          title={t('This removes the discovery selectors of Istio {{name}}', {
            name: c.istioName,
          })}
          data-test="selectors-removed"
        >
          {t(
            'Istio {{name}} selects namespaces with {{selectors}}. With the whole cluster, these selectors are removed and istiod watches every namespace.',
            { name: c.istioName, selectors: existing },
          )}
        </Alert>
      )}
      {c.scope === 'selected' && (
        <>
          <FormGroup label={t('Discovery label')} isRequired fieldId="discoveryLabel">
            <TextInput
              id="discoveryLabel"
              value={c.discoveryLabel}
              validated={validatedOf('discoveryLabel', errors, problems)}
              onChange={(_e, v) => onChange({ discoveryLabel: v.trim() })}
            />
            <FieldHelp
              field="discoveryLabel"
              errors={errors}
              problems={problems}
              hint={
                existing
                  ? t(
                      'Written as key=value. The namespaces {{names}} get it too. The existing selectors {{selectors}} are kept; the label is added as another selector unless one of them selects exactly it.',
                      { names: system.join(', '), selectors: existing },
                    )
                  : t('Written as key=value. The namespaces {{names}} get it too.', {
                      names: system.join(', '),
                    })
              }
            />
          </FormGroup>
          <FormGroup label={t('Namespaces to label')} fieldId="labelNamespaces">
            <NamespacePicker
              options={options}
              selected={c.labelNamespaces}
              onChange={(labelNamespaces) => onChange({ labelNamespaces })}
            />
            <FieldHelp
              field="labelNamespaces"
              errors={errors}
              problems={problems}
              hint={t(
                'Application namespaces that should join the mesh. You can label more later.',
              )}
            />
          </FormGroup>
          <Alert
            variant="warning"
            isInline
            title={t('Unlabelled namespaces stay invisible to the mesh')}
          >
            {t(
              'istiod ignores every namespace without the discovery label: its pods cannot join ambient mode, even when the namespace is enrolled, until it is labelled.',
            )}
          </Alert>
        </>
      )}
    </Form>
  );
};
