import type { Resource } from '../common/types';

// istio/api networking/v1 destination_rule.proto (the fields the plugin reads)

export type TrafficPolicy = {
  loadBalancer?: Record<string, unknown>;
  connectionPool?: { tcp?: Record<string, unknown>; http?: Record<string, unknown> };
  outlierDetection?: Record<string, unknown>;
  tls?: Record<string, unknown>;
  portLevelSettings?: TrafficPolicy[];
};

export type DestinationRuleSpec = {
  host?: string;
  trafficPolicy?: TrafficPolicy;
  subsets?: { name: string; labels?: Record<string, string>; trafficPolicy?: TrafficPolicy }[];
  exportTo?: string[];
};

export type DestinationRuleKind = Resource<DestinationRuleSpec>;
