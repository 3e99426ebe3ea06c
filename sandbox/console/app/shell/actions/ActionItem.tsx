import * as React from 'react';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { DropdownItem } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import { useAccessReview } from '../../sdk/accessReview';

type Props = { action: Action; allowed?: boolean; onDone: () => void };

const Item: React.FC<Props> = ({ action, allowed = true, onDone }) => {
  const navigate = useNavigate();
  const disabled = !!action.disabled || !allowed;
  const tooltip = disabled ? action.disabledTooltip : action.tooltip;
  const onClick = () => {
    if (disabled) return;
    onDone();
    const { cta } = action;
    if (typeof cta === 'function') cta();
    else if (cta.external) window.open(cta.href, '_blank', 'noopener,noreferrer');
    else navigate(cta.href);
  };
  return (
    <DropdownItem
      value={action.id}
      isAriaDisabled={disabled}
      description={action.description}
      tooltipProps={tooltip ? { content: tooltip } : undefined}
      onClick={onClick}
      data-test-action={action.id}
    >
      {action.label}
    </DropdownItem>
  );
};

const ReviewedItem: React.FC<Props> = ({ action, onDone }) => {
  const [allowed, loading] = useAccessReview(action.accessReview ?? {});
  return <Item action={action} allowed={allowed && !loading} onDone={onDone} />;
};

/** One action: disabled when `disabled` or when its access review is denied, with the reason. */
export const ActionItem: React.FC<Props> = (props) =>
  props.action.accessReview ? <ReviewedItem {...props} /> : <Item {...props} />;
