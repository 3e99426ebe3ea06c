import type { Condition, LabelSelector, Resource } from '../common/types';

export type DeploymentKind = Resource<
  {
    replicas?: number;
    selector: LabelSelector;
    template?: { metadata?: { labels?: Record<string, string> } };
  },
  {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    conditions?: Condition[];
  }
>;
