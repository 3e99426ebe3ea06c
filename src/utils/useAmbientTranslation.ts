import { useTranslation } from 'react-i18next';

export const I18N_NAMESPACE = 'plugin__ambient-mesh-plugin';

/** The plugin's one translation hook: every user-facing string goes through its `t`. */
export const useAmbientTranslation = () => useTranslation(I18N_NAMESPACE);
