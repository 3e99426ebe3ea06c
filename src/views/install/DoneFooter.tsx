import * as React from 'react';
import { Button, WizardFooterWrapper } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The wizard's end after a successful install: where to go next, no Back or Cancel. */
export const DoneFooter: React.FC = () => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  return (
    <WizardFooterWrapper>
      <Button variant="primary" onClick={() => navigate('/ambient-mesh')}>
        {t('View overview')}
      </Button>
      <Button variant="secondary" onClick={() => navigate('/ambient-mesh/namespaces')}>
        {t('Enroll namespaces')}
      </Button>
    </WizardFooterWrapper>
  );
};
