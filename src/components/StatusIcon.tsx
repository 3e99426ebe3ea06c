import * as React from 'react';
import { Icon, Spinner } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  PendingIcon,
  UnknownIcon,
} from '@patternfly/react-icons';

export type StatusKind = 'success' | 'warning' | 'danger' | 'pending' | 'progress' | 'unknown';

type Props = { status: StatusKind; label: string };

/** A status icon in PatternFly's status colours, with an accessible label. */
export const StatusIcon: React.FC<Props> = ({ status, label }) => {
  if (status === 'progress') return <Spinner size="md" aria-label={label} isInline />;
  const icon = {
    success: <CheckCircleIcon />,
    warning: <ExclamationTriangleIcon />,
    danger: <ExclamationCircleIcon />,
    pending: <PendingIcon />,
    unknown: <UnknownIcon />,
  }[status];
  const iconStatus =
    status === 'success' || status === 'warning' || status === 'danger' ? status : undefined;
  return (
    <Icon status={iconStatus} isInline aria-label={label} role="img" title={label}>
      {icon ?? <InProgressIcon />}
    </Icon>
  );
};
