import * as React from 'react';
import { Alert, AlertActionLink } from '@patternfly/react-core';
import { useLocation } from 'react-router-dom-v5-compat';
import { PageFrame } from '../../components/PageFrame';
import { PageState } from '../../components/PageState';
import { errorMessage, httpStatus } from '../../k8s/errors';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { InstallWizard } from './InstallWizard';
import { DEFAULT_READY_TIMEOUT_MS } from './useApplyEngine';
import { useInstallAccess } from './steps/useInstallAccess';
import { useInstallInputs, type InstallInputs } from './useInstallInputs';

/** `?readyTimeout=<seconds>` shortens the wait for Ready (for tests); default 3 minutes. */
const useReadyTimeout = (): number => {
  const { search } = useLocation();
  const s = Number(new URLSearchParams(search).get('readyTimeout'));
  return s > 0 ? s * 1000 : DEFAULT_READY_TIMEOUT_MS;
};

/**
 * Why the existing CRs could not be read, if they could not. A watch the user may not read
 * (403) counts as known: such a user cannot write them either, and still reviews and downloads.
 */
const crReadError = (p: InstallInputs['preflight']): unknown =>
  [p.istios.error, p.istioCNIs.error, p.ztunnels.error].find((e) => e && httpStatus(e) !== 403);

const InstallBody: React.FC<{ onRetry: () => void }> = ({ onRetry }) => {
  const { t } = useAmbientTranslation();
  const inputs = useInstallInputs();
  const access = useInstallAccess();
  const timeoutMs = useReadyTimeout();
  const p = inputs.preflight;
  const known = (x: { loaded: boolean; error?: unknown }) => x.loaded || !!x.error;
  const loaded = known(p.istioCRD) && known(p.istios) && known(p.istioCNIs) && known(p.ztunnels);
  const readError = crReadError(p);
  const [shown, setShown] = React.useState(false);
  React.useEffect(() => {
    if (loaded && !readError) setShown(true);
  }, [loaded, readError]);
  // Never adopt what could not be read: without the live objects the wizard would overwrite them.
  if (readError && !shown) {
    return (
      <Alert
        variant="danger"
        isInline
        title={t('Could not read the existing Istio, IstioCNI and ZTunnel resources')}
        actionLinks={<AlertActionLink onClick={onRetry}>{t('Retry')}</AlertActionLink>}
      >
        {t(
          'The wizard adopts existing resources by changing only what you change, so it needs to read them first. Nothing has been changed. {{error}}',
          { error: errorMessage(readError) },
        )}
      </Alert>
    );
  }
  return (
    <PageState loaded={shown}>
      {shown && (
        <InstallWizard
          inputs={inputs}
          access={access}
          timeoutMs={timeoutMs}
          readError={readError}
        />
      )}
    </PageState>
  );
};

const InstallPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const [attempt, setAttempt] = React.useState(0);
  return (
    <PageFrame title={t('Install ambient mode')}>
      <InstallBody key={attempt} onRetry={() => setAttempt((n) => n + 1)} />
    </PageFrame>
  );
};

export default InstallPage;
