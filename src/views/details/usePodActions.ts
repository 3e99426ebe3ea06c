import * as React from 'react';
import { type Action, useAccessReview, useModal } from '@openshift-console/dynamic-plugin-sdk';
import { getName, getNamespace } from '../../k8s/common/selectors';
import type { PodKind } from '../../k8s/pod/types';
import { podAmbientAction } from '../../mesh/enrollment/podAction';
import { useNamespace } from '../../resources/namespace/hooks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { PodModeModal, type PodModeModalProps } from './PodModeModal';

/**
 * Pod actions: "Add to ambient" or "Exclude from ambient", whichever applies (the pod label
 * `istio.io/dataplane-mode`), through a confirming dialog. Disabled with the reason when the user
 * may not patch the pod.
 */
export const usePodActions = (pod: PodKind): [Action[], boolean, unknown] => {
  const { t } = useAmbientTranslation();
  const launchModal = useModal();
  const name = getName(pod);
  const namespace = getNamespace(pod);
  const [mayPatch, checkingPatch] = useAccessReview({
    group: '',
    resource: 'pods',
    verb: 'patch',
    namespace,
    name,
  });
  const [mayGetNs, checkingNs] = useAccessReview({
    group: '',
    resource: 'namespaces',
    verb: 'get',
    name: namespace,
  });
  const ns = useNamespace({ name: namespace, enabled: !checkingNs && mayGetNs });
  const nsSettled = !checkingNs && (!mayGetNs || ns.loaded || !!ns.error);
  const readable = mayGetNs && !ns.error ? ns.namespace : undefined;
  const action = React.useMemo(() => podAmbientAction(pod, readable), [pod, readable]);
  const actions = React.useMemo<Action[]>(
    () => [
      {
        id: action.kind === 'add' ? 'ambient-mesh-pod-add' : 'ambient-mesh-pod-exclude',
        label: action.kind === 'add' ? t('Add to ambient') : t('Exclude from ambient'),
        cta: () => launchModal<PodModeModalProps>(PodModeModal, { pod, action }),
        disabled: !mayPatch,
        disabledTooltip: mayPatch
          ? undefined
          : t('You may not change the labels of pod {{name}}', { name }),
      },
    ],
    [t, launchModal, action, mayPatch, name, pod],
  );
  return [actions, !checkingPatch && nsSettled, undefined];
};
