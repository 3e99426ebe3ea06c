import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';

type ModelSpec = {
  group?: string;
  version: string;
  kind: string;
  plural: string;
  abbr: string;
  namespaced: boolean;
  label?: string;
  labelPlural?: string;
  crd?: boolean;
};

/** Builds a complete K8sModel from the few facts that differ between kinds. */
export const defineModel = (spec: ModelSpec): K8sModel => {
  const label = spec.label ?? spec.kind;
  return {
    kind: spec.kind,
    apiGroup: spec.group || undefined,
    apiVersion: spec.version,
    plural: spec.plural,
    abbr: spec.abbr,
    namespaced: spec.namespaced,
    label,
    labelPlural: spec.labelPlural ?? `${label}s`,
    crd: spec.crd,
  };
};

/** The group/version/kind of a model, for watches and extension points. */
export const gvkOf = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

/** `apiVersion` as written in a manifest (`group/version`, or `version` for the core group). */
export const apiVersionOf = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;
