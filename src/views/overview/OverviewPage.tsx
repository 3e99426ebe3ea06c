import * as React from 'react';
import { Button, Gallery, Stack } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { PageFrame } from '../../components/PageFrame';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { NextStepAlert } from './NextStepAlert';
import { NodesCard } from './NodesCard';
import { ResourceHealthCard } from './ResourceHealthCard';
import { RevisionsCard } from './RevisionsCard';
import { SummaryCard } from './SummaryCard';
import { UpgradeAlert } from './UpgradeAlert';
import { useOverviewData } from './useOverviewData';
import { getName } from '../../k8s/common/selectors';
import { NamespaceOwnerOverview } from '../scope/NamespaceOwnerOverview';
import { useNamespaceOwner } from '../scope/useNamespaceOwner';
import { UninstallAction } from '../uninstall/UninstallAction';

const OverviewPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const data = useOverviewData();
  // A user who may not read the mesh's cluster-scoped resources gets the namespace owner's view.
  const owner = useNamespaceOwner();
  if (owner.checking || owner.owner) return <NamespaceOwnerOverview data={owner} />;
  const canInstall = data.next === 'install' || (data.installed && !data.serviceMesh2);
  const actions = (
    <>
      {canInstall && (
        <Button
          variant={data.installed ? 'secondary' : 'primary'}
          component={(p) => <Link {...p} to="/ambient-mesh/install" />}
        >
          {data.installed ? t('Update ambient mode') : t('Install ambient mode')}
        </Button>
      )}
      {data.installed && <UninstallAction />}
    </>
  );
  return (
    <PageFrame
      title={t('Ambient mesh')}
      documentTitle={t('Ambient mesh overview')}
      actions={actions}
      loaded={data.loaded}
      error={data.error}
    >
      <Stack hasGutter>
        <NextStepAlert next={data.next} />
        {data.installed && <UpgradeAlert data={data} />}
        <SummaryCard data={data} />
        {data.installed && (
          <>
            <Gallery hasGutter minWidths={{ default: '100%' }}>
              {data.istios.length ? (
                data.istios.map((i) => <ResourceHealthCard key={getName(i)} kind="Istio" obj={i} />)
              ) : (
                <ResourceHealthCard kind="Istio" />
              )}
              <ResourceHealthCard kind="IstioCNI" obj={data.istioCNIs[0]} />
              <ResourceHealthCard kind="ZTunnel" obj={data.ztunnels[0]} />
            </Gallery>
            {data.rowsLoaded && data.revisions.length > 0 && (
              <RevisionsCard rows={data.revisions} />
            )}
            {data.rowsLoaded && <NodesCard rows={data.rows} />}
          </>
        )}
      </Stack>
    </PageFrame>
  );
};

export default OverviewPage;
