import * as React from 'react';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../resources/namespace/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** Namespace and Project actions: add to or remove from the ambient mesh. */
export const useNamespaceActions = (ns: NamespaceKind): [Action[], boolean, unknown] => {
  const { t } = useAmbientTranslation();
  const name = ns?.metadata?.name ?? '';
  const actions = React.useMemo<Action[]>(
    () => [
      {
        id: 'ambient-mesh-add',
        label: t('Add to ambient mesh'),
        cta: { href: `/k8s/cluster/namespaces/${name}/ambient-mesh` },
      },
    ],
    [t, name],
  );
  return [actions, true, undefined];
};
