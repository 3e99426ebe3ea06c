import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';

export type UninstallAccess = {
  loading: boolean;
  /** The writes the user may not make, as `verb resource`. */
  missing: string[];
  canRun: boolean;
  /** May delete namespaces (needed only when the user chooses to). */
  canDeleteNamespaces: boolean;
};

const SAIL = 'sailoperator.io';
const GATEWAY = 'gateway.networking.k8s.io';

/** What the user may do, asked before anything (SelfSubjectAccessReview per verb and resource). */
export const useUninstallAccess = (): UninstallAccess => {
  const zt = useAccessReview({ verb: 'delete', group: SAIL, resource: 'ztunnels' });
  const cni = useAccessReview({ verb: 'delete', group: SAIL, resource: 'istiocnis' });
  const istio = useAccessReview({ verb: 'delete', group: SAIL, resource: 'istios' });
  const gw = useAccessReview({ verb: 'delete', group: GATEWAY, resource: 'gateways' });
  const ns = useAccessReview({ verb: 'patch', group: '', resource: 'namespaces' });
  const pods = useAccessReview({ verb: 'patch', group: '', resource: 'pods' });
  const svc = useAccessReview({ verb: 'patch', group: '', resource: 'services' });
  const [nsDelete, nsDeleteLoading] = useAccessReview({
    verb: 'delete',
    group: '',
    resource: 'namespaces',
  });
  const checks: [[boolean, boolean], string][] = [
    [zt, `delete ztunnels.${SAIL}`],
    [cni, `delete istiocnis.${SAIL}`],
    [istio, `delete istios.${SAIL}`],
    [gw, `delete gateways.${GATEWAY}`],
    [ns, 'patch namespaces'],
    [pods, 'patch pods'],
    [svc, 'patch services'],
  ];
  const loading = nsDeleteLoading || checks.some(([[, l]]) => l);
  const missing = loading ? [] : checks.filter(([[ok]]) => !ok).map(([, what]) => what);
  return {
    loading,
    missing,
    canRun: !loading && missing.length === 0,
    canDeleteNamespaces: !nsDeleteLoading && nsDelete,
  };
};
