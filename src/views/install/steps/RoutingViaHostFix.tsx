import * as React from 'react';
import { Alert, Button, Checkbox, CodeBlock, CodeBlockCode, Stack } from '@patternfly/react-core';
import { errorMessage } from '../../../k8s/errors';
import { routingViaHostPatch } from '../../../mesh/preflight/fix';
import { patchNetworkOperator } from '../../../resources/network/mutations';
import type { NetworkOperatorKind } from '../../../k8s/network/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = { network: NetworkOperatorKind; canPatch: boolean };

/** Offers the JSON patch that turns on routingViaHost, with what it changes, to those allowed. */
export const RoutingViaHostFix: React.FC<Props> = ({ network, canPatch }) => {
  const { t } = useAmbientTranslation();
  const [agreed, setAgreed] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const patch = routingViaHostPatch(network);
  const apply = () => {
    setBusy(true);
    setError(undefined);
    patchNetworkOperator(network, patch)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
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
        <CodeBlock aria-label={t('JSON patch')}>
          <CodeBlockCode>{JSON.stringify(patch, null, 2)}</CodeBlockCode>
        </CodeBlock>
        {canPatch ? (
          <>
            <Checkbox
              id="routing-via-host-agree"
              label={t('I understand that this changes the network of every node')}
              isChecked={agreed}
              onChange={(_e, v) => setAgreed(v)}
            />
            <Button
              variant="secondary"
              isDisabled={!agreed || busy}
              isLoading={busy}
              onClick={apply}
            >
              {t('Enable routingViaHost')}
            </Button>
          </>
        ) : (
          <div>
            {t(
              'You may not patch the cluster network configuration; ask a cluster administrator to apply this patch.',
            )}
          </div>
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
