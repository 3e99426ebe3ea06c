import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Icon } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
} from '@patternfly/react-icons';

// The console's status icons and StatusIconAndText (console-dynamic-plugin-sdk
// src/app/components/status): PatternFly icons filled with the status colour tokens.

type IconProps = React.ComponentProps<typeof SDK.GreenCheckCircleIcon>;

const colored =
  (Svg: React.ComponentType<React.SVGProps<SVGElement> & { title?: string }>, token: string) =>
  ({ className, title, size, dataTest }: IconProps) => {
    const icon = (
      <Svg
        className={className}
        title={title}
        data-test={dataTest}
        style={{ fill: `var(--pf-t--global--icon--color--status--${token}--default)` }}
      />
    );
    return size ? <Icon size={size}>{icon}</Icon> : icon;
  };

export const GreenCheckCircleIcon: typeof SDK.GreenCheckCircleIcon = colored(
  CheckCircleIcon,
  'success',
);
export const RedExclamationCircleIcon: typeof SDK.RedExclamationCircleIcon = colored(
  ExclamationCircleIcon,
  'danger',
);
export const YellowExclamationTriangleIcon: typeof SDK.YellowExclamationTriangleIcon = colored(
  ExclamationTriangleIcon,
  'warning',
);
export const BlueInfoCircleIcon: typeof SDK.BlueInfoCircleIcon = colored(InfoCircleIcon, 'info');

/** An icon and its text; with `iconOnly`, the text is the icon's tooltip. A dash without a title. */
export const StatusIconAndText: typeof SDK.StatusIconAndText = ({
  icon,
  title,
  spin,
  iconOnly,
  noTooltip,
  className,
}) => {
  if (!title) return <>-</>;
  return (
    <span
      className={['co-icon-and-text', className].filter(Boolean).join(' ')}
      title={iconOnly && !noTooltip ? title : undefined}
    >
      {icon &&
        React.cloneElement(icon, {
          className: [spin && 'co-spin', icon.props.className].filter(Boolean).join(' '),
          style: {
            ...icon.props.style,
            marginRight: iconOnly ? undefined : 'var(--pf-t--global--spacer--xs)',
          },
        })}
      {!iconOnly && <span data-test="status-text">{title}</span>}
    </span>
  );
};
