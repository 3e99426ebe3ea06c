import * as React from 'react';
import {
  Button,
  Content,
  Form,
  FormGroup,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
  TextInput,
} from '@patternfly/react-core';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The word typed to confirm, as the console asks a resource's name before a destructive delete. */
export const CONFIRM_WORD = 'uninstall';

type Props = { steps: number; namespaces: string[]; onConfirm: () => void; onClose: () => void };

/** Asks for a typed confirmation before the first destructive write. */
export const ConfirmModal: React.FC<Props> = ({ steps, namespaces, onConfirm, onClose }) => {
  const { t } = useAmbientTranslation();
  const [typed, setTyped] = React.useState('');
  return (
    <Modal variant={ModalVariant.small} isOpen onClose={onClose} aria-labelledby="uninstall-title">
      <ModalHeader
        title={t('Uninstall ambient mode?')}
        titleIconVariant="warning"
        labelId="uninstall-title"
      />
      <ModalBody>
        <Content component="p">
          {t(
            '{{count}} writes: labels removed, waypoints and the ZTunnel, IstioCNI and Istio resources deleted. Enrolled workloads lose ztunnel capture and mTLS at once.',
            { count: steps },
          )}
        </Content>
        {namespaces.length > 0 && (
          <Content component="p">
            {t('These namespaces will be deleted: {{names}}', { names: namespaces.join(', ') })}
          </Content>
        )}
        <Form onSubmit={(e) => e.preventDefault()}>
          <FormGroup
            fieldId="confirm-uninstall"
            label={t('Type {{word}} to confirm', { word: CONFIRM_WORD })}
          >
            <TextInput
              id="confirm-uninstall"
              value={typed}
              onChange={(_e, v) => setTyped(v)}
              autoFocus
            />
          </FormGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" isDisabled={typed !== CONFIRM_WORD} onClick={onConfirm}>
          {t('Uninstall')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
