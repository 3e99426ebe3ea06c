import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { List, ListItem } from '@patternfly/react-core';
import { PageState } from '../../components/PageState';
import { useNamespaces } from '../../resources/namespace/hooks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

const NamespacesPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const { namespaces, loaded, error } = useNamespaces();
  return (
    <>
      <DocumentTitle>{t('Ambient mesh namespaces')}</DocumentTitle>
      <ListPageHeader title={t('Namespaces')} />
      <ListPageBody>
        <PageState
          loaded={loaded}
          error={error}
          empty={namespaces.length === 0}
          emptyTitle={t('No namespaces')}
        >
          <List>
            {namespaces.map((ns) => (
              <ListItem key={ns.metadata?.name}>{ns.metadata?.name}</ListItem>
            ))}
          </List>
        </PageState>
      </ListPageBody>
    </>
  );
};

export default NamespacesPage;
