import * as React from 'react';
import { PageSection } from '@patternfly/react-core';
import type { NamespaceKind } from '../../resources/namespace/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = { obj?: NamespaceKind };

const NamespaceTab: React.FC<Props> = ({ obj }) => {
  const { t } = useAmbientTranslation();
  const mode = obj?.metadata?.labels?.['istio.io/dataplane-mode'];
  return (
    <PageSection>
      {mode === 'ambient' ? t('In the ambient mesh') : t('Not in the ambient mesh')}
    </PageSection>
  );
};

export default NamespaceTab;
