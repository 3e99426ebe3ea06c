import * as React from 'react';
import {
  Button,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
} from '@patternfly/react-core';
import type { UpgradePlan } from '../../mesh/upgrade/plan';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = { plan: UpgradePlan; onConfirm: () => void; onClose: () => void };

/** Asks before the first write, naming each patch in order. */
export const ConfirmUpgradeModal: React.FC<Props> = ({ plan, onConfirm, onClose }) => {
  const { t } = useAmbientTranslation();
  return (
    <Modal variant={ModalVariant.small} isOpen onClose={onClose} aria-labelledby="upgrade-title">
      <ModalHeader title={t('Start the upgrade?')} labelId="upgrade-title" />
      <ModalBody>
        <Content component="p">
          {t('These patches are sent one at a time, each once the previous one is Ready:')}
        </Content>
        <Content component="ol">
          {plan.steps.map((s) => (
            <Content component="li" key={s.id}>{`${s.id}: ${s.from ?? '-'} -> ${s.to}`}</Content>
          ))}
        </Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onConfirm}>
          {t('Upgrade')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
