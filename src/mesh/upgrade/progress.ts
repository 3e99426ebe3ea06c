import type { PodKind } from '../../k8s/pod/types';
import { isPodReady } from '../../k8s/pod/selectors';
import { getLabel, getName } from '../../k8s/common/selectors';
import { parseSemver } from '../install/versions';

/** The label Istio's charts put on their pods with the version they run. */
export const VERSION_LABEL = 'app.kubernetes.io/version';

/** The image of a pod's first container. */
export const podImage = (pod: PodKind): string | undefined => pod.spec?.containers?.[0]?.image;

/** The version a pod runs: its version label, else its image's tag (none for a digest). */
export const podVersion = (pod: PodKind): string | undefined => {
  const label = getLabel(pod, VERSION_LABEL);
  if (label) return label;
  const image = podImage(pod) ?? '';
  const m = /:([^:/@]+)$/.exec(image.split('@')[0]);
  return m?.[1];
};

/**
 * Whether `actual` is the target version: the same major, minor and patch, or only the same
 * major and minor for a target without a patch (`v1.27-latest`).
 */
export const versionMatches = (actual: string | undefined, target: string): boolean => {
  const a = actual ? parseSemver(actual) : undefined;
  const t = parseSemver(target);
  if (!a || !t) return false;
  const exact = /^v?\d+\.\d+\.\d+/.test(target.trim());
  return a[0] === t[0] && a[1] === t[1] && (!exact || a[2] === t[2]);
};

export type RowState = 'old' | 'replacing' | 'starting' | 'done';

/** One node's agent pod (or one istiod pod) during the roll. */
export type ProgressRow = {
  /** The node for a DaemonSet's pods, the pod for istiod. */
  key: string;
  pod?: string;
  /** The image on that key when the step began. */
  before?: string;
  image?: string;
  ready: boolean;
  state: RowState;
};

const rowState = (pod: PodKind | undefined, target: string): RowState => {
  if (!pod || pod.metadata?.deletionTimestamp) return 'replacing';
  if (!versionMatches(podVersion(pod), target)) return 'old';
  return isPodReady(pod) ? 'done' : 'starting';
};

/**
 * The roll of one component's pods towards `target`, one row per node (`by: 'node'`, a
 * DaemonSet) or per pod (`by: 'pod'`, istiod): every key seen when the step began (`before`,
 * key -> image) or now. A node's row is done when its pod runs the target and is ready; a pod
 * being deleted, or a node without its pod, is being replaced. For istiod, pods of the old
 * version still running count as not done.
 */
export const podProgress = (
  pods: PodKind[],
  target: string,
  before: Record<string, string>,
  by: 'node' | 'pod',
): ProgressRow[] => {
  const live = new Map<string, PodKind>();
  for (const p of pods) {
    const key = by === 'node' ? (p.spec?.nodeName ?? '') : getName(p);
    if (!key) continue;
    const had = live.get(key);
    // during a node's roll the new pod wins over the old one being deleted
    if (!had || rowState(had, target) === 'replacing' || rowState(p, target) === 'done') {
      live.set(key, p);
    }
  }
  const keys = [...new Set([...Object.keys(before), ...live.keys()])].sort();
  return keys
    .filter((k) => by === 'node' || live.has(k))
    .map((key) => {
      const pod = live.get(key);
      return {
        key,
        pod: pod ? getName(pod) : undefined,
        before: before[key],
        image: pod ? podImage(pod) : undefined,
        ready: isPodReady(pod),
        state: rowState(pod, target),
      };
    });
};

/** key -> image of the pods now: what `podProgress` compares against. */
export const imagesBy = (pods: PodKind[], by: 'node' | 'pod'): Record<string, string> =>
  Object.fromEntries(
    pods
      .map((p) => [by === 'node' ? (p.spec?.nodeName ?? '') : getName(p), podImage(p) ?? ''])
      .filter(([k]) => k),
  );

/** The keys whose roll is not done, for the live count and the timeout's reason. */
export const notDone = (rows: ProgressRow[]): string[] =>
  rows.filter((r) => r.state !== 'done').map((r) => r.key);
