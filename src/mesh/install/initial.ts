import type { InstallField } from './validation';
import { DEFAULT_CHOICES, type InstallChoices } from './types';
import { getName } from '../../k8s/common/selectors';

type Existing = {
  metadata?: { name?: string };
  spec?: {
    namespace?: string;
    version?: string;
    updateStrategy?: { type?: 'InPlace' | 'RevisionBased' };
    values?: object;
  };
};

type MeshValues = {
  meshConfig?: { discoverySelectors?: { matchLabels?: Record<string, string> }[] };
};

export type InitialChoices = {
  choices: InstallChoices;
  /** Fields fixed by an existing CR (its name, and namespaces, which are immutable). */
  locked: InstallField[];
};

/**
 * The wizard's starting choices: the defaults and the operator's default version, or, when
 * Istio, IstioCNI or ZTunnel already exist, their names, namespaces and settings (adoption).
 */
export const initialChoices = (
  defaultVersion: string | undefined,
  versions: string[],
  existing: { istios: Existing[]; istioCNIs: Existing[]; ztunnels: Existing[] },
): InitialChoices => {
  const istio = existing.istios.find((i) => getName(i) === 'default') ?? existing.istios[0];
  const cni = existing.istioCNIs[0];
  const zt = existing.ztunnels[0];
  const locked: InstallField[] = [];
  const c: InstallChoices = { ...DEFAULT_CHOICES, version: defaultVersion ?? versions[0] ?? '' };
  if (istio) {
    c.istioName = getName(istio) || c.istioName;
    c.istioNamespace = istio.spec?.namespace ?? c.istioNamespace;
    c.updateStrategy = istio.spec?.updateStrategy?.type ?? c.updateStrategy;
    const v = istio.spec?.version;
    if (v && (!versions.length || versions.includes(v))) c.version = v;
    const labels = (istio.spec?.values as MeshValues | undefined)?.meshConfig
      ?.discoverySelectors?.[0]?.matchLabels;
    const first = labels && Object.entries(labels)[0];
    if (first) {
      c.scope = 'selected';
      c.discoveryLabel = `${first[0]}=${first[1]}`;
    }
    locked.push('istioName', 'istioNamespace');
  }
  if (cni?.spec?.namespace) {
    c.cniNamespace = cni.spec.namespace;
    locked.push('cniNamespace');
  }
  // The ZTunnel's namespace is mutable (no `self == oldSelf` in its CRD): a starting value only.
  if (zt?.spec?.namespace) c.ztunnelNamespace = zt.spec.namespace;
  return { choices: c, locked };
};
