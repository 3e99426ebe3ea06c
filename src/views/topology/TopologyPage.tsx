import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageState } from '../../components/PageState';
import { useNamespaces } from '../../resources/namespace/hooks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

const TopologyPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const { namespaces, loaded, error } = useNamespaces();
  return (
    <>
      <DocumentTitle>{t('Ambient mesh topology')}</DocumentTitle>
      <ListPageHeader title={t('Topology')} />
      <ListPageBody>
        <PageState loaded={loaded} error={error} empty={namespaces.length === 0}>
          {t('{{n}} namespaces', { n: namespaces.length })}
        </PageState>
      </ListPageBody>
    </>
  );
};

export default TopologyPage;
