import * as React from 'react';
import {
  Button,
  HelperText,
  HelperTextItem,
  WizardFooterWrapper,
  useWizardContext,
} from '@patternfly/react-core';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = {
  /** Why Next is disabled; Next is enabled when undefined. */
  disabledReason?: string;
  nextText?: string;
  onNext?: () => void;
  backDisabled?: boolean;
  hideNext?: boolean;
  /** Next runs `onNext` only and stays on the step (Retry). */
  stay?: boolean;
  extra?: React.ReactNode;
};

/** The wizard footer: Next (with the reason when it is disabled), Back, Cancel. */
export const StepFooter: React.FC<Props> = ({
  disabledReason,
  nextText,
  onNext,
  backDisabled,
  hideNext,
  stay,
  extra,
}) => {
  const { t } = useAmbientTranslation();
  const { goToNextStep, goToPrevStep, close, activeStep } = useWizardContext();
  const first = activeStep.index === 1;
  return (
    <WizardFooterWrapper>
      {!hideNext && (
        <Button
          variant="primary"
          isAriaDisabled={!!disabledReason}
          onClick={() => {
            onNext?.();
            if (!stay) void goToNextStep();
          }}
        >
          {nextText ?? t('Next')}
        </Button>
      )}
      {extra}
      {!first && (
        <Button variant="secondary" onClick={() => void goToPrevStep()} isDisabled={backDisabled}>
          {t('Back')}
        </Button>
      )}
      <Button variant="link" onClick={close}>
        {t('Cancel')}
      </Button>
      {disabledReason && !hideNext && (
        <HelperText>
          <HelperTextItem variant="warning" id="next-disabled-reason">
            {disabledReason}
          </HelperTextItem>
        </HelperText>
      )}
    </WizardFooterWrapper>
  );
};
