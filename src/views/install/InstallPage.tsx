import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageState } from '../../components/PageState';
import { useIstios } from '../../resources/istio/hooks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

const InstallPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const { istios, loaded, error } = useIstios();
  return (
    <>
      <DocumentTitle>{t('Install ambient mode')}</DocumentTitle>
      <ListPageHeader title={t('Install ambient mode')} />
      <ListPageBody>
        <PageState loaded={loaded} error={error}>
          {istios.length > 0
            ? t('Ambient mode is installed.')
            : t('Ambient mode is not installed.')}
        </PageState>
      </ListPageBody>
    </>
  );
};

export default InstallPage;
