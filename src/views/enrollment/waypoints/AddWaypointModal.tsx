import * as React from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
  TextInput,
} from '@patternfly/react-core';
import {
  DEFAULT_WAYPOINT_NAME,
  validateWaypointName,
  type WaypointTrafficType,
} from '../../../mesh/waypoints/manifest';
import { waypointRevision } from '../../../mesh/enrollment/revisions';
import { createWaypoint } from '../../../resources/gateway/mutations';
import { useIstios } from '../../../resources/istio/hooks';
import { useIstioRevisionTags } from '../../../resources/istiorevisiontag/hooks';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useDialogWrite } from './useDialogWrite';

type Props = {
  namespace: string;
  existing: string[];
  /** Labels the namespace `istio.io/use-waypoint=<name>`; absent when the user may not. */
  enrollNamespace?: (name: string) => Promise<boolean>;
  onClose: () => void;
};

/** Creates a waypoint Gateway, as `istioctl waypoint apply [--enroll-namespace]` does. */
export const AddWaypointModal: React.FC<Props> = ({
  namespace,
  existing,
  enrollNamespace,
  onClose,
}) => {
  const { t } = useAmbientTranslation();
  const [name, setName] = React.useState(
    existing.includes(DEFAULT_WAYPOINT_NAME) ? '' : DEFAULT_WAYPOINT_NAME,
  );
  const [traffic, setTraffic] = React.useState<WaypointTrafficType | 'default'>('default');
  const [useIt, setUseIt] = React.useState(!!enrollNamespace);
  const { busy, error, run } = useDialogWrite(onClose);
  const invalid = validateWaypointName(name, existing);
  const { istios } = useIstios();
  const { tags } = useIstioRevisionTags();
  const revision = waypointRevision(istios, tags);
  const messages: Record<string, string> = {
    empty: t('Enter a name'),
    reserved: t('"none" is reserved: it opts out of waypoints'),
    invalid: t('Use lower-case letters, digits and dashes (at most 63)'),
    exists: t('A Gateway of that name already exists'),
  };
  const submit = () =>
    run(async () => {
      await createWaypoint({
        name,
        namespace,
        trafficType: traffic === 'default' ? undefined : traffic,
        revision,
      });
      if (useIt && enrollNamespace) await enrollNamespace(name);
    });
  return (
    <Modal
      variant={ModalVariant.small}
      isOpen
      onClose={onClose}
      aria-labelledby="add-waypoint-title"
    >
      <ModalHeader title={t('Add waypoint')} labelId="add-waypoint-title" />
      <ModalBody>
        <Form onSubmit={(e) => e.preventDefault()}>
          <FormGroup label={t('Name')} fieldId="waypoint-name" isRequired>
            <TextInput
              id="waypoint-name"
              value={name}
              onChange={(_e, v) => setName(v)}
              validated={invalid && name !== '' ? 'error' : 'default'}
            />
            {invalid && (
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant="error">{messages[invalid]}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </FormGroup>
          <FormGroup label={t('Traffic type')} fieldId="waypoint-traffic">
            <FormSelect
              id="waypoint-traffic"
              value={traffic}
              onChange={(_e, v) => setTraffic(v as WaypointTrafficType | 'default')}
            >
              <FormSelectOption value="default" label={t('Service (default)')} />
              <FormSelectOption value="service" label={t('Service')} />
              <FormSelectOption value="workload" label={t('Workload')} />
              <FormSelectOption value="all" label={t('All')} />
            </FormSelect>
          </FormGroup>
          <Checkbox
            id="waypoint-use-namespace"
            label={t('Use it for the whole namespace (istio.io/use-waypoint)')}
            isChecked={useIt}
            isDisabled={!enrollNamespace}
            onChange={(_e, v) => setUseIt(v)}
          />
          {revision && (
            <HelperText>
              <HelperTextItem id="waypoint-revision">
                {t(
                  'Labelled istio.io/rev={{revision}}, so that the istiod of that revision takes it.',
                  {
                    revision,
                  },
                )}
              </HelperTextItem>
            </HelperText>
          )}
          {error && <Alert variant="danger" isInline title={error} />}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={() => void submit()}
          isDisabled={!!invalid || busy}
          isLoading={busy}
        >
          {t('Create')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
