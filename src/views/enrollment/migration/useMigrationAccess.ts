import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { GATEWAY_GROUP } from '../../../models';
import type { WorkloadKindName } from '../../../mesh/migration/types';

export type MigrationAccess = {
  checking: boolean;
  labelNamespace: boolean;
  createGateway: boolean;
  /** Kinds among those to restart the user may not patch. */
  deniedRestarts: WorkloadKindName[];
};

const useMay = (resource: string, verb: 'patch' | 'create', namespace: string, group = '') =>
  useAccessReview({
    group,
    resource,
    verb,
    namespace,
    ...(resource === 'namespaces' ? { name: namespace } : {}),
  });

/** The reviews of the move: patch the namespace, patch each workload kind, create Gateways. */
export const useMigrationAccess = (namespace: string): MigrationAccess => {
  const [ns, c1] = useMay('namespaces', 'patch', namespace);
  const [gw, c2] = useMay('gateways', 'create', namespace, GATEWAY_GROUP);
  const [dep, c3] = useMay('deployments', 'patch', namespace, 'apps');
  const [sts, c4] = useMay('statefulsets', 'patch', namespace, 'apps');
  const [ds, c5] = useMay('daemonsets', 'patch', namespace, 'apps');
  const denied: WorkloadKindName[] = [];
  if (!dep) denied.push('Deployment');
  if (!sts) denied.push('StatefulSet');
  if (!ds) denied.push('DaemonSet');
  return {
    checking: c1 || c2 || c3 || c4 || c5,
    labelNamespace: ns,
    createGateway: gw,
    deniedRestarts: denied,
  };
};
