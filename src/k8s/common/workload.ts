import type { LabelSelector } from './types';

/** The pod template of a Deployment, StatefulSet or DaemonSet (the fields the plugin reads). */
export type PodTemplate = {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
};

/** The spec fields the three apps/v1 workload kinds share. */
export type WorkloadSpecCommon = {
  selector?: LabelSelector;
  template?: PodTemplate;
};
