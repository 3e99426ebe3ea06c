import * as React from 'react';
import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { TopologyView } from './TopologyView';
import { useTopologyData } from './useTopologyData';
import { useTopologyFilters } from './useTopologyFilters';

/** Which workloads ztunnel captures, per namespace and node, and which waypoints serve them. */
const TopologyPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const filterState = useTopologyFilters();
  const { model, loaded, error, whole, partial, scope } = useTopologyData(
    filterState.filters.namespace,
  );
  return (
    <>
      <DocumentTitle>{t('Ambient mesh topology')}</DocumentTitle>
      <ListPageHeader title={t('Topology')} />
      <TopologyView
        {...filterState}
        model={model}
        loaded={loaded}
        whole={whole}
        error={error}
        partial={partial}
        scope={scope}
      />
    </>
  );
};

export default TopologyPage;
