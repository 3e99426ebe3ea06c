import type { NamespaceKind } from '../../k8s/namespace/types';
import type { LabelChanges } from '../../k8s/common/labelPatch';
import { labelPatch } from '../../k8s/common/labelPatch';
import {
  enrollChanges,
  removeChanges,
  type EnrollOptions,
  type Finding,
  type FindingId,
  type RemoveMode,
} from './preflight';
import { getName } from '../../k8s/common/selectors';

export type BulkAction = 'enroll' | RemoveMode;

export type BulkItem = {
  name: string;
  namespace: NamespaceKind;
  changes: LabelChanges;
  /** Nothing to write: the namespace is already as asked. */
  noop: boolean;
};

/** Per finding, the namespaces that have it: one summary for a whole selection. */
export type FindingSummary = {
  id: FindingId;
  severity: Finding['severity'];
  namespaces: string[];
}[];

const ORDER: FindingId[] = [
  'not-installed',
  'not-discovered',
  'sidecar-injection',
  'no-ztunnel',
  'host-network',
  'unverified',
];

export const summarizeFindings = (byNamespace: Map<string, Finding[]>): FindingSummary => {
  const acc = new Map<FindingId, { severity: Finding['severity']; namespaces: string[] }>();
  byNamespace.forEach((findings, name) => {
    findings.forEach((f) => {
      const entry = acc.get(f.id) ?? { severity: f.severity, namespaces: [] };
      entry.namespaces.push(name);
      acc.set(f.id, entry);
    });
  });
  return ORDER.filter((id) => acc.has(id)).map((id) => ({
    id,
    severity: acc.get(id)?.severity ?? 'info',
    namespaces: [...(acc.get(id)?.namespaces ?? [])].sort(),
  }));
};

/** What to write to each selected namespace for a bulk action; pure. */
export const planBulk = (
  namespaces: NamespaceKind[],
  action: BulkAction,
  findings: Map<string, Finding[]>,
  options: EnrollOptions,
): BulkItem[] =>
  namespaces.map((namespace) => {
    const name = getName(namespace);
    const changes =
      action === 'enroll'
        ? enrollChanges(namespace, findings.get(name) ?? [], options)
        : removeChanges(action);
    return { name, namespace, changes, noop: labelPatch(namespace, changes).length === 0 };
  });

/**
 * Runs `work` over `items` with at most `limit` in flight, reporting each result as it comes;
 * one failure does not stop the others. Once `stopped()` is true no further item starts (those in
 * flight finish); resolves to the items never started.
 */
export const runLimited = async <T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<T[]> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !stopped()) {
      const item = items[next];
      next += 1;
      try {
        await work(item);
      } catch {
        // the caller records failures in `work`
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return items.slice(next);
};
