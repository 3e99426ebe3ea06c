import { parseLabel } from './plan';
import { versionOptions } from './versions';
import type { InstallChoices } from './types';

export type FieldError =
  | 'required'
  | 'dns1123'
  | 'tooLong'
  | 'labelKey'
  | 'labelValue'
  | 'notSupported'
  | 'upgradeStep';

export type InstallField =
  | 'istioName'
  | 'istioNamespace'
  | 'version'
  | 'updateStrategy'
  | 'cniNamespace'
  | 'ztunnelNamespace'
  | 'discoveryLabel'
  | 'labelNamespaces';

export type ChoiceErrors = Partial<Record<InstallField, FieldError>>;

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** A namespace name: a DNS-1123 label of at most 63 characters. */
export const checkDns1123Label = (v: string): FieldError | undefined => {
  if (!v) return 'required';
  if (v.length > 63) return 'tooLong';
  return DNS1123_LABEL.test(v) ? undefined : 'dns1123';
};

/** An object name: a DNS-1123 subdomain of at most 253 characters. */
export const checkDns1123Subdomain = (v: string): FieldError | undefined => {
  if (!v) return 'required';
  if (v.length > 253) return 'tooLong';
  return DNS1123_SUBDOMAIN.test(v) ? undefined : 'dns1123';
};

export const checkLabel = (label: string): FieldError | undefined => {
  if (!label.trim()) return 'required';
  const { key, value } = parseLabel(label);
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : '';
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix && checkDns1123Subdomain(prefix)) return 'labelKey';
  if (!name || name.length > 63 || !LABEL_NAME.test(name)) return 'labelKey';
  if (value.length > 63 || !LABEL_VALUE.test(value)) return 'labelValue';
  return undefined;
};

const compact = (e: ChoiceErrors): ChoiceErrors =>
  Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as ChoiceErrors;

const checkVersion = (
  v: string,
  versions: string[],
  installed?: string,
): FieldError | undefined => {
  if (!v) return 'required';
  if (v === installed) return undefined;
  if (versions.length && !versions.includes(v)) return 'notSupported';
  if (installed && !versionOptions(versions.length ? versions : [v], installed).includes(v)) {
    return 'upgradeStep';
  }
  return undefined;
};

/**
 * Errors of the control plane step. `versions` empty means the list is not known (no check);
 * with an existing install, the installed version is valid and an upgrade is at most one minor.
 */
export const validateControlPlane = (
  c: InstallChoices,
  versions: string[],
  installed?: string,
): ChoiceErrors =>
  compact({
    istioName: checkDns1123Subdomain(c.istioName),
    istioNamespace: checkDns1123Label(c.istioNamespace),
    version: checkVersion(c.version, versions, installed),
  });

export const validateDataPlane = (c: InstallChoices): ChoiceErrors =>
  compact({
    cniNamespace: checkDns1123Label(c.cniNamespace),
    ztunnelNamespace: checkDns1123Label(c.ztunnelNamespace),
  });

export const validateScope = (c: InstallChoices): ChoiceErrors =>
  c.scope === 'selected' ? compact({ discoveryLabel: checkLabel(c.discoveryLabel) }) : {};
