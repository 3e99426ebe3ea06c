import type { CheckId, PreflightCheck } from '../../../mesh/preflight/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** The words of each prerequisite check: its title and the reason of its outcome. */
export const usePreflightText = () => {
  const { t } = useAmbientTranslation();
  const titles: Record<CheckId, string> = {
    openshift: t('OpenShift 4.19 or later'),
    operator: t('OpenShift Service Mesh 3.1 operator or later'),
    gatewayAPI: t('Gateway API CRDs served at v1'),
    network: t('OVN-Kubernetes with routingViaHost enabled'),
    serviceMesh2: t('No OpenShift Service Mesh 2.x'),
    existing: t('Existing Istio, IstioCNI or ZTunnel'),
    sidecars: t('Namespaces in sidecar mode'),
  };
  const reason = (c: PreflightCheck): string => {
    const p = c.params;
    switch (c.code) {
      case 'loading':
        return t('Checking…');
      case 'openshiftOK':
        return t('The cluster runs OpenShift {{version}}.', p);
      case 'openshiftTooOld':
        return t(
          'The cluster runs OpenShift {{version}}; ambient mode needs {{min}} or later. Upgrade the cluster first.',
          p,
        );
      case 'openshiftUnknown':
        return t('The cluster version could not be read; make sure it is 4.19 or later.');
      case 'operatorOK':
        return t('Service Mesh operator {{version}} is installed.', p);
      case 'operatorTooOld':
        return t(
          'Service Mesh operator {{version}} is installed; ambient mode needs {{min}} or later. Update the operator in OperatorHub.',
          p,
        );
      case 'operatorMissing':
        return t(
          'The Service Mesh 3 operator is not installed (the Istio CRD is absent). Install it from OperatorHub first.',
        );
      case 'operatorVersionUnknown':
        return t('The Istio CRD is present but the operator version could not be read.');
      case 'gatewayAPIOK':
        return t('Gateways and GatewayClasses are served at gateway.networking.k8s.io/v1.');
      case 'gatewayAPIMissing':
        return t(
          'The Gateway API CRDs are not served at v1. Ambient mode installs, but waypoints will not work until they are.',
        );
      case 'networkOK':
        return t(
          'The cluster network is OVN-Kubernetes in local gateway mode (routingViaHost: true).',
        );
      case 'networkNotOVN':
        return t('The cluster network type is {{type}}; ambient mode needs OVN-Kubernetes.', p);
      case 'routingViaHostOff':
        return t(
          'OVN-Kubernetes is not in local gateway mode (routingViaHost is not true); ztunnel traffic needs it.',
        );
      case 'networkUnknown':
        return t(
          'The cluster network configuration could not be read; make sure routingViaHost is true.',
        );
      case 'serviceMesh2Present':
        return t(
          'OpenShift Service Mesh 2.x is present (ServiceMeshControlPlane CRD). Ambient mode cannot be installed next to it: migrate or remove it first.',
        );
      case 'serviceMesh2Absent':
        return t('No Service Mesh 2.x control plane CRD was found.');
      case 'existingAdopt':
        return t(
          '{{names}} already exist. The wizard adopts and updates them with your choices; it never creates a second one.',
          p,
        );
      case 'existingUnknown':
        return t(
          'Existing Istio, IstioCNI or ZTunnel resources could not be read with your permissions.',
        );
      case 'sidecarUnknown':
        return t('The namespaces could not be read with your permissions.');
      case 'existingNone':
        return t('None exist yet; the wizard creates them.');
      case 'sidecarNamespaces':
        return t(
          '{{n}} namespaces use sidecar injection ({{names}}). A sidecar wins over ambient: their pods stay in sidecar mode.',
          p,
        );
      case 'sidecarNone':
        return t('No namespace uses sidecar injection.');
      default:
        return c.code;
    }
  };
  return { title: (c: PreflightCheck) => titles[c.id], reason };
};
