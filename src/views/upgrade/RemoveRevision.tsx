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
  Tooltip,
} from '@patternfly/react-core';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { SAIL_GROUP } from '../../models';
import { deleteRevision } from '../../resources/upgrade/writes';
import { errorMessage } from '../../k8s/errors';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = { name: string; uid?: string; istiodNamespace: string };

/**
 * "Remove now" for an inactive revision nothing uses (the operator would remove it after its
 * grace period): asks first, deletes the IstioRevision guarded by its uid, and says why when it
 * cannot. Disabled with the reason when the user may not delete IstioRevisions.
 */
export const RemoveRevision: React.FC<Props> = ({ name, uid, istiodNamespace }) => {
  const { t } = useAmbientTranslation();
  const [allowed, checking] = useAccessReview({
    group: SAIL_GROUP,
    resource: 'istiorevisions',
    verb: 'delete',
  });
  const [open, setOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [sent, setSent] = React.useState(false);
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await deleteRevision(name, uid);
      setSent(true);
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (sent)
    return (
      <Content component="small" data-test={`removing-${name}`}>
        {t('Removing: the operator uninstalls its istiod.')}
      </Content>
    );
  const button = (
    <Button
      variant="secondary"
      size="sm"
      isAriaDisabled={checking || !allowed}
      onClick={() => setOpen(true)}
      data-test={`remove-revision-${name}`}
    >
      {t('Remove now')}
    </Button>
  );
  return (
    <>
      {!checking && !allowed ? (
        <Tooltip content={t('You may not delete IstioRevisions.')}>{button}</Tooltip>
      ) : (
        button
      )}
      {open && (
        <Modal
          variant={ModalVariant.small}
          isOpen
          onClose={() => setOpen(false)}
          aria-labelledby="remove-revision-title"
        >
          <ModalHeader
            title={t('Remove revision {{name}}?', { name })}
            labelId="remove-revision-title"
          />
          <ModalBody>
            <Content component="p">
              {t(
                'The IstioRevision is deleted and the operator uninstalls its istiod from {{namespace}}. Nothing uses it now; a pod injected by it later would have no control plane.',
                { namespace: istiodNamespace },
              )}
            </Content>
            {error && (
              <Alert isInline variant="danger" title={t('The revision was not removed')}>
                {error}
              </Alert>
            )}
          </ModalBody>
          <ModalFooter>
            <Button variant="danger" onClick={remove} isLoading={busy} isDisabled={busy}>
              {t('Remove')}
            </Button>
            <Button variant="link" onClick={() => setOpen(false)}>
              {t('Cancel')}
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </>
  );
};
