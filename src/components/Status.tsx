import * as React from 'react';
import {
  BlueInfoCircleIcon,
  GreenCheckCircleIcon,
  RedExclamationCircleIcon,
  StatusIconAndText,
  YellowExclamationTriangleIcon,
} from '@openshift-console/dynamic-plugin-sdk';
import { Button, Tooltip } from '@patternfly/react-core';
import { InProgressIcon, PendingIcon, UnknownIcon } from '@patternfly/react-icons';
import type { StepStatus } from '../mesh/common/stepRunner';

export type StatusKind =
  | 'success'
  | 'warning'
  | 'danger'
  | 'info'
  | 'pending'
  | 'progress'
  | 'unknown';

const iconFor = (status: StatusKind): React.ReactElement => {
  if (status === 'success') return <GreenCheckCircleIcon />;
  if (status === 'warning') return <YellowExclamationTriangleIcon />;
  if (status === 'danger') return <RedExclamationCircleIcon />;
  if (status === 'info') return <BlueInfoCircleIcon />;
  if (status === 'progress') return <InProgressIcon />;
  if (status === 'pending') return <PendingIcon />;
  return <UnknownIcon />;
};

type Props = { status: StatusKind; label: string; iconOnly?: boolean };

/** How a step of a run (install, upgrade, uninstall, move to ambient) shows its status. */
export const STEP_STATUS_ICON: Record<StepStatus, StatusKind> = {
  pending: 'pending',
  writing: 'progress',
  waiting: 'progress',
  done: 'success',
  failed: 'danger',
};

/**
 * A status as the console shows it: the SDK's status icon and text (`StatusIconAndText`). With
 * `iconOnly` the label is the icon's accessible name and title.
 */

export const Status: React.FC<Props> = ({ status, label, iconOnly }) => {
  const body = (
    <StatusIconAndText
      icon={iconFor(status)}
      title={label}
      iconOnly={iconOnly}
      spin={status === 'progress'}
    />
  );
  return iconOnly ? (
    <span role="img" aria-label={label}>
      {body}
    </span>
  ) : (
    body
  );
};

/** A status icon whose tooltip explains it, reachable with the keyboard (a plain button). */
export const StatusHint: React.FC<{ status: StatusKind; label: string }> = ({ status, label }) => (
  <Tooltip content={label}>
    <Button variant="plain" size="sm" isInline aria-label={label} icon={iconFor(status)} />
  </Tooltip>
);
