/** CRDs of the platform: Gateway API, OpenShift config/operator/console, OLM, and Service Mesh 2 (maistra). */
import type { Schema } from '../api/schema';
import type { KObj } from '../api/types';

const open: Schema = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };

interface Def {
  group: string;
  plural: string;
  kind: string;
  scope: 'Cluster' | 'Namespaced';
  versions: string[];
  shortNames?: string[];
  categories?: string[];
  spec?: Schema;
  columns?: { name: string; jsonPath: string; type: string; priority?: number }[];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export const makeCrd = (d: Def): KObj => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `${d.plural}.${d.group}`, labels: d.labels, annotations: d.annotations },
  spec: {
    group: d.group,
    names: {
      kind: d.kind,
      listKind: `${d.kind}List`,
      plural: d.plural,
      singular: d.kind.toLowerCase(),
      shortNames: d.shortNames,
      categories: d.categories,
    },
    scope: d.scope,
    versions: d.versions.map((v, i) => ({
      name: v,
      served: true,
      storage: i === 0,
      subresources: { status: {} },
      schema: {
        openAPIV3Schema: {
          type: 'object',
          properties: {
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            metadata: { type: 'object' },
            spec: d.spec ?? open,
            status: open,
          },
        },
      },
      additionalPrinterColumns: d.columns
        ? [...d.columns, { name: 'Age', jsonPath: '.metadata.creationTimestamp', type: 'date' }]
        : undefined,
    })),
  },
});

const str: Schema = { type: 'string' };

const gatewaySpec: Schema = {
  type: 'object',
  required: ['gatewayClassName', 'listeners'],
  'x-kubernetes-preserve-unknown-fields': true,
  properties: {
    gatewayClassName: { type: 'string', minLength: 1, maxLength: 253 },
    listeners: {
      type: 'array',
      maxItems: 64,
      items: {
        type: 'object',
        required: ['name', 'port', 'protocol'],
        'x-kubernetes-preserve-unknown-fields': true,
        properties: {
          name: {
            type: 'string',
            maxLength: 253,
            minLength: 1,
            pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
          },
          port: { type: 'integer', format: 'int32', minimum: 1, maximum: 65535 },
          protocol: {
            type: 'string',
            maxLength: 255,
            minLength: 1,
            pattern:
              '^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$',
          },
          hostname: str,
        },
      },
    },
  },
};

const gatewayLabels = {
  'gateway.networking.k8s.io/bundle-version': 'v1.2.1',
  'gateway.networking.k8s.io/channel': 'standard',
};

export const gatewayApiCrds = (): KObj[] => [
  makeCrd({
    group: 'gateway.networking.k8s.io',
    plural: 'gateways',
    kind: 'Gateway',
    scope: 'Namespaced',
    versions: ['v1', 'v1beta1'],
    shortNames: ['gtw'],
    categories: ['gateway-api'],
    spec: gatewaySpec,
    annotations: gatewayLabels,
    columns: [
      { name: 'Class', jsonPath: '.spec.gatewayClassName', type: 'string' },
      { name: 'Address', jsonPath: '.status.addresses[*].value', type: 'string' },
      {
        name: 'Programmed',
        jsonPath: '.status.conditions[?(@.type=="Programmed")].status',
        type: 'string',
      },
    ],
  }),
  makeCrd({
    group: 'gateway.networking.k8s.io',
    plural: 'gatewayclasses',
    kind: 'GatewayClass',
    scope: 'Cluster',
    versions: ['v1', 'v1beta1'],
    shortNames: ['gc'],
    categories: ['gateway-api'],
    annotations: gatewayLabels,
    spec: {
      type: 'object',
      required: ['controllerName'],
      'x-kubernetes-preserve-unknown-fields': true,
      properties: {
        controllerName: { type: 'string', minLength: 1, maxLength: 253 },
        description: { type: 'string', maxLength: 64 },
      },
    },
    columns: [
      { name: 'Controller', jsonPath: '.spec.controllerName', type: 'string' },
      {
        name: 'Accepted',
        jsonPath: '.status.conditions[?(@.type=="Accepted")].status',
        type: 'string',
      },
    ],
  }),
  makeCrd({
    group: 'gateway.networking.k8s.io',
    plural: 'httproutes',
    kind: 'HTTPRoute',
    scope: 'Namespaced',
    versions: ['v1', 'v1beta1'],
    categories: ['gateway-api'],
    annotations: gatewayLabels,
  }),
  makeCrd({
    group: 'gateway.networking.k8s.io',
    plural: 'referencegrants',
    kind: 'ReferenceGrant',
    scope: 'Namespaced',
    versions: ['v1beta1'],
    shortNames: ['refgrant'],
    categories: ['gateway-api'],
    annotations: gatewayLabels,
  }),
];

export const openshiftCrds = (): KObj[] => [
  makeCrd({
    group: 'config.openshift.io',
    plural: 'clusterversions',
    kind: 'ClusterVersion',
    scope: 'Cluster',
    versions: ['v1'],
    columns: [
      {
        name: 'Version',
        jsonPath: '.status.history[?(@.state=="Completed")].version',
        type: 'string',
      },
    ],
  }),
  makeCrd({
    group: 'config.openshift.io',
    plural: 'networks',
    kind: 'Network',
    scope: 'Cluster',
    versions: ['v1'],
  }),
  makeCrd({
    group: 'config.openshift.io',
    plural: 'infrastructures',
    kind: 'Infrastructure',
    scope: 'Cluster',
    versions: ['v1'],
  }),
  makeCrd({
    group: 'operator.openshift.io',
    plural: 'networks',
    kind: 'Network',
    scope: 'Cluster',
    versions: ['v1'],
  }),
  makeCrd({
    group: 'operator.openshift.io',
    plural: 'consoles',
    kind: 'Console',
    scope: 'Cluster',
    versions: ['v1'],
  }),
  makeCrd({
    group: 'console.openshift.io',
    plural: 'consoleplugins',
    kind: 'ConsolePlugin',
    scope: 'Cluster',
    versions: ['v1'],
  }),
  makeCrd({
    group: 'operators.coreos.com',
    plural: 'clusterserviceversions',
    kind: 'ClusterServiceVersion',
    scope: 'Namespaced',
    versions: ['v1alpha1'],
    shortNames: ['csv', 'csvs'],
    categories: ['olm'],
    columns: [
      { name: 'Display', jsonPath: '.spec.displayName', type: 'string' },
      { name: 'Version', jsonPath: '.spec.version', type: 'string' },
      { name: 'Phase', jsonPath: '.status.phase', type: 'string' },
    ],
  }),
  makeCrd({
    group: 'operators.coreos.com',
    plural: 'subscriptions',
    kind: 'Subscription',
    scope: 'Namespaced',
    versions: ['v1alpha1'],
    shortNames: ['sub', 'subs'],
    categories: ['olm'],
  }),
];

export const maistraCrds = (): KObj[] => [
  makeCrd({
    group: 'maistra.io',
    plural: 'servicemeshcontrolplanes',
    kind: 'ServiceMeshControlPlane',
    scope: 'Namespaced',
    versions: ['v2', 'v1'],
    shortNames: ['smcp'],
    categories: ['maistra-io'],
  }),
  makeCrd({
    group: 'maistra.io',
    plural: 'servicemeshmemberrolls',
    kind: 'ServiceMeshMemberRoll',
    scope: 'Namespaced',
    versions: ['v1'],
    shortNames: ['smmr'],
    categories: ['maistra-io'],
  }),
];
