import * as React from 'react';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { isActionProvider, sameModel } from '../../plugins/extensions';
import { resolveCodeRef } from '../../plugins/useCodeRef';
import type { ProviderHook } from './ProviderRunner';

export type ResolvedProvider = { uid: string; hook?: ProviderHook; error?: unknown };

/** The action providers for a model, their hooks resolved only once `enabled` (menu opened). */
export const useActionProviders = (model: K8sGroupVersionKind, enabled: boolean) => {
  const all = useExtensions(isActionProvider);
  const mine = React.useMemo(
    () => all.filter((e) => sameModel(e.properties.model, model)),
    [all, model],
  );
  const [resolved, setResolved] = React.useState<ResolvedProvider[] | undefined>();
  React.useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    Promise.all(
      mine.map((e) =>
        resolveCodeRef(e.properties.provider).then(
          (hook) => ({ uid: e.uid, hook: hook as ProviderHook }),
          (error: unknown) => ({ uid: e.uid, error }),
        ),
      ),
    ).then((r) => live && setResolved(r));
    return () => {
      live = false;
    };
  }, [enabled, mine]);
  return resolved;
};
