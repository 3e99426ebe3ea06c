import type { Blocker } from '../../mesh/uninstall/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { UninstallAccess } from './useUninstallAccess';

/** Why Dry run and Uninstall are disabled, or `undefined` when they are not. */
export const useDisabledReason = (
  access: UninstallAccess,
  blockers: Blocker[],
): string | undefined => {
  const { t } = useAmbientTranslation();
  if (access.loading) return t('Checking your permissions…');
  if (!access.canRun)
    return t('You cannot uninstall ambient mode: you may not {{missing}}.', {
      missing: access.missing.join(', '),
    });
  if (blockers.includes('nothing-installed')) return t('Ambient mode is not installed.');
  if (blockers.includes('enrolled'))
    return t(
      'Namespaces, pods or waypoints are still in the mesh. Choose to un-enroll everything, or un-enroll them first.',
    );
  return undefined;
};
