import type { PodEnrollmentState, Redirection } from '../../../mesh/enrollment/podEnrollment';
import type { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type T = ReturnType<typeof useAmbientTranslation>['t'];

/** What the enrollment rule concludes for a pod, in words. */
export const podStateText = (t: T, state: PodEnrollmentState): string => {
  switch (state) {
    case 'captured':
      return t('Enrolled');
    case 'pending':
      return t('Enrolled, pending capture');
    case 'no-ztunnel':
      return t('Enrolled, no ztunnel on its node');
    case 'sidecar':
      return t('Sidecar (wins over ambient)');
    case 'host-network':
      return t('hostNetwork (never captured)');
    case 'excluded':
      return t('Excluded by its label');
    case 'unexpected-capture':
      return t('Not enrolled, yet captured');
    default:
      return t('Not enrolled');
  }
};

/** What the CNI agent wrote in `ambient.istio.io/redirection`. */
export const redirectionText = (t: T, r: Redirection): string => {
  if (r === 'enabled') return t('Captured');
  if (r === 'pending') return t('Partially captured');
  return t('Not captured');
};
