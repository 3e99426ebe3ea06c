import * as React from 'react';
import {
  Button,
  Checkbox,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
  Stack,
} from '@patternfly/react-core';
import { planBulk, summarizeFindings } from '../../../mesh/enrollment/bulk';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import {
  enrollmentPreflight,
  type EnrollOptions,
  type Finding,
  type MeshFacts,
  type RemoveMode,
} from '../../../mesh/enrollment/preflight';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import type { PodKind } from '../../../k8s/pod/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { BulkProgress } from './BulkProgress';
import { useBulkRun } from './useBulkRun';
import { BulkSummary } from './BulkSummary';
import { RemoveChoice } from '../actions/RemoveChoice';
import { useBulkAccess } from './useBulkAccess';
import { getName } from '../../../k8s/common/selectors';

type Props = {
  action: 'enroll' | 'remove';
  namespaces: NamespaceKind[];
  podsByNamespace?: Map<string, PodKind[]>;
  facts: MeshFacts;
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  errors: Record<string, string>;
  onClose: () => void;
};

/** Enrolls or removes many namespaces: one summary of the checks, then per-namespace results. */
export const BulkModal: React.FC<Props> = (props) => {
  const { action, namespaces, podsByNamespace, facts, write, errors, onClose } = props;
  const { t } = useAmbientTranslation();
  const names = React.useMemo(() => namespaces.map((n) => getName(n)), [namespaces]);
  const { forbidden, checking } = useBulkAccess(names);
  const findings = React.useMemo(() => {
    const out = new Map<string, Finding[]>();
    if (action === 'enroll')
      namespaces.forEach((ns) => {
        const name = getName(ns);
        out.set(name, enrollmentPreflight(ns, podsByNamespace?.get(name) ?? [], facts));
      });
    return out;
  }, [action, namespaces, podsByNamespace, facts]);
  const summary = React.useMemo(() => summarizeFindings(findings), [findings]);
  const [options, setOptions] = React.useState<EnrollOptions>({
    addDiscoveryLabel: true,
    migrateSidecars: false,
  });
  const [mode, setMode] = React.useState<RemoveMode>('remove');
  const bulk = useBulkRun(write);
  const { results, running } = bulk;
  const run = () =>
    bulk.start(
      planBulk(namespaces, action === 'enroll' ? 'enroll' : mode, findings, options),
      new Set(forbidden),
    );
  const failedCount = results?.filter((r) => r.status === 'failed').length ?? 0;

  const has = (id: Finding['id']) => summary.some((s) => s.id === id);
  const count = namespaces.length;
  return (
    <Modal
      variant={ModalVariant.medium}
      isOpen
      onClose={running ? bulk.cancel : onClose}
      aria-labelledby="bulk-title"
    >
      <ModalHeader
        labelId="bulk-title"
        title={
          action === 'enroll'
            ? t('Add {{count, number}} namespace to the ambient mesh', {
                count,
                defaultValue_other: 'Add {{count, number}} namespaces to the ambient mesh',
              })
            : t('Take {{count, number}} namespace out of the ambient mesh', {
                count,
                defaultValue_other: 'Take {{count, number}} namespaces out of the ambient mesh',
              })
        }
      />
      <ModalBody>
        {results ? (
          <BulkProgress
            results={results.map((r) =>
              r.status === 'failed' ? { ...r, message: errors[r.name] } : r,
            )}
            cancelled={bulk.cancelled}
          />
        ) : (
          <Stack hasGutter>
            <BulkSummary summary={summary} forbidden={forbidden} />
            {action === 'enroll' && has('not-discovered') && (
              <Checkbox
                id="bulk-add-discovery"
                label={t('Also add the discovery label to namespaces the mesh does not see')}
                isChecked={options.addDiscoveryLabel}
                onChange={(_e, v) => setOptions((o) => ({ ...o, addDiscoveryLabel: v }))}
              />
            )}
            {action === 'enroll' && has('sidecar-injection') && (
              <Checkbox
                id="bulk-migrate"
                label={t('Migrate from sidecars: remove the injection labels')}
                description={t('Running pods keep their sidecars until they are restarted.')}
                isChecked={options.migrateSidecars}
                onChange={(_e, v) => setOptions((o) => ({ ...o, migrateSidecars: v }))}
              />
            )}
            {action === 'remove' && <RemoveChoice value={mode} onChange={setMode} />}
          </Stack>
        )}
      </ModalBody>
      <ModalFooter>
        {!results && (
          <Button variant="primary" onClick={run} isDisabled={checking} isLoading={checking}>
            {action === 'enroll'
              ? t('Add {{count, number}} namespace', {
                  count: count - forbidden.length,
                  defaultValue_other: 'Add {{count, number}} namespaces',
                })
              : t('Update {{count, number}} namespace', {
                  count: count - forbidden.length,
                  defaultValue_other: 'Update {{count, number}} namespaces',
                })}
          </Button>
        )}
        {running && (
          <Button variant="secondary" onClick={bulk.cancel} isDisabled={bulk.cancelled}>
            {bulk.cancelled ? t('Cancelling') : t('Cancel')}
          </Button>
        )}
        {results && !running && failedCount > 0 && (
          <Button variant="secondary" onClick={bulk.retryFailed}>
            {t('Retry failed ({{n}})', { n: failedCount })}
          </Button>
        )}
        {!running && (
          <Button variant={results ? 'primary' : 'link'} onClick={onClose}>
            {results ? t('Done') : t('Cancel')}
          </Button>
        )}
      </ModalFooter>
    </Modal>
  );
};
