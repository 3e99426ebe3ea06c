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
  /** Why the namespace's last label write failed, if it did. */
  enrollError?: string;
  onClose: () => void;
};

/**
 * Creates a waypoint Gateway, as `istioctl waypoint apply [--enroll-namespace]` does. The two
 * writes can fail apart: when the Gateway was created but the namespace label was not written,
 * the dialog says so (the cluster has the waypoint, the namespace does not use it) and trying
 * again writes only the label.
 */
export const AddWaypointModal: React.FC<Props> = ({
  namespace,
  existing,
  enrollNamespace,
  enrollError,
  onClose,
}) => {
  const { t } = useAmbientTranslation();
  // the Gateways there were when the dialog opened: the one it creates is not "taken"
  const [taken] = React.useState(existing);
  const [name, setName] = React.useState(
    taken.includes(DEFAULT_WAYPOINT_NAME) ? '' : DEFAULT_WAYPOINT_NAME,
  );
  /** The Gateway this dialog created, once it has. */
  const [created, setCreated] = React.useState<string>();
  const [labelFailed, setLabelFailed] = React.useState(false);
  const [traffic, setTraffic] = React.useState<WaypointTrafficType | 'default'>('default');
  const [useIt, setUseIt] = React.useState(!!enrollNamespace);
  const { busy, error, run } = useDialogWrite(onClose);
  const invalid = created ? undefined : validateWaypointName(name, taken);
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
      if (!created) {
        await createWaypoint({
          name,
          namespace,
          trafficType: traffic === 'default' ? undefined : traffic,
          revision,
        });
        setCreated(name);
      }
      setLabelFailed(false);
      if (useIt && enrollNamespace && !(await enrollNamespace(name))) {
        setLabelFailed(true);
        throw new Error(enrollError ?? '');
      }
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
              isDisabled={!!created}
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
              isDisabled={!!created}
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
          {labelFailed && created ? (
            <Alert
              variant="warning"
              isInline
              data-test="waypoint-partial"
              title={t(
                'Waypoint {{name}} was created, but namespace {{namespace}} was not labelled to use it',
                { name: created, namespace },
              )}
            >
              {enrollError ?? error}{' '}
              {t('Try again to write only the label, or cancel to keep the waypoint unused.')}
            </Alert>
          ) : (
            error && <Alert variant="danger" isInline title={error} />
          )}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={() => void submit()}
          isDisabled={!!invalid || busy}
          isLoading={busy}
        >
          {created ? t('Try again') : t('Create')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
