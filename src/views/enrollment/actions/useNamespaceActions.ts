import * as React from 'react';
import { useModal, type Action } from '@openshift-console/dynamic-plugin-sdk';
import { namespaceLabelIntent } from '../../../mesh/enrollment/namespaceEnrollment';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { useCanLabelNamespace } from '../common/useCanLabelNamespace';
import { useEnrollGuard } from '../common/useGuardText';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { NamespaceActionModal, type NamespaceActionModalProps } from './NamespaceActionModal';
import { getName } from '../../../k8s/common/selectors';
import { runsSidecars } from '../../../mesh/migration/plan';
import { usePods } from '../../../resources/pod/hooks';
import { MoveToAmbientModal, type MoveToAmbientModalProps } from '../migration/MoveToAmbientModal';

/**
 * Namespace and Project actions: "Add to ambient mesh" or "Remove from ambient mesh", whichever
 * applies; both open a dialog with the same checks as the toggle. "Move to ambient" too when the
 * namespace runs sidecars (the guided move). Disabled with the reason when the user may not patch
 * the namespace.
 */
export const useNamespaceActions = (resource: NamespaceKind): [Action[], boolean, unknown] => {
  const { t } = useAmbientTranslation();
  const launchModal = useModal();
  const name = getName(resource);
  const [allowed, checking] = useCanLabelNamespace(name);
  const enrolled = namespaceLabelIntent(resource) === 'ambient';
  // a system namespace is never added; taking one out stays possible
  const guardText = useEnrollGuard(name);
  const guard = enrolled ? undefined : guardText;
  const { pods } = usePods({ namespace: name });
  const sidecars = runsSidecars(resource, pods);
  const actions = React.useMemo<Action[]>(() => {
    const action: NamespaceActionModalProps['action'] = enrolled ? 'remove' : 'enroll';
    return [
      {
        id: enrolled ? 'ambient-mesh-remove' : 'ambient-mesh-add',
        label: enrolled ? t('Remove from ambient mesh') : t('Add to ambient mesh'),
        cta: () =>
          launchModal<NamespaceActionModalProps>(NamespaceActionModal, {
            action,
            namespace: resource,
          }),
        disabled: !allowed || !!guard,
        disabledTooltip:
          guard ??
          (allowed
            ? undefined
            : t('You may not change the labels of namespace {{name}}', { name })),
      },
      ...(sidecars
        ? [
            {
              id: 'ambient-mesh-move',
              label: t('Move to ambient'),
              cta: () =>
                launchModal<MoveToAmbientModalProps>(MoveToAmbientModal, { namespace: resource }),
              disabled: !allowed || !!guardText,
              disabledTooltip:
                guardText ??
                (allowed
                  ? undefined
                  : t('You may not change the labels of namespace {{name}}', { name })),
            },
          ]
        : []),
    ];
  }, [t, launchModal, enrolled, allowed, name, resource, guard, guardText, sidecars]);
  return [actions, !checking, undefined];
};
