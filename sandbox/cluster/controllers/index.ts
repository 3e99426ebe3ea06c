/** Starts every simulated controller. */
import { startCniAgent } from './cni';
import { startInjection } from './injection';
import { startLifecycle } from './lifecycle';
import type { Runtime } from './runtime';
import { startSail } from './sail';
import { startWaypointBinding } from './waypointBinding';
import { startWaypoints } from './waypoints';
import { startWorkloads, type WorkloadState } from './workloads';

export const startControllers = (rt: Runtime, workloads: WorkloadState): void => {
  startLifecycle(rt);
  startInjection(rt.api);
  startWorkloads(rt, workloads);
  startSail(rt, workloads);
  startCniAgent(rt, workloads);
  startWaypoints(rt);
  startWaypointBinding(rt);
};
