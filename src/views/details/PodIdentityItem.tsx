import * as React from 'react';
import { Spinner } from '@patternfly/react-core';
import type { PodKind } from '../../k8s/pod/types';
import { spiffeId } from '../../mesh/policy/identity';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { useIstioSettings } from './useIstioSettings';

type Props = { obj: PodKind };

/**
 * `console.resource/details-item` on Pod details: the SPIFFE identity ztunnel presents for the
 * pod, in the trust domain of the Istio resource (meshConfig.trustDomain, default cluster.local).
 */
const PodIdentityItem: React.FC<Props> = ({ obj }) => {
  const { t } = useAmbientTranslation();
  const settings = useIstioSettings();
  if (!settings.loaded) return <Spinner size="sm" aria-label={t('Loading')} />;
  if (!settings.readable) {
    return (
      <span data-test="pod-identity">
        {spiffeId(t('<trust domain>'), obj)}{' '}
        <small>{t('(trust domain unknown: you may not read the Istio resource)')}</small>
      </span>
    );
  }
  return (
    <code data-test="pod-identity">{spiffeId(settings.trustDomain ?? 'cluster.local', obj)}</code>
  );
};

export default PodIdentityItem;
