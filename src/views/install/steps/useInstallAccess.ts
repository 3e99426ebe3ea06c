import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';

export type InstallAccess = {
  loading: boolean;
  /** May create and patch the namespaces and the three CRs. */
  canApply: boolean;
  /** The resources the user may not write, as `verb resource`. */
  missing: string[];
  /** May patch `network.operator.openshift.io/cluster`. */
  canPatchNetwork: boolean;
};

const SAIL = 'sailoperator.io';

/** What the user may do, asked before Apply (SelfSubjectAccessReview per verb and resource). */
export const useInstallAccess = (): InstallAccess => {
  const [istio, l1] = useAccessReview({ group: SAIL, resource: 'istios', verb: 'create' });
  const [cni, l2] = useAccessReview({ group: SAIL, resource: 'istiocnis', verb: 'create' });
  const [zt, l3] = useAccessReview({ group: SAIL, resource: 'ztunnels', verb: 'create' });
  const [ns, l4] = useAccessReview({ group: '', resource: 'namespaces', verb: 'create' });
  const [nsPatch, l5] = useAccessReview({ group: '', resource: 'namespaces', verb: 'patch' });
  const [net, l6] = useAccessReview({
    group: 'operator.openshift.io',
    resource: 'networks',
    verb: 'patch',
    name: 'cluster',
  });
  const checks: [boolean, string][] = [
    [istio, 'create istios.sailoperator.io'],
    [cni, 'create istiocnis.sailoperator.io'],
    [zt, 'create ztunnels.sailoperator.io'],
    [ns, 'create namespaces'],
    [nsPatch, 'patch namespaces'],
  ];
  const missing = checks.filter(([ok]) => !ok).map(([, what]) => what);
  const loading = l1 || l2 || l3 || l4 || l5 || l6;
  return { loading, canApply: !loading && missing.length === 0, missing, canPatchNetwork: net };
};
