import * as React from 'react';
import {
  enrollmentPreflight,
  type Finding,
  type MeshFacts,
} from '../../../mesh/enrollment/preflight';
import { useGateways } from '../../../resources/gateway/hooks';
import type { GatewayKind } from '../../../k8s/gateway/types';
import { useNamespace } from '../../../resources/namespace/hooks';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { usePods } from '../../../resources/pod/hooks';
import type { PodKind } from '../../../k8s/pod/types';
import { useServices } from '../../../resources/service/hooks';
import type { ServiceKind } from '../../../k8s/service/types';
import { useMeshFacts } from './useMeshFacts';
import type { LabelWrites } from '../../../resources/common/useLabelWrites';
import { useEnrollmentLabelWrites } from './useEnrollmentLabelWrites';
import { patchNamespaceLabels } from '../../../resources/namespace/mutations';
import { getName } from '../../../k8s/common/selectors';

export type NamespaceTabData = {
  name: string;
  /** The namespace with writes in flight applied. */
  namespace: NamespaceKind;
  pods: PodKind[];
  gateways: GatewayKind[];
  services: ServiceKind[];
  facts: MeshFacts;
  findings: Finding[];
  loaded: boolean;
  error: unknown;
  writes: LabelWrites<NamespaceKind>;
};

/** The watches of one namespace's tab: the namespace, its pods, Gateways and Services. */
export const useNamespaceTabData = (obj: NamespaceKind | undefined): NamespaceTabData => {
  const name = getName(obj);
  const live = useNamespace({ name, asProject: obj?.kind === 'Project', enabled: !!name });
  const watched = React.useMemo(
    () => [live.namespace ?? obj ?? { metadata: { name } }],
    [live.namespace, obj, name],
  );
  const pods = usePods({ namespace: name, enabled: !!name });
  const { gateways } = useGateways({ namespace: name, enabled: !!name });
  const { services } = useServices({ namespace: name, enabled: !!name });
  const { facts } = useMeshFacts();
  const writes = useEnrollmentLabelWrites(watched, patchNamespaceLabels);
  const namespace = writes.display(watched)[0];
  const findings = React.useMemo(
    () => enrollmentPreflight(namespace, pods.pods, facts),
    [namespace, pods.pods, facts],
  );
  return {
    name,
    namespace,
    pods: pods.pods,
    gateways,
    services,
    facts,
    findings,
    loaded: pods.loaded || !!pods.error,
    error: pods.error,
    writes,
  };
};
