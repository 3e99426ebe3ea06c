import * as React from 'react';
import {
  Checkbox,
  Label,
  LabelGroup,
  Panel,
  PanelMain,
  PanelMainBody,
  SearchInput,
  Stack,
} from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = {
  options: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

const MAX_SHOWN = 50;

/** A searchable multi-select of namespaces: a filter, the matches as checkboxes, the chosen as labels. */
export const NamespacePicker: React.FC<Props> = ({ options, selected, onChange }) => {
  const { t } = useAmbientTranslation();
  const [filter, setFilter] = React.useState('');
  const matches = options.filter((n) => n.includes(filter.trim().toLowerCase()));
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...selected, name].sort() : selected.filter((n) => n !== name));
  return (
    <Stack hasGutter>
      <LabelGroup categoryName={t('Chosen')} numLabels={10} isClosable={false}>
        {selected.map((n) => (
          <Label
            key={n}
            onClose={() => toggle(n, false)}
            closeBtnAriaLabel={t('Remove {{name}}', { name: n })}
          >
            {n}
          </Label>
        ))}
      </LabelGroup>
      <SearchInput
        placeholder={t('Find a namespace by name')}
        aria-label={t('Find a namespace by name')}
        value={filter}
        onChange={(_e, v) => setFilter(v)}
        onClear={() => setFilter('')}
        resultsCount={matches.length}
      />
      <Panel isScrollable variant="bordered">
        <PanelMain maxHeight="16rem">
          <PanelMainBody>
            {matches.slice(0, MAX_SHOWN).map((n) => (
              <Checkbox
                key={n}
                id={`ns-${n}`}
                label={n}
                isChecked={selected.includes(n)}
                onChange={(_e, on) => toggle(n, on)}
              />
            ))}
            {matches.length > MAX_SHOWN &&
              t('{{count}} more: refine the search to see them.', {
                count: matches.length - MAX_SHOWN,
              })}
            {!matches.length && t('No namespace matches.')}
          </PanelMainBody>
        </PanelMain>
      </Panel>
    </Stack>
  );
};
