import * as React from 'react';
import { Alert, AlertActionLink } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import { availableUpgrade } from '../../mesh/upgrade/targets';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { OverviewData } from './useOverviewData';

/** When the operator supports a newer version the install may move to: the way to the upgrade. */
export const UpgradeAlert: React.FC<{ data: OverviewData }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  const istio = data.istios.find((i) => i.metadata?.name === 'default') ?? data.istios[0];
  const next = availableUpgrade(data.versions, {
    istio: istio?.spec?.version,
    dataPlane: [data.ztunnels[0]?.spec?.version, data.istioCNIs[0]?.spec?.version],
  });
  if (!next) return null;
  return (
    <Alert
      variant="info"
      isInline
      title={t('An upgrade is available: {{version}}', { version: next })}
      data-test="upgrade-available"
      actionLinks={
        <AlertActionLink
          onClick={() => navigate(`/ambient-mesh/upgrade?to=${encodeURIComponent(next)}`)}
        >
          {t('Upgrade')}
        </AlertActionLink>
      }
    />
  );
};
