import * as React from 'react';
import { MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';

type Props = {
  /** Accessible name of the toggle button. */
  label: string;
  /** Text shown on the toggle. */
  text: React.ReactNode;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  variant?: 'default' | 'plainText';
  /** Told when the menu opens or closes (a menu may list its options only while open). */
  onOpenChange?: (open: boolean) => void;
};

/** A single-choice select (user switch, project selector). */
export const ChoiceSelect: React.FC<Props> = ({
  label,
  text,
  value,
  options,
  onChange,
  variant,
  onOpenChange,
}) => {
  const [open, setOpenState] = React.useState(false);
  // the owner is told from the event, never from inside a state update of this component
  const setOpen = (now: boolean) => {
    setOpenState(now);
    if (now !== open) onOpenChange?.(now);
  };
  return (
    <Select
      isOpen={open}
      selected={value}
      onOpenChange={setOpen}
      onSelect={(_e, v) => {
        setOpen(false);
        if (typeof v === 'string' && v !== value) onChange(v);
      }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          aria-label={label}
          variant={variant}
          isExpanded={open}
          onClick={() => setOpen(!open)}
        >
          {text}
        </MenuToggle>
      )}
      isScrollable
      maxMenuHeight="60vh"
    >
      <SelectList aria-label={label}>
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value} isSelected={o.value === value}>
            {o.label}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
};
