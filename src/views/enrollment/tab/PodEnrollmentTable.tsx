import * as React from 'react';
import { StatusHint } from '../../../components/Status';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CardTitle,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Spinner,
  Tooltip,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { cniRulesOf } from '../../../mesh/enrollment/cniRules';
import { evaluatePod, isStuckOnZtunnel } from '../../../mesh/enrollment/podEnrollment';
import { useIstioCNIs } from '../../../resources/istiocni/hooks';
import { useEnrollmentLabelWrites } from '../common/useEnrollmentLabelWrites';
import {
  patchPodLabels,
  podModeChanges,
  podModeOf,
  type PodModeChoice,
} from '../../../resources/pod/mutations';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { podStateText, redirectionText } from './podStateText';
import type { NamespaceTabData } from '../common/useNamespaceTabData';
import { getName } from '../../../k8s/common/selectors';

/** The namespace's pods: their own label (settable), the rule's conclusion, the CNI agent's. */
export const PodEnrollmentTable: React.FC<{ data: NamespaceTabData }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const { pods, namespace, facts, name } = data;
  const [allowed, checking] = useAccessReview({
    group: '',
    resource: 'pods',
    verb: 'patch',
    namespace: name,
  });
  const writes = useEnrollmentLabelWrites(pods, patchPodLabels);
  const choices: { value: PodModeChoice; label: string }[] = [
    { value: 'inherit', label: t('Inherit from namespace') },
    { value: 'ambient', label: t('ambient') },
    { value: 'none', label: t('none (excluded)') },
  ];
  // The enrollment rule of the Istio version the IstioCNI runs (and its enablement selectors).
  const { istioCNIs } = useIstioCNIs();
  const cniRules = React.useMemo(() => cniRulesOf(istioCNIs[0]), [istioCNIs]);
  const sorted = React.useMemo(
    () => [...pods].sort((a, b) => getName(a).localeCompare(getName(b))),
    [pods],
  );
  const reason = checking
    ? t('Checking permissions')
    : t('You may not change pods in {{name}}', { name });
  return (
    <Card>
      <CardTitle>{t('Pods')}</CardTitle>
      <CardBody>
        <Table aria-label={t('Pod enrollment')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Pod')}</Th>
              <Th>{t('Node')}</Th>
              <Th>{t('Pod label')}</Th>
              <Th>{t('Rule concludes')}</Th>
              <Th>{t('CNI agent')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {sorted.map((pod) => {
              const podName = getName(pod);
              const node = pod.spec?.nodeName;
              const ztunnelReady = !node || !facts.ztunnelNodes || facts.ztunnelNodes.has(node);
              const e = evaluatePod(pod, namespace, ztunnelReady, cniRules);
              const value = podModeOf(writes.pending[podName]) ?? e.podLabel;
              const select = (
                <FormSelect
                  aria-label={t('Data plane label of {{pod}}', { pod: podName })}
                  value={value}
                  isDisabled={checking || !allowed || !!writes.busy[podName]}
                  onChange={(_ev, v) =>
                    void writes.write(podName, podModeChanges(v as PodModeChoice))
                  }
                >
                  {choices.map((c) => (
                    <FormSelectOption key={c.value} value={c.value} label={c.label} />
                  ))}
                </FormSelect>
              );
              return (
                <Tr key={podName} data-test={`pod-row-${podName}`}>
                  <Td dataLabel={t('Pod')}>{podName}</Td>
                  <Td dataLabel={t('Node')}>{node ?? '-'}</Td>
                  <Td dataLabel={t('Pod label')}>
                    {checking || !allowed ? (
                      <Tooltip content={reason}>
                        <span tabIndex={0}>{select}</span>
                      </Tooltip>
                    ) : (
                      select
                    )}
                    {writes.busy[podName] && (
                      <Spinner
                        size="sm"
                        data-test={`pod-busy-${podName}`}
                        aria-label={t('Saving the labels of {{name}}', { name: podName })}
                      />
                    )}
                    {writes.errors[podName] && (
                      <HelperText>
                        <HelperTextItem variant="error">{writes.errors[podName]}</HelperTextItem>
                      </HelperText>
                    )}
                  </Td>
                  <Td dataLabel={t('Rule concludes')} data-test="pod-state">
                    {podStateText(t, e.state)}
                  </Td>
                  <Td dataLabel={t('CNI agent')} data-test="pod-redirection">
                    {redirectionText(t, e.redirection)}{' '}
                    {isStuckOnZtunnel(pod) && (
                      <small data-test="pod-stuck">
                        {t('ContainerCreating: waits for ztunnel on its node')}{' '}
                      </small>
                    )}
                    {e.mismatch && (
                      <span data-test="pod-mismatch">
                        <StatusHint
                          status="warning"
                          label={t('The labels and the CNI agent disagree')}
                        />
                      </span>
                    )}
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      </CardBody>
    </Card>
  );
};
