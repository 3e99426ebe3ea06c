import { compareVersions, parseSemver } from '../install/versions';

/** Why a version cannot be the target of an upgrade. */
export type Refusal = 'current' | 'downgrade' | 'major' | 'tooFar' | 'skew' | 'unsupported';

export type TargetOption = {
  version: string;
  /** Undefined when the version may be chosen. */
  refusal?: Refusal;
};

/** The running versions of the install: the Istio's and each data-plane CR's `spec.version`. */
export type RunningVersions = { istio?: string; dataPlane: (string | undefined)[] };

const minorOf = (v: string | undefined): [number, number] | undefined => {
  const p = v ? parseSemver(v) : undefined;
  return p ? [p[0], p[1]] : undefined;
};

// istio.io docs/setup/upgrade (in-place and canary) and sail-operator docs/general/upgrade:
// upgrades go one minor version at a time, and the data plane (ztunnel, the CNI agent) may run
// at most one minor version behind the control plane.
/**
 * Whether `to` may be the target from the running versions, or why not: not newer, another major
 * version, more than one minor ahead of the control plane, or more than one minor ahead of a
 * data-plane CR (which would then run two minors behind while the control plane is upgraded).
 */
export const refusalFor = (running: RunningVersions, to: string): Refusal | undefined => {
  const target = minorOf(to);
  const from = minorOf(running.istio);
  if (!target || !from) return 'unsupported';
  if (running.istio === to) return 'current';
  if (compareVersions(to, running.istio ?? '') <= 0) return 'downgrade';
  if (target[0] !== from[0]) return 'major';
  if (target[1] - from[1] > 1) return 'tooFar';
  const behind = running.dataPlane
    .map(minorOf)
    .some((v) => !!v && (v[0] !== target[0] || target[1] - v[1] > 1));
  return behind ? 'skew' : undefined;
};

/**
 * Every version the operator lists (newest first), each with the reason it is refused, and a
 * requested version the operator does not list, refused by the version rules first (a jump of
 * two minors says so), else as `unsupported`.
 */
export const upgradeTargets = (
  supported: string[],
  running: RunningVersions,
  requested?: string,
): TargetOption[] => {
  const sorted = [...supported].sort((a, b) => compareVersions(b, a));
  const options = sorted.map((version) => {
    const refusal = refusalFor(running, version);
    return refusal ? { version, refusal } : { version };
  });
  if (requested && !supported.includes(requested)) {
    const refusal = refusalFor(running, requested) ?? 'unsupported';
    return [{ version: requested, refusal }, ...options];
  }
  return options;
};

/** The newest version that may be chosen, if any: what the overview offers. */
export const availableUpgrade = (
  supported: string[],
  running: RunningVersions,
): string | undefined => upgradeTargets(supported, running).find((o) => !o.refusal)?.version;
