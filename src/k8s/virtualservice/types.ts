import type { Resource } from '../common/types';

// istio/api networking/v1 virtual_service.proto (the fields the plugin reads)

export type VirtualServiceSpec = {
  hosts?: string[];
  gateways?: string[];
  http?: Record<string, unknown>[];
  tcp?: Record<string, unknown>[];
  tls?: Record<string, unknown>[];
  exportTo?: string[];
};

export type VirtualServiceKind = Resource<VirtualServiceSpec>;
