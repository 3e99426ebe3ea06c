import * as React from 'react';
import { Alert, AlertActionLink } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import type { NextStep } from '../../mesh/health/overview';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** What to do next: install the operator, resolve Service Mesh 2.x, or install ambient mode. */
export const NextStepAlert: React.FC<{ next: NextStep }> = ({ next }) => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  if (next === 'blocked') {
    return (
      <Alert variant="danger" isInline title={t('OpenShift Service Mesh 2.x is present')}>
        {t(
          'Ambient mode cannot be installed while the Service Mesh 2.x control plane CRD (ServiceMeshControlPlane, maistra.io) exists. Migrate to Service Mesh 3 and remove Service Mesh 2.x first.',
        )}
      </Alert>
    );
  }
  if (next === 'installOperator') {
    return (
      <Alert
        variant="info"
        isInline
        title={t('The Service Mesh 3 operator is not installed')}
        actionLinks={
          <AlertActionLink onClick={() => navigate('/operatorhub/all-namespaces')}>
            {t('Install it from OperatorHub')}
          </AlertActionLink>
        }
      >
        {t(
          'Ambient mode is installed by the Red Hat OpenShift Service Mesh 3 operator (3.1 or later). Install it first, then come back here.',
        )}
      </Alert>
    );
  }
  if (next === 'install') {
    return (
      <Alert
        variant="info"
        isInline
        title={t('Ambient mode is not installed')}
        actionLinks={
          <AlertActionLink onClick={() => navigate('/ambient-mesh/install')}>
            {t('Install ambient mode')}
          </AlertActionLink>
        }
      >
        {t(
          'The operator is ready. The install wizard checks the prerequisites and creates Istio, IstioCNI and ZTunnel for you.',
        )}
      </Alert>
    );
  }
  return null;
};
