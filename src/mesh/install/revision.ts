import type { InstallChoices } from './types';

export const DEFAULT_REVISION = 'default';

// istio-ecosystem/sail-operator controllers/istio/istio_controller.go getActiveRevisionName
// (release-1.26, release-1.27, main): InPlace -> the Istio CR's name; RevisionBased ->
// `<name>-<version with dots as dashes>`.
/** The revision the wizard's Istio will run. */
export const installRevision = (
  c: Pick<InstallChoices, 'istioName' | 'updateStrategy' | 'version'>,
): string =>
  c.updateStrategy === 'RevisionBased'
    ? `${c.istioName}-${c.version.replace(/\./g, '-')}`
    : c.istioName;

/** The istiod Service ztunnel dials for a revision (no suffix for `default`). */
export const istiodAddress = (revision: string, istioNamespace: string): string =>
  `${revision === DEFAULT_REVISION ? 'istiod' : `istiod-${revision}`}.${istioNamespace}.svc:15012`;
