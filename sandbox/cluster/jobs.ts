/**
 * batch/v1 Jobs: the sandbox runs no images, so a Job's container is handed to a `ContainerRunner`
 * given to `startCluster` (tests run the container's command on the host). The Job then moves
 * through the states of the Kubernetes Job controller: `startTime` and `active` when it starts;
 * after an exit code 0, `succeeded` and the `SuccessCriteriaMet` then `Complete` conditions; after
 * a non-zero exit, `failed` counts up and the container runs again until `spec.backoffLimit`
 * failures have been retried, then `FailureTarget` and `Failed` (reason `BackoffLimitExceeded`).
 * Without a runner a Job stays unstarted, as on a cluster that cannot schedule it. No Pods are
 * created: the runner stands for the Job's one pod.
 */
import type { Api } from './api/core';
import { ridOf } from './api/registry';
import { nowISO, type KObj } from './api/types';

export interface JobContainer {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  env?: Array<{ name: string; value?: string }>;
}

export interface ContainerRun {
  namespace: string;
  job: string;
  serviceAccountName: string;
  container: JobContainer;
}

/** Runs one container of a Job's pod to completion; resolves with its exit code. */
export type ContainerRunner = (run: ContainerRun) => Promise<number>;

const JOBS = ridOf('batch', 'jobs');

const condition = (type: string, reason: string, message: string) => {
  const now = nowISO();
  return { type, status: 'True', reason, message, lastProbeTime: now, lastTransitionTime: now };
};

/** Runs every Job created from now on with `runner`. */
export const runJobs = (api: Api, runner: ContainerRunner): void => {
  const rt = api.registry.byRid(JOBS);
  if (!rt) return;
  const setStatus = (job: KObj, change: (s: Record<string, unknown>) => void): boolean =>
    !!api.mutate(
      rt,
      job.metadata.namespace as string,
      job.metadata.name as string,
      (o) => {
        const status = { ...(o.status as Record<string, unknown>) };
        change(status);
        o.status = status;
      },
      'status',
    );

  const run = async (job: KObj): Promise<void> => {
    const spec = job.spec as {
      backoffLimit?: number;
      template: { spec: { containers: JobContainer[]; serviceAccountName?: string } };
    };
    const pod = spec.template.spec;
    const backoffLimit = spec.backoffLimit ?? 6;
    let failed = 0;
    for (;;) {
      if (!setStatus(job, (s) => ((s.active = 1), (s.startTime ??= nowISO())))) return;
      let code: number;
      try {
        code = await runner({
          namespace: job.metadata.namespace as string,
          job: job.metadata.name as string,
          serviceAccountName: pod.serviceAccountName ?? 'default',
          container: pod.containers[0],
        });
      } catch {
        code = 128;
      }
      if (code === 0) {
        setStatus(job, (s) => {
          s.active = 0;
          s.succeeded = 1;
          s.completionTime = nowISO();
          s.conditions = [
            condition(
              'SuccessCriteriaMet',
              'CompletionsReached',
              'Reached expected number of succeeded pods',
            ),
            condition(
              'Complete',
              'CompletionsReached',
              'Reached expected number of succeeded pods',
            ),
          ];
        });
        return;
      }
      failed += 1;
      if (failed > backoffLimit) {
        setStatus(job, (s) => {
          s.active = 0;
          s.failed = failed;
          s.conditions = [
            condition(
              'FailureTarget',
              'BackoffLimitExceeded',
              'Job has reached the specified backoff limit',
            ),
            condition(
              'Failed',
              'BackoffLimitExceeded',
              'Job has reached the specified backoff limit',
            ),
          ];
        });
        return;
      }
      if (!setStatus(job, (s) => ((s.active = 0), (s.failed = failed)))) return;
    }
  };

  api.store.subscribe((e) => {
    if (e.rid === JOBS && e.type === 'ADDED') void run(e.object);
  });
};
