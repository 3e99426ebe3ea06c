import type { Refusal } from '../../mesh/upgrade/targets';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** Why a version cannot be chosen, in words. */
export const useRefusalText = (): ((r: Refusal) => string) => {
  const { t } = useAmbientTranslation();
  return (r) =>
    ({
      current: t('This is the running version.'),
      downgrade: t('Downgrades are not supported.'),
      major: t('Upgrades across major versions are not supported.'),
      tooFar: t(
        'More than one minor version ahead: upgrade one minor version at a time (the data plane may run at most one minor version behind the control plane).',
      ),
      skew: t(
        'ZTunnel or IstioCNI would run more than one minor version behind the control plane: upgrade them to the running version first.',
      ),
      unsupported: t('The installed operator does not support this version.'),
    })[r];
};
