import * as React from 'react';
import {
  Alert,
  Button,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
} from '@patternfly/react-core';
import type { PodKind } from '../../k8s/pod/types';
import { getName } from '../../k8s/common/selectors';
import type { PodAmbientAction } from '../../mesh/enrollment/podAction';
import { DATAPLANE_MODE_LABEL } from '../../mesh/labels';
import { patchPodLabels, podModeChanges } from '../../resources/pod/mutations';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { useEnrollmentLabelWrites } from '../enrollment/common/useEnrollmentLabelWrites';

export type PodModeModalProps = { pod: PodKind; action: PodAmbientAction };

/** Confirms the pod's label change, writes it with one guarded patch, shows the error if any. */
export const PodModeModal: React.FC<PodModeModalProps & { closeModal: () => void }> = ({
  pod,
  action,
  closeModal,
}) => {
  const { t } = useAmbientTranslation();
  const name = getName(pod);
  const pods = React.useMemo(() => [pod], [pod]);
  const writes = useEnrollmentLabelWrites(pods, patchPodLabels);
  const [busy, setBusy] = React.useState(false);
  const title =
    action.kind === 'add'
      ? t('Add pod {{name}} to ambient?', { name })
      : t('Exclude pod {{name}} from ambient?', { name });
  const body =
    action.target === 'inherit'
      ? t('Removes the label {{label}} from the pod; it then follows its namespace.', {
          label: DATAPLANE_MODE_LABEL,
        })
      : t('Sets the label {{label}}={{value}} on the pod. The pod is not restarted.', {
          label: DATAPLANE_MODE_LABEL,
          value: action.target,
        });
  const submit = async () => {
    setBusy(true);
    const ok = await writes.write(name, podModeChanges(action.target));
    setBusy(false);
    if (ok) closeModal();
  };
  return (
    <Modal
      variant={ModalVariant.small}
      isOpen
      onClose={closeModal}
      aria-labelledby="pod-mode-title"
    >
      <ModalHeader title={title} labelId="pod-mode-title" />
      <ModalBody>
        <Content component="p">{body}</Content>
        {writes.errors[name] && (
          <Alert variant="danger" isInline title={t('The label could not be changed')}>
            {writes.errors[name]}
          </Alert>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => void submit()} isLoading={busy} isDisabled={busy}>
          {action.kind === 'add' ? t('Add to ambient') : t('Exclude from ambient')}
        </Button>
        <Button variant="link" onClick={closeModal}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
