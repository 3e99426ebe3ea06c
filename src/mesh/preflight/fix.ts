import { jsonPointerEscape, type JsonPatchOp } from '../../k8s/common/labelPatch';

/** Where routingViaHost lives in `network.operator.openshift.io/cluster`. */
const PATH = ['spec', 'defaultNetwork', 'ovnKubernetesConfig', 'gatewayConfig', 'routingViaHost'];

/** A field the fix sets: its dotted path, the value now (undefined: not set) and the new value. */
export type FieldChange = { field: string; from: unknown; to: unknown };

type NetworkLike = { metadata?: { resourceVersion?: string }; spec?: unknown };

const child = (obj: unknown, key: string): unknown =>
  obj && typeof obj === 'object' && !Array.isArray(obj)
    ? (obj as Record<string, unknown>)[key]
    : undefined;

/**
 * The JSON patch of `network.operator.openshift.io/cluster` that turns on `routingViaHost`
 * (OVN-Kubernetes local gateway mode) and changes nothing else: it adds only the objects on the
 * way that are missing and sets the one field, so any other `gatewayConfig` field (ipForwarding,
 * masquerade subnets) is kept. It starts with a `test` of the resourceVersion it was computed
 * from: if the object changed meanwhile the write fails instead of acting on a stale view.
 * Empty when routingViaHost is already on.
 */
export const routingViaHostPatch = (network: NetworkLike | undefined): JsonPatchOp[] => {
  let node: unknown = network ?? {};
  for (let i = 0; i < PATH.length; i += 1) {
    const next = child(node, PATH[i]);
    const path = `/${PATH.slice(0, i + 1)
      .map(jsonPointerEscape)
      .join('/')}`;
    if (next === undefined || next === null) {
      const value = PATH.slice(i + 1).reduceRight<unknown>((v, k) => ({ [k]: v }), true);
      return guard(network, [{ op: 'add', path, value }]);
    }
    if (i === PATH.length - 1)
      return next === true ? [] : guard(network, [{ op: 'replace', path, value: true }]);
    node = next;
  }
  return [];
};

const guard = (network: NetworkLike | undefined, ops: JsonPatchOp[]): JsonPatchOp[] => {
  const rv = network?.metadata?.resourceVersion;
  return rv ? [{ op: 'test', path: '/metadata/resourceVersion', value: rv }, ...ops] : ops;
};

const leaves = (path: string, value: unknown): { field: string; value: unknown }[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        leaves(path ? `${path}.${k}` : k, v),
      )
    : [{ field: path, value }];

const decode = (p: string): string[] =>
  p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The exact fields a patch sets, with their value on `network` now: what the user confirms. */
export const patchFieldChanges = (
  network: NetworkLike | undefined,
  ops: JsonPatchOp[],
): FieldChange[] =>
  ops.flatMap((op) => {
    if (op.op === 'test' || op.op === 'remove') return [];
    return leaves(decode(op.path).join('.'), op.value).map(({ field, value }) => ({
      field,
      from: field.split('.').reduce<unknown>((o, k) => child(o, k), network),
      to: value,
    }));
  });
