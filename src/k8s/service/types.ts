import type { Condition, Resource } from '../common/types';

export type ServiceKind = Resource<
  {
    selector?: Record<string, string>;
    ports?: { name?: string; port: number; targetPort?: number | string; protocol?: string }[];
    clusterIP?: string;
    type?: string;
  },
  { conditions?: Condition[] }
>;
