import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { UpgradeStep } from '../../mesh/upgrade/plan';

const SAIL = 'sailoperator.io';

export type UpgradeAccess = {
  loading: boolean;
  /** The patches the user may not make, as `patch <resource>/<name>`. */
  missing: string[];
};

const resourceOf: Record<UpgradeStep['kind'], string> = {
  Istio: 'istios',
  ZTunnel: 'ztunnels',
  IstioCNI: 'istiocnis',
  IstioRevisionTag: 'istiorevisiontags',
};

/**
 * Whether the user may patch each CR the plan writes (SelfSubjectAccessReview per resource and
 * name). The plan has at most one step of each CR kind and one tag, so the hooks are fixed.
 */
export const useUpgradeAccess = (steps: UpgradeStep[]): UpgradeAccess => {
  const find = (kind: UpgradeStep['kind']) => steps.find((s) => s.kind === kind);
  const review = (kind: UpgradeStep['kind']) => ({
    verb: 'patch' as const,
    group: SAIL,
    resource: resourceOf[kind],
    name: find(kind)?.name,
  });
  const checks: [UpgradeStep['kind'], [boolean, boolean]][] = [
    ['Istio', useAccessReview(review('Istio'))],
    ['ZTunnel', useAccessReview(review('ZTunnel'))],
    ['IstioCNI', useAccessReview(review('IstioCNI'))],
    ['IstioRevisionTag', useAccessReview(review('IstioRevisionTag'))],
  ];
  const loading = checks.some(([, [, l]]) => l);
  const missing = loading
    ? []
    : checks
        .filter(([kind, [ok]]) => !!find(kind) && !ok)
        .map(([kind]) => `patch ${resourceOf[kind]}/${find(kind)?.name ?? ''}`);
  return { loading, missing };
};
