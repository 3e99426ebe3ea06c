import type { Condition, Resource } from '../common/types';

export type IstioCNISpec = {
  version?: string;
  namespace?: string;
  profile?: string;
  values?: {
    cni?: { ambient?: { reconcileIptablesOnStartup?: boolean; [key: string]: unknown } };
    [key: string]: unknown;
  };
};

export type IstioCNIStatus = {
  conditions?: Condition[];
  state?: string;
  observedGeneration?: number;
};

export type IstioCNIKind = Resource<IstioCNISpec, IstioCNIStatus>;
