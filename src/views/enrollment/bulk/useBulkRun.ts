import * as React from 'react';
import { runLimited, type BulkItem } from '../../../mesh/enrollment/bulk';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import type { BulkResult } from './BulkProgress';

const CONCURRENCY = 4;

export type BulkRun = {
  results: BulkResult[] | null;
  running: boolean;
  /** Cancel was asked: no further write starts. */
  cancelled: boolean;
  start: (plan: BulkItem[], skip: Set<string>) => void;
  /** Stops further writes; those in flight finish and are reported. */
  cancel: () => void;
  /** Runs again only the namespaces whose write failed. */
  retryFailed: () => void;
};

/**
 * Runs a bulk plan, at most four writes at a time, one result per namespace. The plan is kept,
 * so that "Retry failed" re-sends exactly the failed namespaces' changes (each write starts from
 * the namespace as the watch holds it then).
 */
export const useBulkRun = (
  write: (name: string, changes: LabelChanges) => Promise<boolean>,
): BulkRun => {
  const [results, setResults] = React.useState<BulkResult[] | null>(null);
  const [running, setRunning] = React.useState(false);
  const [cancelled, setCancelled] = React.useState(false);
  const stopRef = React.useRef(false);
  const planRef = React.useRef<BulkItem[]>([]);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      // closing the dialog stops further writes
      mounted.current = false;
      stopRef.current = true;
    },
    [],
  );
  const update = React.useCallback((names: Set<string>, r: Partial<BulkResult>) => {
    if (mounted.current)
      setResults((rs) => rs && rs.map((x) => (names.has(x.name) ? { ...x, ...r } : x)));
  }, []);

  const runItems = React.useCallback(
    async (todo: BulkItem[]) => {
      stopRef.current = false;
      setCancelled(false);
      setRunning(true);
      const notStarted = await runLimited(
        todo,
        CONCURRENCY,
        async (item) => {
          update(new Set([item.name]), { status: 'running', message: undefined });
          const ok = await write(item.name, item.changes);
          update(new Set([item.name]), { status: ok ? 'done' : 'failed' });
        },
        () => stopRef.current,
      );
      update(new Set(notStarted.map((i) => i.name)), { status: 'cancelled' });
      if (mounted.current) setRunning(false);
    },
    [write, update],
  );

  const start = React.useCallback(
    (plan: BulkItem[], skip: Set<string>) => {
      planRef.current = plan;
      setResults(
        plan.map((p) => ({
          name: p.name,
          status: skip.has(p.name) ? 'skipped' : p.noop ? 'unchanged' : 'waiting',
        })),
      );
      void runItems(plan.filter((p) => !p.noop && !skip.has(p.name)));
    },
    [runItems],
  );

  const retryFailed = React.useCallback(() => {
    const failed = new Set((results ?? []).filter((r) => r.status === 'failed').map((r) => r.name));
    if (failed.size === 0) return;
    update(failed, { status: 'waiting', message: undefined });
    void runItems(planRef.current.filter((p) => failed.has(p.name)));
  }, [results, runItems, update]);

  const cancel = React.useCallback(() => {
    stopRef.current = true;
    setCancelled(true);
  }, []);

  return { results, running, cancelled, start, cancel, retryFailed };
};
