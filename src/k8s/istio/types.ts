import type { Condition, LabelSelector, Resource } from '../common/types';

export type UpdateStrategyType = 'InPlace' | 'RevisionBased';

export type IstioSpec = {
  version?: string;
  namespace?: string;
  profile?: string;
  updateStrategy?: {
    type?: UpdateStrategyType;
    inactiveRevisionDeletionGracePeriodSeconds?: number;
  };
  values?: {
    pilot?: { trustedZtunnelNamespace?: string; [key: string]: unknown };
    meshConfig?: {
      discoverySelectors?: LabelSelector[];
      trustDomain?: string;
      rootNamespace?: string;
      [key: string]: unknown;
    };
    global?: { istioNamespace?: string; [key: string]: unknown };
    [key: string]: unknown;
  };
};

export type IstioStatus = {
  conditions?: Condition[];
  state?: string;
  observedGeneration?: number;
  activeRevisionName?: string;
  revisions?: { total?: number; ready?: number; inUse?: number };
};

export type IstioKind = Resource<IstioSpec, IstioStatus>;
