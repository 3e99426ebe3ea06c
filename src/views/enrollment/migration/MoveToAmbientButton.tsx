import * as React from 'react';
import { useModal } from '@openshift-console/dynamic-plugin-sdk';
import { Button } from '@patternfly/react-core';
import { getName } from '../../../k8s/common/selectors';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { MoveToAmbientModal, type MoveToAmbientModalProps } from './MoveToAmbientModal';

/** The Namespaces page's row action for a namespace that runs sidecars: opens the move. */
export const MoveToAmbientButton: React.FC<{ namespace: NamespaceKind }> = ({ namespace }) => {
  const { t } = useAmbientTranslation();
  const launchModal = useModal();
  return (
    <Button
      variant="link"
      isInline
      data-test={`move-${getName(namespace)}`}
      onClick={() => launchModal<MoveToAmbientModalProps>(MoveToAmbientModal, { namespace })}
    >
      {t('Move to ambient')}
    </Button>
  );
};
