/**
 * Which istiod a ZTunnel dials (`istiod{-rev}.{istioNamespace}.svc:15012`, istio/istio
 * manifests/charts/ztunnel templates: CA_ADDRESS, XDS_ADDRESS). On sail-operator main,
 * `spec.targetRef` names an Istio (resolved to its active revision and namespace) or an
 * IstioRevision; otherwise `spec.values.ztunnel.revision` (empty: the default revision) and
 * `spec.values.ztunnel.istioNamespace` (chart default `istio-system`); `values.ztunnel.xdsAddress`
 * overrides the address.
 */
import { asDict, type KObj } from '../api/types';
import { isTrue } from './conditions';
import { revisionFromSpec } from './revision';

export type IstiodTarget = { revision: string; namespace: string };

const DEFAULT_NS = 'istio-system';

const activeRevision = (istio: KObj): string =>
  String(asDict(istio.status).activeRevisionName ?? '') || revisionFromSpec(istio);

/** The revision and namespace a ZTunnel's ztunnel connects to; undefined when its target is missing. */
export const ztunnelTarget = (zt: KObj, istios: KObj[]): IstiodTarget | undefined => {
  const spec = asDict(zt.spec);
  const values = asDict(asDict(spec.values).ztunnel);
  const ns = String(values.istioNamespace ?? '') || DEFAULT_NS;
  if (typeof values.xdsAddress === 'string' && values.xdsAddress)
    return parseIstiodAddress(values.xdsAddress) ?? { revision: '', namespace: '' };
  const ref = asDict(spec.targetRef);
  if (ref.kind === 'Istio') {
    const istio = istios.find((i) => i.metadata.name === ref.name);
    return istio
      ? { revision: activeRevision(istio), namespace: String(asDict(istio.spec).namespace) }
      : undefined;
  }
  if (ref.kind === 'IstioRevision') return { revision: String(ref.name), namespace: ns };
  return { revision: String(values.revision ?? '') || 'default', namespace: ns };
};

/** The address ztunnel dials for a target (no suffix for the default revision). */
export const istiodAddress = ({ revision, namespace }: IstiodTarget): string =>
  `${revision === 'default' ? 'istiod' : `istiod-${revision}`}.${namespace}.svc:15012`;

/** `istiod-x.ns.svc:15012` -> the target it names. */
export const parseIstiodAddress = (address: string): IstiodTarget | undefined => {
  const m = /^istiod(?:-([^.]+))?\.([^.]+)\.svc:15012$/.exec(address);
  return m ? { revision: m[1] ?? 'default', namespace: m[2] } : undefined;
};

/** Whether a Ready IstioRevision of the target's name runs istiod in the target's namespace. */
export const istiodServes = (target: IstiodTarget, revisions: KObj[]): boolean =>
  revisions.some(
    (r) =>
      !r.metadata.deletionTimestamp &&
      isTrue(r, 'Ready') &&
      r.metadata.name === target.revision &&
      asDict(r.spec).namespace === target.namespace,
  );
