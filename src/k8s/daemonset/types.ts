import type { Condition, LabelSelector, Resource } from '../common/types';

export type DaemonSetKind = Resource<
  { selector: LabelSelector; template?: { metadata?: { labels?: Record<string, string> } } },
  {
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    numberReady?: number;
    numberAvailable?: number;
    conditions?: Condition[];
  }
>;
