import type { NodeKind } from '../../k8s/node/types';
import type { PodKind } from '../../k8s/pod/types';
import { isPodReady } from '../../k8s/pod/selectors';
import { getName } from '../../k8s/common/selectors';
import { readiness } from '../health/health';

export type PrecheckId = 'ready' | 'ztunnelNodes' | 'connections';
export type Precheck = {
  id: PrecheckId;
  status: 'pass' | 'warn' | 'fail';
  /** What the check found: `Kind/name: reason` for a CR, node names for nodes. */
  items: string[];
};

type CR = Parameters<typeof readiness>[0] & { kind?: string };

/**
 * What to know before an upgrade: every CR Ready (else it fails: an upgrade would start from an
 * unknown state); nodes with no ready ztunnel (their pods have no data plane now); and, whenever
 * ztunnel is rolled, that restarting a node's ztunnel drops the long-lived connections of the
 * pods it captures on that node (ztunnel has no hand-over of open connections).
 */
export const upgradePrechecks = (input: {
  crs: { kind: string; obj: CR }[];
  nodes: NodeKind[];
  ztunnelPods: PodKind[];
  rollsZtunnel: boolean;
}): Precheck[] => {
  const notReady = input.crs.flatMap(({ kind, obj }) => {
    const r = readiness(obj, kind);
    return r.ready ? [] : [`${kind}/${getName(obj)}: ${r.reason ?? ''}`];
  });
  const served = new Set(
    input.ztunnelPods.filter((p) => isPodReady(p)).map((p) => p.spec?.nodeName ?? ''),
  );
  const bare = input.nodes.map(getName).filter((n) => !served.has(n));
  const checks: Precheck[] = [
    { id: 'ready', status: notReady.length ? 'fail' : 'pass', items: notReady },
    { id: 'ztunnelNodes', status: bare.length ? 'warn' : 'pass', items: bare },
  ];
  if (input.rollsZtunnel) checks.push({ id: 'connections', status: 'warn', items: [] });
  return checks;
};
