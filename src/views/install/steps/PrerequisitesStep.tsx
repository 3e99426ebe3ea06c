import * as React from 'react';
import {
  Alert,
  Button,
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Content,
} from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { Status, type StatusKind } from '../../../components/Status';
import type { PreflightCheck } from '../../../mesh/preflight/types';
import type { NetworkOperatorKind } from '../../../k8s/network/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { usePreflightText } from './usePreflightText';
import { RoutingViaHostFix } from './RoutingViaHostFix';

const ICON: Record<PreflightCheck['status'], StatusKind> = {
  pass: 'success',
  warn: 'warning',
  fail: 'danger',
  loading: 'progress',
};

type Props = { checks: PreflightCheck[]; network?: NetworkOperatorKind; canPatchNetwork: boolean };

export const PrerequisitesStep: React.FC<Props> = ({ checks, network, canPatchNetwork }) => {
  const { t } = useAmbientTranslation();
  const text = usePreflightText();
  const status: Record<PreflightCheck['status'], string> = {
    pass: t('Passed'),
    warn: t('Warning'),
    fail: t('Failed'),
    loading: t('Checking'),
  };
  const operatorMissing = checks.some((c) => c.code === 'operatorMissing');
  return (
    <>
      <Content component="p">
        {t(
          'This wizard installs Istio ambient mode: the Istio control plane, the Istio CNI agent and ztunnel on every node. First it checks that the cluster is ready.',
        )}
      </Content>
      <DataList aria-label={t('Prerequisites')} isCompact>
        {checks.map((c) => (
          <DataListItem key={c.id} aria-labelledby={`check-${c.id}`}>
            <DataListItemRow>
              <DataListItemCells
                dataListCells={[
                  <DataListCell key="status" isFilled={false}>
                    <Status status={ICON[c.status]} label={status[c.status]} iconOnly />
                  </DataListCell>,
                  <DataListCell key="text" data-test={`check-${c.id}`} data-status={c.status}>
                    <strong id={`check-${c.id}`}>{text.title(c)}</strong>{' '}
                    <span>{t('({{status}})', { status: status[c.status] })}</span>
                    <div>{text.reason(c)}</div>
                    {c.fixable && network && (
                      <RoutingViaHostFix network={network} canPatch={canPatchNetwork} />
                    )}
                  </DataListCell>,
                ]}
              />
            </DataListItemRow>
          </DataListItem>
        ))}
      </DataList>
      {operatorMissing && (
        <Alert variant="info" isInline title={t('Install the Service Mesh 3 operator first')}>
          <Button
            variant="link"
            isInline
            component={(p) => <Link {...p} to="/operatorhub/all-namespaces" />}
          >
            {t('Open OperatorHub')}
          </Button>
        </Alert>
      )}
    </>
  );
};
