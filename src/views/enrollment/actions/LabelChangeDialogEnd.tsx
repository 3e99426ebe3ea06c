import * as React from 'react';
import { Alert, Button, Content, ModalFooter } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

const SPACED = { marginTop: 'var(--pf-t--global--spacer--md)' };

/** The end of an enroll or remove dialog's body: the no-restart note and a failed write. */
export const LabelChangeNote: React.FC<{ note: string; error?: string }> = ({ note, error }) => (
  <>
    <Content component="p" style={SPACED}>
      {note}
    </Content>
    {error && <Alert variant="danger" isInline title={error} style={SPACED} />}
  </>
);

type FooterProps = { confirmLabel: string; onConfirm: () => void; onClose: () => void };

/** Confirm and Cancel of an enroll or remove dialog. */
export const LabelChangeFooter: React.FC<FooterProps> = ({ confirmLabel, onConfirm, onClose }) => {
  const { t } = useAmbientTranslation();
  return (
    <ModalFooter>
      <Button variant="primary" onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button variant="link" onClick={onClose}>
        {t('Cancel')}
      </Button>
    </ModalFooter>
  );
};
