import * as React from 'react';
import {
  Alert,
  Button,
  Content,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
} from '@patternfly/react-core';
import type { WaypointUser } from '../../../mesh/waypoints/users';
import { deleteGateway } from '../../../resources/gateway/mutations';
import type { GatewayKind } from '../../../k8s/gateway/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { getName } from '../../../k8s/common/selectors';
import { isNotFound } from '../../../k8s/errors';
import { useDialogWrite } from './useDialogWrite';
import { WaypointPolicyWarning } from '../../policy/WaypointPolicyWarning';

type Props = { gateway: GatewayKind; users: WaypointUser[]; onClose: () => void };

/** Confirms deleting a waypoint, listing what uses it. */
export const RemoveWaypointModal: React.FC<Props> = ({ gateway, users, onClose }) => {
  const { t } = useAmbientTranslation();
  const { busy, error, run } = useDialogWrite(onClose);
  const name = getName(gateway);
  // already gone (someone else removed it): the cluster is as asked
  const remove = () =>
    run(() =>
      deleteGateway(gateway).catch((e: unknown) => {
        if (!isNotFound(e)) throw e;
      }),
    );
  return (
    <Modal
      variant={ModalVariant.small}
      isOpen
      onClose={onClose}
      aria-labelledby="rm-waypoint-title"
    >
      <ModalHeader title={t('Remove waypoint {{name}}?', { name })} labelId="rm-waypoint-title" />
      <ModalBody>
        {users.length === 0 ? (
          <Content component="p">{t('Nothing uses this waypoint.')}</Content>
        ) : (
          <>
            <Content component="p">
              {t(
                'These still name it in istio.io/use-waypoint; their traffic will no longer go through a waypoint until the label is changed:',
              )}
            </Content>
            <List data-test="waypoint-users">
              {users.map((u) => (
                <ListItem key={`${u.kind}/${u.namespace ?? ''}/${u.name}`}>
                  {t('{{kind}} {{name}}', { kind: u.kind, name: u.name })}
                </ListItem>
              ))}
            </List>
          </>
        )}
        <WaypointPolicyWarning gateway={gateway} />
        {error && (
          <Alert
            variant="danger"
            isInline
            title={t('Waypoint {{name}} was not removed; nothing was changed', { name })}
          >
            {error}
          </Alert>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={() => void remove()} isLoading={busy} isDisabled={busy}>
          {t('Remove')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
