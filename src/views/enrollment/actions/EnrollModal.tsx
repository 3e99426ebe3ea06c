import * as React from 'react';
import {
  Checkbox,
  Form,
  Modal,
  ModalBody,
  ModalHeader,
  ModalVariant,
} from '@patternfly/react-core';
import {
  defaultEnrollOptions,
  type EnrollOptions,
  type Finding,
} from '../../../mesh/enrollment/preflight';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { FindingsList } from './FindingsList';
import { LabelChangeFooter, LabelChangeNote } from './LabelChangeDialogEnd';

type Props = {
  /** Names of the namespaces to enroll (one, or a bulk selection). */
  title: string;
  findings: Finding[];
  onConfirm: (options: EnrollOptions) => void;
  onClose: () => void;
  /** Extra content (e.g. a bulk summary) shown instead of the findings list. */
  children?: React.ReactNode;
  /** A failed write, shown in the dialog. */
  error?: string;
  confirmLabel?: string;
};

/** Confirms an enrollment after showing the pre-flight checks and offering their fixes. */
export const EnrollModal: React.FC<Props> = ({
  title,
  findings,
  onConfirm,
  onClose,
  children,
  error,
  confirmLabel,
}) => {
  const { t } = useAmbientTranslation();
  const [options, setOptions] = React.useState<EnrollOptions>(() => defaultEnrollOptions(findings));
  const discovery = findings.find((f) => f.id === 'not-discovered');
  const sidecar = findings.find((f) => f.id === 'sidecar-injection');
  return (
    <Modal
      variant={ModalVariant.medium}
      isOpen
      onClose={onClose}
      aria-labelledby="enroll-modal-title"
    >
      <ModalHeader title={title} labelId="enroll-modal-title" />
      <ModalBody>
        {children ?? <FindingsList findings={findings} showPassed />}
        <Form style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
          {discovery?.id === 'not-discovered' && (
            <Checkbox
              id="enroll-add-discovery"
              label={t('Also add the label {{label}} so that the mesh sees the namespace', {
                label: `${discovery.label.key}=${discovery.label.value}`,
              })}
              isChecked={options.addDiscoveryLabel}
              onChange={(_e, checked) => setOptions((o) => ({ ...o, addDiscoveryLabel: checked }))}
            />
          )}
          {sidecar?.id === 'sidecar-injection' && sidecar.labels.length > 0 && (
            <Checkbox
              id="enroll-migrate"
              label={t('Migrate from sidecars: remove {{labels}}', {
                labels: sidecar.labels.join(', '),
              })}
              description={t('Running pods keep their sidecars until they are restarted.')}
              isChecked={options.migrateSidecars}
              onChange={(_e, checked) => setOptions((o) => ({ ...o, migrateSidecars: checked }))}
            />
          )}
        </Form>
        <LabelChangeNote
          note={t('No restart is needed: the CNI agent captures running pods in place.')}
          error={error}
        />
      </ModalBody>
      <LabelChangeFooter
        confirmLabel={confirmLabel ?? t('Add to ambient mesh')}
        onConfirm={() => onConfirm(options)}
        onClose={onClose}
      />
    </Modal>
  );
};
