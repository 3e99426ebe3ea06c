import * as React from 'react';
import { Modal, ModalBody, ModalHeader, ModalVariant } from '@patternfly/react-core';
import type { RemoveMode } from '../../../mesh/enrollment/preflight';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { LabelChangeFooter, LabelChangeNote } from './LabelChangeDialogEnd';
import { RemoveChoice } from './RemoveChoice';

type Props = {
  title: string;
  onConfirm: (mode: RemoveMode) => void;
  onClose: () => void;
  children?: React.ReactNode;
  /** A failed write, shown in the dialog. */
  error?: string;
};

/** Confirms taking namespaces out of the ambient mesh: remove the label, or exclude. */
export const RemoveModal: React.FC<Props> = ({ title, onConfirm, onClose, children, error }) => {
  const { t } = useAmbientTranslation();
  const [mode, setMode] = React.useState<RemoveMode>('remove');
  return (
    <Modal
      variant={ModalVariant.medium}
      isOpen
      onClose={onClose}
      aria-labelledby="remove-modal-title"
    >
      <ModalHeader title={title} labelId="remove-modal-title" />
      <ModalBody>
        {children}
        <RemoveChoice value={mode} onChange={setMode} />
        <LabelChangeNote
          note={t('No restart is needed: the CNI agent releases running pods in place.')}
          error={error}
        />
      </ModalBody>
      <LabelChangeFooter
        confirmLabel={mode === 'exclude' ? t('Exclude') : t('Remove from ambient mesh')}
        onConfirm={() => onConfirm(mode)}
        onClose={onClose}
      />
    </Modal>
  );
};
