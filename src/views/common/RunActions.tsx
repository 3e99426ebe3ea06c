import * as React from 'react';
import { Button, Flex, HelperText, HelperTextItem, Stack } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = {
  /** The run's button: its label, variant and what it opens. */
  label: string;
  variant: 'primary' | 'danger';
  onRun: () => void;
  onDryRun: () => void;
  dryRunning: boolean;
  /** Why neither may be pressed now; shown below the buttons when `showReason`. */
  disabled?: string;
  showReason?: boolean;
  /** Disabled without a reason to show (the access reviews still loading). */
  waiting?: boolean;
};

/** A run's two buttons before it starts: a dry run, and the run itself; with why they are off. */
export const RunActions: React.FC<Props> = ({
  label,
  variant,
  onRun,
  onDryRun,
  dryRunning,
  disabled,
  showReason = true,
  waiting = false,
}) => {
  const { t } = useAmbientTranslation();
  return (
    <Stack>
      <Flex>
        <Button
          variant="secondary"
          isDisabled={!!disabled || dryRunning || waiting}
          isLoading={dryRunning}
          onClick={onDryRun}
        >
          {t('Dry run')}
        </Button>
        <Button variant={variant} isDisabled={!!disabled || waiting} onClick={onRun}>
          {label}
        </Button>
      </Flex>
      {disabled && showReason && (
        <HelperText>
          <HelperTextItem variant="warning" data-test="disabled-reason">
            {disabled}
          </HelperTextItem>
        </HelperText>
      )}
    </Stack>
  );
};
