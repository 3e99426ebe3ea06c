import * as React from 'react';
import {
  Card,
  CardBody,
  CardTitle,
  Checkbox,
  Content,
  Form,
  FormGroup,
  Radio,
} from '@patternfly/react-core';
import type { SystemNamespace, UninstallChoices } from '../../mesh/uninstall/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = {
  choices: UninstallChoices;
  onChange: (c: UninstallChoices) => void;
  systemNamespaces: SystemNamespace[];
  canDeleteNamespaces: boolean;
};

/** Un-enroll everything or stop when anything is enrolled; which namespaces to delete. */
export const ChoicesCard: React.FC<Props> = ({
  choices,
  onChange,
  systemNamespaces,
  canDeleteNamespaces,
}) => {
  const { t } = useAmbientTranslation();
  const why = (n: SystemNamespace): string | undefined => {
    if (n.keep === 'protected') return t('A namespace of the platform: never deleted here.');
    if (n.keep === 'terminating') return t('Already being deleted.');
    if (n.keep === 'others')
      return t('Kept: it holds objects the operator did not create: {{objects}}', {
        objects: n.others.map((o) => `${o.kind}/${o.name}`).join(', '),
      });
    if (!canDeleteNamespaces) return t('You may not delete namespaces.');
    return undefined;
  };
  const toggle = (name: string, on: boolean) =>
    onChange({
      ...choices,
      deleteNamespaces: on
        ? [...choices.deleteNamespaces, name]
        : choices.deleteNamespaces.filter((n) => n !== name),
    });
  return (
    <Card>
      <CardTitle>{t('Choices')}</CardTitle>
      <CardBody>
        <Form>
          <FormGroup role="radiogroup" fieldId="unenroll" label={t('Enrolled workloads')} isStack>
            <Radio
              id="unenroll-all"
              name="unenroll"
              label={t('Un-enroll everything first')}
              description={t(
                'Removes the ambient, use-waypoint and discovery labels the plugin manages and deletes the waypoints. Pods keep running; their traffic is no longer captured by ztunnel.',
              )}
              isChecked={choices.unenroll}
              onChange={() => onChange({ ...choices, unenroll: true })}
            />
            <Radio
              id="unenroll-stop"
              name="unenroll"
              label={t('Stop if anything is still enrolled')}
              isChecked={!choices.unenroll}
              onChange={() => onChange({ ...choices, unenroll: false })}
            />
          </FormGroup>
          <FormGroup fieldId="delete-namespaces" label={t('Namespaces to delete')} isStack>
            {systemNamespaces.length === 0 && (
              <Content component="small">{t('No namespace of the control or data plane.')}</Content>
            )}
            {systemNamespaces.map((n) => {
              const reason = why(n);
              return (
                <Checkbox
                  key={n.name}
                  id={`delete-ns-${n.name}`}
                  label={t('Delete namespace {{name}}', { name: n.name })}
                  description={reason}
                  isDisabled={!!reason}
                  isChecked={!reason && choices.deleteNamespaces.includes(n.name)}
                  onChange={(_e, on) => toggle(n.name, on)}
                />
              );
            })}
          </FormGroup>
        </Form>
      </CardBody>
    </Card>
  );
};
