import * as React from 'react';
import { Modal, ModalBody, ModalVariant } from '@patternfly/react-core';
import { Loading } from '../../../components/Loading';
import {
  enrollChanges,
  enrollmentPreflight,
  removeChanges,
} from '../../../mesh/enrollment/preflight';
import { useNamespace } from '../../../resources/namespace/hooks';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { usePods } from '../../../resources/pod/hooks';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { EnrollModal } from './EnrollModal';
import { RemoveModal } from './RemoveModal';
import { useMeshFacts } from '../common/useMeshFacts';
import { useEnrollmentLabelWrites } from '../common/useEnrollmentLabelWrites';
import { patchNamespaceLabels } from '../../../resources/namespace/mutations';
import { getName } from '../../../k8s/common/selectors';

export type NamespaceActionModalProps = {
  action: 'enroll' | 'remove';
  namespace: NamespaceKind;
};

/** The dialog behind the Namespace/Project actions: the same checks as the toggle, then the write. */
export const NamespaceActionModal: React.FC<
  NamespaceActionModalProps & { closeModal: () => void }
> = ({ action, namespace: given, closeModal }) => {
  const { t } = useAmbientTranslation();
  const name = getName(given);
  const live = useNamespace({ name, asProject: given.kind === 'Project' });
  const watched = React.useMemo(() => [live.namespace ?? given], [live.namespace, given]);
  const pods = usePods({ namespace: name, enabled: action === 'enroll' });
  const { facts, loaded: factsLoaded } = useMeshFacts();
  const writes = useEnrollmentLabelWrites(watched, patchNamespaceLabels);
  const namespace = watched[0];
  const findings = React.useMemo(
    () => enrollmentPreflight(namespace, pods.pods, facts),
    [namespace, pods.pods, facts],
  );
  const [busy, setBusy] = React.useState(false);
  const run = async (changes: Parameters<typeof writes.write>[1]) => {
    setBusy(true);
    if (await writes.write(name, changes)) closeModal();
    else setBusy(false);
  };
  if (action === 'remove') {
    return (
      <RemoveModal
        title={t('Take {{name}} out of the ambient mesh', { name })}
        onClose={closeModal}
        onConfirm={(mode) => void run(removeChanges(mode))}
        error={writes.errors[name]}
      />
    );
  }
  if (!factsLoaded || !(pods.loaded || pods.error) || busy) {
    return (
      <Modal variant={ModalVariant.small} isOpen onClose={closeModal} aria-label={t('Loading')}>
        <ModalBody>
          <Loading />
        </ModalBody>
      </Modal>
    );
  }
  return (
    <EnrollModal
      title={t('Add {{name}} to the ambient mesh', { name })}
      findings={findings}
      onClose={closeModal}
      onConfirm={(options) => void run(enrollChanges(namespace, findings, options))}
      error={writes.errors[name]}
    />
  );
};
