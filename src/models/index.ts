import { defineModel } from './model';

export { apiVersionOf, gvkOf } from './model';

export const SAIL_GROUP = 'sailoperator.io';
export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

// Sail operator (OpenShift Service Mesh 3). All cluster-scoped.
export const IstioModel = defineModel({
  group: SAIL_GROUP,
  version: 'v1',
  kind: 'Istio',
  plural: 'istios',
  abbr: 'IST',
  namespaced: false,
  crd: true,
});
export const IstioCNIModel = defineModel({
  group: SAIL_GROUP,
  version: 'v1',
  kind: 'IstioCNI',
  plural: 'istiocnis',
  abbr: 'CNI',
  namespaced: false,
  crd: true,
});
/** ZTunnel as served from the 3.2 line (Istio 1.27) on. */
export const ZTunnelModel = defineModel({
  group: SAIL_GROUP,
  version: 'v1',
  kind: 'ZTunnel',
  plural: 'ztunnels',
  abbr: 'ZT',
  namespaced: false,
  crd: true,
});
/** ZTunnel on the 3.1 line (Istio 1.26), deprecated but still served on 3.2. */
export const ZTunnelV1Alpha1Model = defineModel({
  group: SAIL_GROUP,
  version: 'v1alpha1',
  kind: 'ZTunnel',
  plural: 'ztunnels',
  abbr: 'ZT',
  namespaced: false,
  crd: true,
});

/** One revision of an Istio (its istiod), made and owned by the Istio; served from the 3.1 line. */
export const IstioRevisionModel = defineModel({
  group: SAIL_GROUP,
  version: 'v1',
  kind: 'IstioRevision',
  plural: 'istiorevisions',
  abbr: 'IR',
  namespaced: false,
  crd: true,
});

/** An alias of an Istio's active revision (or of an IstioRevision), served on every line. */
export const IstioRevisionTagModel = defineModel({
  group: SAIL_GROUP,
  version: 'v1',
  kind: 'IstioRevisionTag',
  plural: 'istiorevisiontags',
  abbr: 'IRT',
  namespaced: false,
  crd: true,
});

// Gateway API
export const GatewayModel = defineModel({
  group: GATEWAY_GROUP,
  version: 'v1',
  kind: 'Gateway',
  plural: 'gateways',
  abbr: 'GTW',
  namespaced: true,
  crd: true,
});

// Istio security (namespaced; served by istiod's CRDs)
export const AuthorizationPolicyModel = defineModel({
  group: 'security.istio.io',
  version: 'v1',
  kind: 'AuthorizationPolicy',
  plural: 'authorizationpolicies',
  abbr: 'AP',
  namespaced: true,
  crd: true,
});

export const GatewayClassModel = defineModel({
  group: GATEWAY_GROUP,
  version: 'v1',
  kind: 'GatewayClass',
  plural: 'gatewayclasses',
  abbr: 'GWC',
  namespaced: false,
  crd: true,
});

// Core
export const NamespaceModel = defineModel({
  version: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  abbr: 'NS',
  namespaced: false,
});
export const PodModel = defineModel({
  version: 'v1',
  kind: 'Pod',
  plural: 'pods',
  abbr: 'P',
  namespaced: true,
});
export const NodeModel = defineModel({
  version: 'v1',
  kind: 'Node',
  plural: 'nodes',
  abbr: 'N',
  namespaced: false,
});
export const ServiceModel = defineModel({
  version: 'v1',
  kind: 'Service',
  plural: 'services',
  abbr: 'S',
  namespaced: true,
});

// OpenShift
export const ProjectModel = defineModel({
  group: 'project.openshift.io',
  version: 'v1',
  kind: 'Project',
  plural: 'projects',
  abbr: 'PR',
  namespaced: false,
});
export const ClusterVersionModel = defineModel({
  group: 'config.openshift.io',
  version: 'v1',
  kind: 'ClusterVersion',
  plural: 'clusterversions',
  abbr: 'CV',
  namespaced: false,
});
/** `network.operator.openshift.io/cluster`: the cluster network operator's configuration. */
export const NetworkOperatorModel = defineModel({
  group: 'operator.openshift.io',
  version: 'v1',
  kind: 'Network',
  plural: 'networks',
  abbr: 'NO',
  namespaced: false,
});
export const CustomResourceDefinitionModel = defineModel({
  group: 'apiextensions.k8s.io',
  version: 'v1',
  kind: 'CustomResourceDefinition',
  plural: 'customresourcedefinitions',
  abbr: 'CRD',
  namespaced: false,
});
export const ClusterServiceVersionModel = defineModel({
  group: 'operators.coreos.com',
  version: 'v1alpha1',
  kind: 'ClusterServiceVersion',
  plural: 'clusterserviceversions',
  abbr: 'CSV',
  namespaced: true,
});

// Workloads (apps/v1), rolled by "Move to ambient"
export const DeploymentModel = defineModel({
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  plural: 'deployments',
  abbr: 'D',
  namespaced: true,
});
export const StatefulSetModel = defineModel({
  group: 'apps',
  version: 'v1',
  kind: 'StatefulSet',
  plural: 'statefulsets',
  abbr: 'SS',
  namespaced: true,
});
export const DaemonSetModel = defineModel({
  group: 'apps',
  version: 'v1',
  kind: 'DaemonSet',
  plural: 'daemonsets',
  abbr: 'DS',
  namespaced: true,
});

// Istio traffic management (namespaced; served by istiod's CRDs)
export const VirtualServiceModel = defineModel({
  group: 'networking.istio.io',
  version: 'v1',
  kind: 'VirtualService',
  plural: 'virtualservices',
  abbr: 'VS',
  namespaced: true,
  crd: true,
});
export const DestinationRuleModel = defineModel({
  group: 'networking.istio.io',
  version: 'v1',
  kind: 'DestinationRule',
  plural: 'destinationrules',
  abbr: 'DR',
  namespaced: true,
  crd: true,
});
