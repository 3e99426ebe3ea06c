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
import { planBulk, runLimited, summarizeFindings } from '../../../mesh/enrollment/bulk';
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
import { BulkProgress, type BulkResult } from './BulkProgress';
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
  const [results, setResults] = React.useState<BulkResult[] | null>(null);
  const update = (name: string, r: Partial<BulkResult>) =>
    setResults((rs) => rs && rs.map((x) => (x.name === name ? { ...x, ...r } : x)));
  const errorsRef = React.useRef(errors);
  errorsRef.current = errors;

  const run = () => {
    const plan = planBulk(namespaces, action === 'enroll' ? 'enroll' : mode, findings, options);
    const skip = new Set(forbidden);
    setResults(
      plan.map((p) => ({
        name: p.name,
        status: skip.has(p.name) ? 'skipped' : p.noop ? 'unchanged' : 'waiting',
      })),
    );
    const todo = plan.filter((p) => !p.noop && !skip.has(p.name));
    void runLimited(todo, 4, async (item) => {
      update(item.name, { status: 'running' });
      const ok = await write(item.name, item.changes);
      // the write records its error; read it on the next tick, after the state update
      await Promise.resolve();
      update(item.name, ok ? { status: 'done' } : { status: 'failed' });
    });
  };

  const has = (id: Finding['id']) => summary.some((s) => s.id === id);
  const count = namespaces.length;
  return (
    <Modal variant={ModalVariant.medium} isOpen onClose={onClose} aria-labelledby="bulk-title">
      <ModalHeader
        labelId="bulk-title"
        title={
          action === 'enroll'
            ? t('Add {{n}} namespaces to the ambient mesh', { n: count })
            : t('Take {{n}} namespaces out of the ambient mesh', { n: count })
        }
      />
      <ModalBody>
        {results ? (
          <BulkProgress
            results={results.map((r) =>
              r.status === 'failed' ? { ...r, message: errorsRef.current[r.name] } : r,
            )}
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
              ? t('Add {{n}} namespaces', { n: count - forbidden.length })
              : t('Update {{n}} namespaces', { n: count - forbidden.length })}
          </Button>
        )}
        <Button variant={results ? 'primary' : 'link'} onClick={onClose}>
          {results ? t('Done') : t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
