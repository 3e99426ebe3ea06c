import type { IstioKind } from '../../k8s/istio/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';
import { getTagTarget } from '../../k8s/istiorevisiontag/selectors';
import { getName } from '../../k8s/common/selectors';
import { activeRevisionName } from '../enrollment/revisions';

export type UpgradeKind = 'Istio' | 'ZTunnel' | 'IstioCNI' | 'IstioRevisionTag';
export type Strategy = 'InPlace' | 'RevisionBased';

export type UpgradeStep = {
  /** `Kind/name`. */
  id: string;
  kind: UpgradeKind;
  name: string;
  /** The value the step finds (`spec.version`, or the tag's `spec.targetRef.name`). */
  from?: string;
  /** The value it writes; a tag's is the Istio's new revision, known once that is Ready. */
  to: string;
  /** Wait for Ready (and the pods) after the write. */
  waitReady: true;
};

export type UpgradeInstall = {
  istio?: IstioKind;
  ztunnel?: ZTunnelKind;
  cni?: IstioCNIKind;
  tags: IstioRevisionTagKind[];
};

export type TagRow = {
  name: string;
  /** The tag names the old revision itself (`IstioRevision`): the upgrade moves it. */
  moves: boolean;
  /** The tag names the Istio: it follows the active revision by itself. */
  follows: boolean;
};

export type UpgradePlan = { strategy: Strategy; steps: UpgradeStep[]; tags: TagRow[] };

export const strategyOf = (istio?: IstioKind): Strategy =>
  istio?.spec?.updateStrategy?.type === 'RevisionBased' ? 'RevisionBased' : 'InPlace';

/** The revision a RevisionBased Istio runs at `version` (`<name>-<version with dashes>`). */
export const revisionFor = (istio: IstioKind, version: string): string =>
  activeRevisionName({
    ...istio,
    spec: { ...istio.spec, version },
    status: undefined,
  });

/** The tags that reach the Istio's current revision: by the revision's name or by the Istio. */
export const tagRows = (istio: IstioKind | undefined, tags: IstioRevisionTagKind[]): TagRow[] => {
  if (!istio) return [];
  const revision = activeRevisionName(istio);
  return tags.flatMap((t) => {
    const target = getTagTarget(t);
    const follows = target.kind === 'Istio' && target.name === getName(istio);
    const moves =
      strategyOf(istio) === 'RevisionBased' &&
      target.kind === 'IstioRevision' &&
      target.name === revision;
    return follows || moves ? [{ name: getName(t), moves, follows }] : [];
  });
};

const crStep = (
  kind: 'Istio' | 'ZTunnel' | 'IstioCNI',
  obj: { metadata?: { name?: string }; spec?: { version?: string } } | undefined,
  to: string,
): UpgradeStep[] =>
  obj
    ? [
        {
          id: `${kind}/${getName(obj)}`,
          kind,
          name: getName(obj),
          from: obj.spec?.version,
          to,
          waitReady: true,
        },
      ]
    : [];

// sail-operator docs/general/update-strategy and docs/ambient (release-1.27): the control plane
// first; once istiod is Ready at the new version, ztunnel, then the CNI agent. With RevisionBased
// the new revision runs beside the old one and a tag naming the old revision is moved to it.
/**
 * The upgrade to `to`, in upstream's order: Istio; for RevisionBased, each tag naming the old
 * revision; then ZTunnel and IstioCNI. A step whose object is already at the target stays in the
 * plan: its write finds nothing to change and it only waits for Ready.
 */
export const buildUpgradePlan = (install: UpgradeInstall, to: string): UpgradePlan => {
  const strategy = strategyOf(install.istio);
  const tags = tagRows(install.istio, install.tags);
  const revision = install.istio ? revisionFor(install.istio, to) : '';
  const tagSteps: UpgradeStep[] = tags
    .filter((t) => t.moves)
    .map((t) => ({
      id: `IstioRevisionTag/${t.name}`,
      kind: 'IstioRevisionTag',
      name: t.name,
      from: getTagTarget(install.tags.find((x) => getName(x) === t.name) ?? {}).name,
      to: revision,
      waitReady: true,
    }));
  return {
    strategy,
    tags,
    steps: [
      ...crStep('Istio', install.istio, to),
      ...tagSteps,
      ...crStep('ZTunnel', install.ztunnel, to),
      ...crStep('IstioCNI', install.cni, to),
    ],
  };
};
