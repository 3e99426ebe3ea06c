import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { useLocation } from 'react-router-dom-v5-compat';
import { PageState } from '../../components/PageState';
import { initialChoices } from '../../mesh/install/initial';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { InstallWizard } from './InstallWizard';
import { DEFAULT_READY_TIMEOUT_MS } from './useApplyEngine';
import { useInstallAccess } from './steps/useInstallAccess';
import { useInstallInputs } from './useInstallInputs';

/** `?readyTimeout=<seconds>` shortens the wait for Ready (for tests); default 3 minutes. */
const useReadyTimeout = (): number => {
  const { search } = useLocation();
  const s = Number(new URLSearchParams(search).get('readyTimeout'));
  return s > 0 ? s * 1000 : DEFAULT_READY_TIMEOUT_MS;
};

const InstallPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const inputs = useInstallInputs();
  const access = useInstallAccess();
  const timeoutMs = useReadyTimeout();
  const p = inputs.preflight;
  // A watch the user may not read counts as known: the wizard still reviews and downloads.
  const known = (x: { loaded: boolean; error?: unknown }) => x.loaded || !!x.error;
  const loaded = known(p.istioCRD) && known(p.istios) && known(p.istioCNIs) && known(p.ztunnels);
  const [initial, setInitial] = React.useState<ReturnType<typeof initialChoices>>();
  React.useEffect(() => {
    if (!loaded || initial) return;
    setInitial(
      initialChoices(inputs.versions.defaultVersion, inputs.versions.versions, {
        istios: inputs.istios,
        istioCNIs: inputs.istioCNIs,
        ztunnels: inputs.ztunnels,
      }),
    );
  }, [loaded, initial, inputs.versions, inputs.istios, inputs.istioCNIs, inputs.ztunnels]);
  return (
    <>
      <DocumentTitle>{t('Install ambient mode')}</DocumentTitle>
      <ListPageHeader title={t('Install ambient mode')} />
      <ListPageBody>
        <PageState loaded={!!initial}>
          {initial && (
            <InstallWizard
              inputs={inputs}
              access={access}
              initial={initial.choices}
              locked={initial.locked}
              timeoutMs={timeoutMs}
            />
          )}
        </PageState>
      </ListPageBody>
    </>
  );
};

export default InstallPage;
