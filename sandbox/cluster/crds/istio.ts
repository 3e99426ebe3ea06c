/**
 * Istio's own API the Sail operator installs with the control plane: `networking.istio.io`
 * VirtualService and DestinationRule, and `security.istio.io` AuthorizationPolicy, its schema written from istio/api security/v1beta1/authorization.proto and
 * the generated CRD (manifests/charts/base/files/crd-all.gen.yaml, release-1.26..1.28).
 */
import type { Schema } from '../api/schema';
import type { KObj } from '../api/types';
import { makeCrd } from './platform';

const strings: Schema = { type: 'array', items: { type: 'string' } };

const targetRef: Schema = {
  type: 'object',
  required: ['kind', 'name'],
  properties: {
    group: { type: 'string', maxLength: 253 },
    kind: { type: 'string', minLength: 1, maxLength: 63 },
    name: { type: 'string', minLength: 1, maxLength: 253 },
    namespace: { type: 'string' },
  },
};

const source: Schema = {
  type: 'object',
  properties: Object.fromEntries(
    [
      'principals',
      'notPrincipals',
      'requestPrincipals',
      'notRequestPrincipals',
      'namespaces',
      'notNamespaces',
      'serviceAccounts',
      'notServiceAccounts',
      'ipBlocks',
      'notIpBlocks',
      'remoteIpBlocks',
      'notRemoteIpBlocks',
    ].map((f) => [f, strings]),
  ),
};

const operation: Schema = {
  type: 'object',
  properties: Object.fromEntries(
    ['hosts', 'notHosts', 'ports', 'notPorts', 'methods', 'notMethods', 'paths', 'notPaths'].map(
      (f) => [f, strings],
    ),
  ),
};

const authorizationPolicySpec: Schema = {
  type: 'object',
  properties: {
    action: { type: 'string', enum: ['ALLOW', 'DENY', 'AUDIT', 'CUSTOM'] },
    provider: { type: 'object', properties: { name: { type: 'string' } } },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          from: { type: 'array', items: { type: 'object', properties: { source } } },
          to: { type: 'array', items: { type: 'object', properties: { operation } } },
          when: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key'],
              properties: { key: { type: 'string' }, values: strings, notValues: strings },
            },
          },
        },
      },
    },
    selector: {
      type: 'object',
      properties: {
        matchLabels: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    targetRef,
    targetRefs: { type: 'array', maxItems: 16, items: targetRef },
  },
};

export const istioCrds = (): KObj[] => [
  makeCrd({
    group: 'security.istio.io',
    plural: 'authorizationpolicies',
    kind: 'AuthorizationPolicy',
    scope: 'Namespaced',
    versions: ['v1', 'v1beta1'],
    shortNames: ['ap'],
    categories: ['istio-io', 'security-istio-io'],
    spec: authorizationPolicySpec,
    labels: { 'app.kubernetes.io/part-of': 'istio' },
    columns: [{ name: 'Action', jsonPath: '.spec.action', type: 'string' }],
  }),
  // networking.istio.io, served as upstream's CRDs do (v1, v1alpha3, v1beta1); the spec is kept
  // as written (x-kubernetes-preserve-unknown-fields), not validated field by field.
  makeCrd({
    group: 'networking.istio.io',
    plural: 'virtualservices',
    kind: 'VirtualService',
    scope: 'Namespaced',
    versions: ['v1', 'v1alpha3', 'v1beta1'],
    shortNames: ['vs'],
    categories: ['istio-io', 'networking-istio-io'],
    labels: { 'app.kubernetes.io/part-of': 'istio' },
    columns: [
      { name: 'Gateways', jsonPath: '.spec.gateways', type: 'string' },
      { name: 'Hosts', jsonPath: '.spec.hosts', type: 'string' },
    ],
  }),
  makeCrd({
    group: 'networking.istio.io',
    plural: 'destinationrules',
    kind: 'DestinationRule',
    scope: 'Namespaced',
    versions: ['v1', 'v1alpha3', 'v1beta1'],
    shortNames: ['dr'],
    categories: ['istio-io', 'networking-istio-io'],
    labels: { 'app.kubernetes.io/part-of': 'istio' },
    columns: [{ name: 'Host', jsonPath: '.spec.host', type: 'string' }],
  }),
];
