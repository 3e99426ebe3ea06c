import type { LabelSelector } from '../../k8s/common/types';
import { getName } from '../../k8s/common/selectors';
import type { InstallField } from './validation';
import { DEFAULT_CHOICES, type InstallChoices } from './types';

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
  pilot?: { trustedZtunnelNamespace?: unknown };
  meshConfig?: { discoverySelectors?: LabelSelector[] };
};
type CniValues = { cni?: { ambient?: { reconcileIptablesOnStartup?: unknown } } };

export type InitialChoices = {
  choices: InstallChoices;
  /** Fields fixed by an existing CR (its name, and namespaces, which are immutable). */
  locked: InstallField[];
  /** The version the existing Istio runs, listed by the operator or not. */
  installedVersion?: string;
};

/** The label the wizard shows for a list of selectors: a one-label selector first, else any. */
const labelOf = (selectors: LabelSelector[]): string | undefined => {
  const single = selectors.find(
    (s) => !s.matchExpressions?.length && Object.keys(s.matchLabels ?? {}).length === 1,
  );
  const first =
    Object.entries(single?.matchLabels ?? {})[0] ??
    selectors.map((s) => Object.entries(s.matchLabels ?? {})[0]).find(Boolean);
  return first ? `${first[0]}=${first[1]}` : undefined;
};

const named = (objs: Existing[], name: string): Existing | undefined =>
  objs.find((o) => getName(o) === name) ?? objs[0];

/**
 * The wizard's choices: the defaults and the operator's default version, or, when Istio,
 * IstioCNI or ZTunnel exist, everything the wizard shows as read from them (adoption): names,
 * namespaces, the installed version (kept even when the operator does not list it), the strategy,
 * every discovery selector, the ztunnel settings. Computed again whenever the objects change, so
 * that the fields the person has not edited follow the live objects.
 */
export const initialChoices = (
  defaultVersion: string | undefined,
  versions: string[],
  existing: { istios: Existing[]; istioCNIs: Existing[]; ztunnels: Existing[] },
): InitialChoices => {
  const istio = named(existing.istios, 'default');
  const cni = named(existing.istioCNIs, 'default');
  const zt = named(existing.ztunnels, 'default');
  const locked: InstallField[] = [];
  const c: InstallChoices = { ...DEFAULT_CHOICES, version: defaultVersion ?? versions[0] ?? '' };
  let installedVersion: string | undefined;
  // The ZTunnel's namespace is mutable (no `self == oldSelf` in its CRD): a starting value only.
  if (zt?.spec?.namespace) c.ztunnelNamespace = zt.spec.namespace;
  if (istio) {
    c.istioName = getName(istio) || c.istioName;
    c.istioNamespace = istio.spec?.namespace ?? c.istioNamespace;
    c.updateStrategy = istio.spec?.updateStrategy?.type ?? c.updateStrategy;
    installedVersion = istio.spec?.version || undefined;
    if (installedVersion) c.version = installedVersion;
    const values = istio.spec?.values as MeshValues | undefined;
    const trusted = values?.pilot?.trustedZtunnelNamespace;
    if (!zt && typeof trusted === 'string' && trusted) c.ztunnelNamespace = trusted;
    const selectors = values?.meshConfig?.discoverySelectors ?? [];
    c.discoverySelectors = selectors;
    const label = labelOf(selectors);
    if (selectors.length) c.scope = 'selected';
    if (label) c.discoveryLabel = label;
    locked.push('istioName', 'istioNamespace');
  }
  if (cni) {
    const r = (cni.spec?.values as CniValues | undefined)?.cni?.ambient?.reconcileIptablesOnStartup;
    if (typeof r === 'boolean') c.reconcileIptablesOnStartup = r;
    if (cni.spec?.namespace) {
      c.cniNamespace = cni.spec.namespace;
      locked.push('cniNamespace');
    }
  }
  return { choices: c, locked, installedVersion };
};
