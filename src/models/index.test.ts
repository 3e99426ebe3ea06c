import * as models from './index';
import { apiVersionOf, type defineModel, gvkOf } from './model';

const allModels = Object.values(models).filter(
  (value): value is ReturnType<typeof defineModel> =>
    typeof value === 'object' && value !== null && 'kind' in value && 'plural' in value,
);

describe('models', () => {
  it('declares every kind the plugin touches', () => {
    const kinds = allModels.map((m) => `${m.apiGroup ?? 'core'}/${m.apiVersion}/${m.kind}`).sort();
    expect(kinds).toEqual(
      [
        'sailoperator.io/v1/Istio',
        'sailoperator.io/v1/IstioCNI',
        'sailoperator.io/v1/IstioRevision',
        'sailoperator.io/v1/IstioRevisionTag',
        'sailoperator.io/v1/ZTunnel',
        'sailoperator.io/v1alpha1/ZTunnel',
        'gateway.networking.k8s.io/v1/Gateway',
        'security.istio.io/v1/AuthorizationPolicy',
        'gateway.networking.k8s.io/v1/GatewayClass',
        'core/v1/Namespace',
        'core/v1/Pod',
        'core/v1/Node',
        'core/v1/Service',
        'project.openshift.io/v1/Project',
        'config.openshift.io/v1/ClusterVersion',
        'operator.openshift.io/v1/Network',
        'apiextensions.k8s.io/v1/CustomResourceDefinition',
        'operators.coreos.com/v1alpha1/ClusterServiceVersion',
        'apps/v1/Deployment',
        'apps/v1/StatefulSet',
        'apps/v1/DaemonSet',
        'networking.istio.io/v1/VirtualService',
        'networking.istio.io/v1/DestinationRule',
      ].sort(),
    );
  });

  it('declares each kind once, with a lower-case plural', () => {
    const ids = allModels.map((m) => `${m.apiGroup}/${m.apiVersion}/${m.kind}`);
    expect(new Set(ids).size).toBe(ids.length);
    allModels.forEach((m) => expect(m.plural).toMatch(/^[a-z]+$/));
  });

  it('keeps the Sail kinds cluster-scoped and the workloads namespaced', () => {
    expect(models.IstioModel.namespaced).toBe(false);
    expect(models.ZTunnelV1Alpha1Model.namespaced).toBe(false);
    expect(models.GatewayModel.namespaced).toBe(true);
    expect(models.PodModel.namespaced).toBe(true);
  });

  it('derives the group/version/kind and the manifest apiVersion', () => {
    expect(gvkOf(models.ZTunnelV1Alpha1Model)).toEqual({
      group: 'sailoperator.io',
      version: 'v1alpha1',
      kind: 'ZTunnel',
    });
    expect(apiVersionOf(models.PodModel)).toBe('v1');
    expect(apiVersionOf(models.GatewayModel)).toBe('gateway.networking.k8s.io/v1');
  });
});
