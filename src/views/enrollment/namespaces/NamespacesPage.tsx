import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { DeferredBody } from '../../../components/DeferredBody';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useNamespacesPageData } from './useNamespacesPageData';

/** The body (PatternFly, the table): its own chunk, loaded beside the lists (`DeferredBody`). */
const NamespacesBody = React.lazy(() =>
  import('./NamespacesBody').then((m) => ({ default: m.NamespacesBody })),
);

/** `/ambient-mesh/namespaces`: every namespace's data plane, with toggles and bulk actions. */
const NamespacesPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  // the rows are on screen: the pods may now be listed (`useNamespacesPageData`)
  const [listPods, setListPods] = React.useState(false);
  const onShown = React.useCallback(() => setListPods(true), []);
  const data = useNamespacesPageData({ listPods });
  return (
    <>
      <DocumentTitle>{t('Ambient mesh namespaces')}</DocumentTitle>
      <ListPageHeader title={t('Namespaces')} />
      <ListPageBody>
        <DeferredBody>
          <NamespacesBody data={data} onShown={onShown} />
        </DeferredBody>
      </ListPageBody>
    </>
  );
};

export default NamespacesPage;
