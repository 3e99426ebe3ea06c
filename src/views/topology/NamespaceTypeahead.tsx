import * as React from 'react';
import {
  Button,
  MenuToggle,
  type MenuToggleElement,
  Select,
  SelectList,
  SelectOption,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** At most this many options are rendered; typing narrows the rest. */
const MAX_OPTIONS = 50;
const ALL = '#all#';

type Props = {
  namespaces: string[];
  /** The chosen namespace; undefined for all. */
  value?: string;
  onChange: (namespace: string | undefined) => void;
};

/** A typeahead over the namespaces, fast with thousands: only the first matches are rendered. */
export const NamespaceTypeahead: React.FC<Props> = ({ namespaces, value, onChange }) => {
  const { t } = useAmbientTranslation();
  const [isOpen, setIsOpen] = React.useState(false);
  const [typed, setTyped] = React.useState<string | undefined>(undefined);
  const allLabel = t('All namespaces');
  const text = typed ?? value ?? '';
  const needle = (typed ?? '').trim().toLowerCase();
  const { shown, total } = React.useMemo(() => {
    const matches = needle
      ? namespaces.filter((n) => n.toLowerCase().includes(needle))
      : namespaces;
    return { shown: matches.slice(0, MAX_OPTIONS), total: matches.length };
  }, [namespaces, needle]);

  const close = () => {
    setIsOpen(false);
    setTyped(undefined);
  };
  const choose = (ns: string | undefined) => {
    onChange(ns);
    close();
  };
  const toggle = (ref: React.Ref<MenuToggleElement>) => (
    <MenuToggle
      ref={ref}
      variant="typeahead"
      aria-label={t('Namespace')}
      onClick={() => setIsOpen(!isOpen)}
      isExpanded={isOpen}
      isFullWidth
    >
      <TextInputGroup isPlain>
        <TextInputGroupMain
          value={text}
          placeholder={allLabel}
          onClick={() => setIsOpen(true)}
          onChange={(_e, v) => {
            setTyped(v);
            setIsOpen(true);
          }}
          aria-label={t('Filter namespaces')}
          role="combobox"
          isExpanded={isOpen}
          aria-controls="topology-namespace-listbox"
          autoComplete="off"
        />
        {(value || typed) && (
          <TextInputGroupUtilities>
            <Button
              variant="plain"
              icon={<TimesIcon />}
              aria-label={t('All namespaces')}
              onClick={() => choose(undefined)}
            />
          </TextInputGroupUtilities>
        )}
      </TextInputGroup>
    </MenuToggle>
  );
  return (
    <Select
      id="topology-namespace-select"
      isOpen={isOpen}
      selected={value ?? ALL}
      onSelect={(_e, v) => choose(v === ALL ? undefined : String(v))}
      onOpenChange={(open) => (open ? setIsOpen(true) : close())}
      toggle={toggle}
      shouldFocusFirstItemOnOpen={false}
      isScrollable
    >
      <SelectList id="topology-namespace-listbox">
        {!needle && <SelectOption value={ALL}>{allLabel}</SelectOption>}
        {shown.map((n) => (
          <SelectOption key={n} value={n}>
            {n}
          </SelectOption>
        ))}
        {total === 0 && (
          <SelectOption isDisabled value="#none#">
            {t('No namespace matches "{{text}}"', { text: typed })}
          </SelectOption>
        )}
        {total > shown.length && (
          <SelectOption isDisabled value="#more#">
            {t('{{count}} more: type to narrow the list', {
              count: total - shown.length,
              defaultValue_other: '{{count}} more: type to narrow the list',
            })}
          </SelectOption>
        )}
      </SelectList>
    </Select>
  );
};
