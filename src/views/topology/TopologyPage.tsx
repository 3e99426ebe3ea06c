import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { DeferredBody } from '../../components/DeferredBody';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { useTopologyData } from './useTopologyData';
import { useTopologyFilters } from './useTopologyFilters';

/** The body (PatternFly, the table): its own chunk, loaded beside the lists (`DeferredBody`). */
const TopologyView = React.lazy(() =>
  import('./TopologyView').then((m) => ({ default: m.TopologyView })),
);

/** Which workloads ztunnel captures, per namespace and node, and which waypoints serve them. */
const TopologyPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const filterState = useTopologyFilters();
  // the first rows are on screen: the whole list may now be asked for (`useTopologyPods`)
  const [listAll, setListAll] = React.useState(false);
  const onShown = React.useCallback(() => setListAll(true), []);
  const { model, loaded, error, whole, listing, partial, scope } = useTopologyData(
    filterState.filters.namespace,
    { listAll },
  );
  return (
    <>
      <DocumentTitle>{t('Ambient mesh topology')}</DocumentTitle>
      <ListPageHeader title={t('Topology')} />
      <ListPageBody>
        <DeferredBody>
          <TopologyView
            {...filterState}
            model={model}
            loaded={loaded}
            whole={whole}
            listing={listing}
            error={error}
            partial={partial}
            scope={scope}
            onShown={onShown}
          />
        </DeferredBody>
      </ListPageBody>
    </>
  );
};

export default TopologyPage;
