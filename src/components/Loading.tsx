import * as React from 'react';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useAmbientTranslation } from '../utils/useAmbientTranslation';

/** A page's body or a panel still loading, in the console's manner: a centred spinner. */
export const Loading: React.FC = () => {
  const { t } = useAmbientTranslation();
  return (
    <Bullseye>
      <Spinner aria-label={t('Loading')} />
    </Bullseye>
  );
};
