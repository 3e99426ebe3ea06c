import * as React from 'react';
import { FormSelect, FormSelectOption, Tooltip } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = {
  /** Current `istio.io/use-waypoint` value; undefined when not set. */
  value?: string;
  waypoints: string[];
  onChange: (waypoint: string | null) => void;
  ariaLabel: string;
  /** Text of "not set" (e.g. "Inherit from namespace"). */
  unsetLabel: string;
  disabledReason?: string;
};

/** Sets, opts out of (`none`) or clears `istio.io/use-waypoint`. */
export const UseWaypointSelect: React.FC<Props> = (p) => {
  const { t } = useAmbientTranslation();
  const options = [...p.waypoints];
  if (p.value && p.value !== 'none' && !options.includes(p.value)) options.push(p.value);
  const select = (
    <FormSelect
      aria-label={p.ariaLabel}
      value={p.value ?? ''}
      isDisabled={!!p.disabledReason}
      onChange={(_e, v) => p.onChange(v === '' ? null : v)}
    >
      <FormSelectOption value="" label={p.unsetLabel} />
      <FormSelectOption value="none" label={t('none (opt out)')} />
      {options.map((w) => (
        <FormSelectOption key={w} value={w} label={w} />
      ))}
    </FormSelect>
  );
  return p.disabledReason ? (
    <Tooltip content={p.disabledReason}>
      <span tabIndex={0}>{select}</span>
    </Tooltip>
  ) : (
    select
  );
};
