import * as React from 'react';
import { Spinner, Split, SplitItem, Switch, Tooltip } from '@patternfly/react-core';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import {
  defaultEnrollOptions,
  enrollChanges,
  needsConfirmation,
  removeChanges,
  type Finding,
} from '../../../mesh/enrollment/preflight';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { useCanLabelNamespace } from '../common/useCanLabelNamespace';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { EnrollModal } from './EnrollModal';
import { RemoveModal } from './RemoveModal';
import { getName } from '../../../k8s/common/selectors';

type Props = {
  namespace: NamespaceKind;
  /** The namespace asks for ambient (as displayed, optimistic writes included). */
  enrolled: boolean;
  findings: Finding[];
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  /** Show "In the mesh"/"Not in the mesh" beside the switch. */
  showLabel?: boolean;
  /** A write to this namespace is in flight: the switch is not clickable and shows a spinner. */
  busy?: boolean;
  /** Why this namespace may never be enrolled (a system namespace); taking it out stays allowed. */
  guard?: string;
};

/**
 * The enrollment toggle of one namespace: checked when it asks for ambient. Turning it on
 * enrolls at once when the pre-flight checks find nothing to confirm, else shows them first;
 * turning it off asks whether to remove the label or exclude. Disabled with the reason when the
 * user may not patch the namespace, and busy (disabled, with a spinner) while its write is in
 * flight, so that a second click never races the first.
 */
export const EnrollmentSwitch: React.FC<Props> = ({
  namespace,
  enrolled,
  findings,
  write,
  showLabel,
  busy,
  guard,
}) => {
  const { t } = useAmbientTranslation();
  const name = getName(namespace);
  const [allowed, checking] = useCanLabelNamespace(name);
  const [modal, setModal] = React.useState<'enroll' | 'remove' | null>(null);
  const guarded = !!guard && !enrolled;

  const onChange = (_e: unknown, checked: boolean) => {
    if (!checked) setModal('remove');
    else if (needsConfirmation(findings)) setModal('enroll');
    else void write(name, enrollChanges(namespace, findings, defaultEnrollOptions(findings)));
  };

  const toggle = (
    <Switch
      id={`ambient-switch-${name}`}
      aria-label={t('Ambient mesh for {{name}}', { name })}
      label={
        showLabel ? (enrolled ? t('In the ambient mesh') : t('Not in the ambient mesh')) : undefined
      }
      isChecked={enrolled}
      isDisabled={checking || !allowed || busy || guarded}
      aria-busy={checking || undefined}
      onChange={onChange}
    />
  );
  const withBusy = busy ? (
    <Split hasGutter data-test={`ambient-switch-busy-${name}`}>
      <SplitItem>{toggle}</SplitItem>
      <SplitItem>
        <Spinner size="md" aria-label={t('Saving the labels of {{name}}', { name })} />
      </SplitItem>
    </Split>
  ) : (
    toggle
  );
  return (
    <>
      {/* While the review is pending the switch is only disabled: no tooltip to mount on every
          row and take down again, so the switch stays mounted when the answer comes. */}
      {!checking && (!allowed || guarded) ? (
        <Tooltip
          content={
            guarded ? guard : t('You may not change the labels of namespace {{name}}', { name })
          }
        >
          <span tabIndex={0} data-test={`ambient-switch-disabled-${name}`}>
            {withBusy}
          </span>
        </Tooltip>
      ) : (
        withBusy
      )}
      {modal === 'enroll' && (
        <EnrollModal
          title={t('Add {{name}} to the ambient mesh', { name })}
          findings={findings}
          onClose={() => setModal(null)}
          onConfirm={(options) => {
            setModal(null);
            void write(name, enrollChanges(namespace, findings, options));
          }}
        />
      )}
      {modal === 'remove' && (
        <RemoveModal
          title={t('Take {{name}} out of the ambient mesh', { name })}
          onClose={() => setModal(null)}
          onConfirm={(mode) => {
            setModal(null);
            void write(name, removeChanges(mode));
          }}
        />
      )}
    </>
  );
};
