import * as React from 'react';
import { Alert, Button, Checkbox, Content, Stack } from '@patternfly/react-core';
import { errorMessage, httpStatus } from '../../../k8s/errors';
import { patchFieldChanges, routingViaHostPatch } from '../../../mesh/preflight/fix';
import {
  applyRoutingViaHost,
  planRoutingViaHost,
  type RoutingViaHostPlan,
} from '../../../resources/network/mutations';
import type { NetworkOperatorKind } from '../../../k8s/network/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { FieldChangeList } from './FieldChangeList';

type Props = { network: NetworkOperatorKind; canPatch: boolean };

type Stage = 'idle' | 'checking' | 'planned' | 'applying' | 'done';

/**
 * Offers the routingViaHost fix to those allowed, in two steps: a dry run against the object as
 * the server holds it now, which shows the exact fields the fix sets (old -> new); then, once the
 * user confirms, the same patch, guarded by the resourceVersion it was planned from. When the
 * object changed in between, nothing is written: the fix plans again and asks again.
 */
export const RoutingViaHostFix: React.FC<Props> = ({ network, canPatch }) => {
  const { t } = useAmbientTranslation();
  const [agreed, setAgreed] = React.useState(false);
  const [stage, setStage] = React.useState<Stage>('idle');
  const [plan, setPlan] = React.useState<RoutingViaHostPlan>();
  const [error, setError] = React.useState<string>();
  const [changedMeanwhile, setChangedMeanwhile] = React.useState(false);
  const fields = plan?.fields ?? patchFieldChanges(network, routingViaHostPatch(network));

  const check = async (): Promise<void> => {
    setStage('checking');
    setError(undefined);
    try {
      setPlan(await planRoutingViaHost());
      setStage('planned');
    } catch (e) {
      setError(errorMessage(e));
      setStage('idle');
    }
  };
  const apply = async (): Promise<void> => {
    if (!plan) return;
    setStage('applying');
    setError(undefined);
    try {
      await applyRoutingViaHost(plan);
      setStage('done');
    } catch (e) {
      const status = httpStatus(e);
      if (status !== 409 && status !== 422) {
        setError(errorMessage(e));
        setStage('planned');
        return;
      }
      setChangedMeanwhile(true);
      setAgreed(false);
      await check();
    }
  };

  if (stage === 'done')
    return (
      <Alert
        variant="success"
        isInline
        isPlain
        data-test="routing-via-host-done"
        title={t('routingViaHost is on; the network operator reconfigures the nodes one by one')}
      />
    );
  return (
    <Alert
      variant="warning"
      isInline
      isPlain
      title={t('Fix: enable routingViaHost on the cluster network')}
    >
      <Stack hasGutter>
        <div>
          {t(
            'This patches network.operator.openshift.io/cluster. The cluster network operator then switches OVN-Kubernetes to local gateway mode on every node: traffic leaving pods is routed through the host network stack. Nodes are reconfigured one by one and traffic may be briefly disrupted.',
          )}
        </div>
        <Content component="p">{t('The fix sets exactly these fields and nothing else:')}</Content>
        <FieldChangeList fields={fields} />
        {changedMeanwhile && (
          <Alert
            variant="info"
            isInline
            data-test="routing-via-host-changed"
            title={t(
              'The network configuration changed since the dry run; nothing was written. Review the fields again.',
            )}
          />
        )}
        {!canPatch && (
          <div>
            {t(
              'You may not patch the cluster network configuration; ask a cluster administrator to apply this patch.',
            )}
          </div>
        )}
        {canPatch && !plan && (
          <Button
            variant="secondary"
            isDisabled={stage === 'checking'}
            isLoading={stage === 'checking'}
            onClick={() => void check()}
          >
            {t('Check with a dry run')}
          </Button>
        )}
        {canPatch && plan && (
          <>
            <Content component="p" data-test="routing-via-host-dry-run">
              {t('The API server accepted this change in a dry run; nothing has changed yet.')}
            </Content>
            <Checkbox
              id="routing-via-host-agree"
              label={t('I understand that this changes the network of every node')}
              isChecked={agreed}
              onChange={(_e, v) => setAgreed(v)}
            />
            <Button
              variant="secondary"
              isDisabled={!agreed || stage !== 'planned'}
              isLoading={stage === 'applying' || stage === 'checking'}
              onClick={() => void apply()}
            >
              {t('Enable routingViaHost')}
            </Button>
          </>
        )}
        {error && (
          <Alert variant="danger" isInline title={t('The patch failed')}>
            {error}
          </Alert>
        )}
      </Stack>
    </Alert>
  );
};
