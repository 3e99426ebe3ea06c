/** Starts every simulated controller. */
import { startLifecycle } from './lifecycle';
import type { Runtime } from './runtime';
import { startWorkloads, type WorkloadState } from './workloads';

export const startControllers = (rt: Runtime, workloads: WorkloadState): void => {
  startLifecycle(rt);
  startWorkloads(rt, workloads);
};
