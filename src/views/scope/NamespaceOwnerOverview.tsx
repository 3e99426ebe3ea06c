import * as React from 'react';
import { Alert, Button, Card, CardBody, CardTitle, Content, Stack } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { PageFrame } from '../../components/PageFrame';
import { getLabel, getName } from '../../k8s/common/selectors';
import { AMBIENT, DATAPLANE_MODE_LABEL } from '../../mesh/labels';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { NamespaceOwner } from './useNamespaceOwner';

/**
 * The overview for a user who may not read the mesh's cluster-scoped resources: whether ambient
 * mode is installed is unknown (with the reason), what they can do (enroll their namespaces), and
 * whom to ask for the rest.
 */
export const NamespaceOwnerOverview: React.FC<{ data: NamespaceOwner }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const enrolled = data.namespaces.filter((n) => getLabel(n, DATAPLANE_MODE_LABEL) === AMBIENT);
  return (
    <PageFrame
      title={t('Ambient mesh')}
      documentTitle={t('Ambient mesh overview')}
      loaded={data.loaded}
    >
      <Stack hasGutter>
        <Alert variant="info" isInline title={t('Ambient mode: unknown')} data-test="mesh-unknown">
          {t(
            'You may not read the cluster-wide Istio, IstioCNI and ZTunnel resources, so this page cannot tell whether ambient mode is installed or healthy.',
          )}
        </Alert>
        <Card isCompact data-test="namespace-owner">
          <CardTitle>{t('What you can do')}</CardTitle>
          <CardBody>
            <Content component="p" data-test="owner-enrolled">
              {t('{{enrolled}} of your {{count}} namespace is enrolled in ambient mode.', {
                enrolled: enrolled.length,
                count: data.namespaces.length,
                defaultValue_other:
                  '{{enrolled}} of your {{count}} namespaces are enrolled in ambient mode.',
              })}{' '}
              {data.counts
                ? t('{{captured}} of their pods are captured by ztunnel.', {
                    captured: data.counts.capturedPods,
                  })
                : t('Their captured pods are unknown: you may not list their pods.')}
            </Content>
            <Content component="p">
              {t(
                'You can add your namespaces to the ambient mesh, or remove them, and attach waypoints to them: {{namespaces}}.',
                { namespaces: data.namespaces.map(getName).join(', ') || t('none') },
              )}
            </Content>
            <Button
              variant="primary"
              component={(p) => <Link {...p} to="/ambient-mesh/namespaces" />}
            >
              {t('Enroll your namespaces')}
            </Button>
          </CardBody>
        </Card>
        <Card isCompact data-test="whom-to-ask">
          <CardTitle>{t('Whom to ask')}</CardTitle>
          <CardBody>
            <Content component="p">
              {t(
                'Installing, updating or removing ambient mode, and its health across the cluster, belong to a cluster administrator (the cluster-admin role). Ask them to install ambient mode if your namespaces are enrolled but their pods are not captured.',
              )}
            </Content>
          </CardBody>
        </Card>
      </Stack>
    </PageFrame>
  );
};
