import { systemNamespace, type EnrollGuard } from '../../../mesh/enrollment/systemNamespaces';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useMeshNamespaces } from './useMeshNamespaces';

/** Why a system namespace may not be added to the mesh, for tooltips and skipped lists. */
export const useGuardText = (): ((guard: EnrollGuard) => string) => {
  const { t } = useAmbientTranslation();
  return (guard) => {
    if (guard === 'kube-system') return t('istio-cni never enrolls kube-system');
    if (guard === 'mesh') return t("The mesh's own namespaces are never enrolled");
    return t('OpenShift and Kubernetes system namespaces are never enrolled');
  };
};

/** Why `name` may never be enrolled, or undefined for an application namespace. */
export const useEnrollGuard = (name: string): string | undefined => {
  const mesh = useMeshNamespaces();
  const text = useGuardText();
  const guard = systemNamespace(name, mesh).guard;
  return guard ? text(guard) : undefined;
};
