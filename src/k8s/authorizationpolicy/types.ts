import type { LabelSelector } from '../common/types';
import type { Resource } from '../common/types';

// istio/api security/v1beta1/authorization.proto (served as security.istio.io/v1)

/** A reference to the object a policy attaches to (Gateway, Service, ServiceEntry, GatewayClass). */
export type PolicyTargetRef = { group?: string; kind: string; name: string; namespace?: string };

export type PolicySource = {
  principals?: string[];
  notPrincipals?: string[];
  requestPrincipals?: string[];
  notRequestPrincipals?: string[];
  namespaces?: string[];
  notNamespaces?: string[];
  serviceAccounts?: string[];
  notServiceAccounts?: string[];
  ipBlocks?: string[];
  notIpBlocks?: string[];
  remoteIpBlocks?: string[];
  notRemoteIpBlocks?: string[];
};

export type PolicyOperation = {
  hosts?: string[];
  notHosts?: string[];
  ports?: string[];
  notPorts?: string[];
  methods?: string[];
  notMethods?: string[];
  paths?: string[];
  notPaths?: string[];
};

export type PolicyCondition = { key: string; values?: string[]; notValues?: string[] };

export type PolicyRule = {
  from?: { source?: PolicySource }[];
  to?: { operation?: PolicyOperation }[];
  when?: PolicyCondition[];
};

export type AuthorizationPolicySpec = {
  selector?: { matchLabels?: LabelSelector['matchLabels'] };
  targetRef?: PolicyTargetRef;
  targetRefs?: PolicyTargetRef[];
  action?: 'ALLOW' | 'DENY' | 'AUDIT' | 'CUSTOM';
  provider?: { name?: string };
  rules?: PolicyRule[];
};

export type AuthorizationPolicyKind = Resource<AuthorizationPolicySpec>;
