/**
 * The StatefulSet controller, written from kubernetes/kubernetes pkg/controller/statefulset
 * (stateful_set_control.go `updateStatefulSet`, stateful_set_utils.go): pods `<name>-<ordinal>`
 * created one at a time in ordinal order (`OrderedReady`: the next once the previous is Running and
 * Ready; `Parallel`: all at once), removed from the highest ordinal; on a template change
 * `RollingUpdate` replaces pods from the highest ordinal down to `partition`, one at a time, each
 * after the previous is ready again; `OnDelete` only recreates deleted pods. Revisions are named
 * `<name>-<hash>` and carried by the pods' `controller-revision-hash` label.
 */
import { asDict, type Dict, type KObj } from '../api/types';
import { isPodReady, templateHash } from './pods';
import type { WorkloadContext } from './rolling';

export const REVISION_LABEL = 'controller-revision-hash';
const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

export const statefulSetRevision = (sts: KObj): string =>
  `${sts.metadata.name}-${templateHash(asDict(sts.spec).template).slice(0, 10)}`;

const ordinalOf = (sts: KObj, pod: KObj): number => {
  const m = new RegExp(`^${String(sts.metadata.name)}-(\\d+)$`).exec(String(pod.metadata.name));
  return m ? Number(m[1]) : -1;
};

const partitionOf = (spec: Dict): number =>
  Number(asDict(asDict(spec.updateStrategy).rollingUpdate).partition ?? 0);

const running = (p: KObj): boolean => asDict(p.status).phase === 'Running';

export const reconcileStatefulSet = (ctx: WorkloadContext, ns: string, name: string): void => {
  const { rt } = ctx;
  const { api } = rt;
  const stsType = rt.rt('apps', 'statefulsets');
  const sts = api.find(stsType, ns, name);
  if (!sts || sts.metadata.deletionTimestamp) return;
  const spec = asDict(sts.spec);
  const replicas = Number(spec.replicas ?? 1);
  const updateRevision = statefulSetRevision(sts);
  const prevStatus = asDict(sts.status);
  const currentRevision = String(prevStatus.currentRevision ?? '') || updateRevision;
  const strategy = String(asDict(spec.updateStrategy).type ?? 'RollingUpdate');
  const partition = strategy === 'RollingUpdate' ? partitionOf(spec) : 0;
  const ordered = spec.podManagementPolicy !== 'Parallel';
  // The revisions' templates, as the ControllerRevisions upstream keeps (held in memory here).
  const history = ctx.revisions(sts);
  history.set(updateRevision, spec.template);
  for (const rev of history.keys())
    if (rev !== updateRevision && rev !== currentRevision) history.delete(rev);
  const pods = new Map<number, KObj>();
  for (const p of ctx.podsOwnedBy(sts)) {
    const ord = ordinalOf(sts, p);
    if (ord >= 0) pods.set(ord, p);
  }
  const create = (ord: number): void => {
    // Below the partition a recreated pod keeps the current revision (newVersionedStatefulSetPod).
    const useCurrent =
      strategy === 'RollingUpdate' && ord < partition && currentRevision !== updateRevision;
    const revision = useCurrent ? currentRevision : updateRevision;
    const tmpl = useCurrent ? (history.get(currentRevision) ?? spec.template) : spec.template;
    const podName = `${name}-${ord}`;
    const pod = ctx.newPod(
      sts,
      asDict(tmpl),
      name,
      { [REVISION_LABEL]: revision, [POD_NAME_LABEL]: podName, [POD_INDEX_LABEL]: String(ord) },
      { name: podName },
    );
    const podSpec = asDict(pod.spec);
    podSpec.hostname = podName;
    if (spec.serviceName) podSpec.subdomain = spec.serviceName;
    api.create(ctx.pods(), 'v1', ns, pod);
  };
  let blocked = false;
  for (let ord = 0; ord < replicas && !blocked; ord += 1) {
    const p = pods.get(ord);
    if (!p) {
      create(ord);
      if (ordered) blocked = true;
    } else if (ordered && !(running(p) && isPodReady(p))) blocked = true;
  }
  // Scale down from the highest ordinal, one at a time when ordered.
  const extra = [...pods.keys()].filter((o) => o >= replicas).sort((a, b) => b - a);
  if (!blocked)
    for (const ord of ordered ? extra.slice(0, 1) : extra) {
      const p = pods.get(ord) as KObj;
      api.delete(ctx.pods(), ns, p.metadata.name as string);
      pods.delete(ord);
      blocked = ordered;
    }
  if (!blocked && strategy === 'RollingUpdate') {
    for (let ord = replicas - 1; ord >= partition; ord -= 1) {
      const p = pods.get(ord);
      if (!p) break;
      if (p.metadata.labels?.[REVISION_LABEL] !== updateRevision) {
        api.delete(ctx.pods(), ns, p.metadata.name as string);
        create(ord);
        break;
      }
      if (!isPodReady(p)) break;
    }
  }
  writeStatus(ctx, sts, currentRevision, updateRevision);
};

const writeStatus = (
  ctx: WorkloadContext,
  sts: KObj,
  currentRevision: string,
  updateRevision: string,
): void => {
  const pods = ctx.podsOwnedBy(sts);
  const replicas = Number(asDict(sts.spec).replicas ?? 1);
  const ready = pods.filter(isPodReady).length;
  const updated = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] === updateRevision);
  let current = currentRevision;
  let currentReplicas = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] === current).length;
  // completeRollingUpdate: every pod updated and ready makes the update revision current.
  if (updated.length === replicas && pods.length === replicas && ready === replicas) {
    current = updateRevision;
    currentReplicas = updated.length;
  }
  ctx.rt.api.mutate(
    ctx.rt.rt('apps', 'statefulsets'),
    sts.metadata.namespace as string,
    sts.metadata.name as string,
    (o) => {
      const st: Dict = {
        observedGeneration: o.metadata.generation,
        replicas: pods.length,
        readyReplicas: ready,
        currentReplicas,
        updatedReplicas: updated.length,
        currentRevision: current,
        updateRevision,
        collisionCount: 0,
        availableReplicas: ready,
      };
      for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas', 'availableReplicas'])
        if (st[k] === 0) delete st[k];
      o.status = st;
    },
    'status',
  );
};
