import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { List, ListItem } from '@patternfly/react-core';
import { PageState } from '../../components/PageState';
import { useIstios } from '../../resources/istio/hooks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

const OverviewPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const { istios, loaded, error } = useIstios();
  return (
    <>
      <DocumentTitle>{t('Ambient mesh overview')}</DocumentTitle>
      <ListPageHeader title={t('Ambient mesh')} />
      <ListPageBody>
        <PageState
          loaded={loaded}
          error={error}
          empty={istios.length === 0}
          emptyTitle={t('Ambient mode is not installed')}
        >
          <List>
            {istios.map((i) => (
              <ListItem key={i.metadata?.name}>{i.metadata?.name}</ListItem>
            ))}
          </List>
        </PageState>
      </ListPageBody>
    </>
  );
};

export default OverviewPage;
