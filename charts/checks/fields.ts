// Strict field validation of built-in kinds against the Kubernetes API models that
// @kubernetes/client-node generates from the OpenAPI spec: every field must exist (a typo such as
// `readOnlyRootFileSystem` is reported, as `kubectl apply --validate=strict` would) and scalars
// must have the right JSON type.
import { execFileSync } from 'child_process';

type Attr = { baseName: string; type: string };

// The package is an ES module that Jest cannot load; Node can, so a child Node reads every
// model's attribute map once.
let cache: Record<string, Attr[]> | undefined;
const models = (): Record<string, Attr[]> => {
  cache ??= JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `const k = require('@kubernetes/client-node'); const out = {};
        for (const [n, v] of Object.entries(k)) if (v && typeof v.getAttributeTypeMap === 'function')
          out[n] = v.getAttributeTypeMap().map((a) => ({ baseName: a.baseName, type: a.type }));
        process.stdout.write(JSON.stringify(out));`,
      ],
      { cwd: __dirname, maxBuffer: 16 << 20 },
    ).toString(),
  ) as Record<string, Attr[]>;
  return cache;
};

const MODELS: Record<string, string> = {
  'v1/ConfigMap': 'V1ConfigMap',
  'v1/Service': 'V1Service',
  'v1/ServiceAccount': 'V1ServiceAccount',
  'apps/v1/Deployment': 'V1Deployment',
  'batch/v1/Job': 'V1Job',
  'policy/v1/PodDisruptionBudget': 'V1PodDisruptionBudget',
  'rbac.authorization.k8s.io/v1/ClusterRole': 'V1ClusterRole',
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'V1ClusterRoleBinding',
};

export const modelFor = (apiVersion: string, kind: string): string | undefined =>
  MODELS[`${apiVersion}/${kind}`];

const scalarOk = (type: string, v: unknown): boolean => {
  switch (type) {
    case 'string':
    case 'Date':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'IntOrString':
      return typeof v === 'string' || typeof v === 'number';
    case 'any':
    case 'object':
      return true;
    default:
      return false;
  }
};

// Quantities (cpu: 1, memory: 64Mi) are strings in the model but the API takes numbers too.
const quantity = (path: string) => /(\.limits|\.requests|\.sizeLimit)(\.|$)/.test(path);

export const fieldProblems = (value: unknown, type: string, path: string): string[] => {
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    if (!Array.isArray(value)) return [`${path}: expected a list`];
    return value.flatMap((v, i) => fieldProblems(v, arr[1], `${path}[${i}]`));
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [`${path}: expected a map`];
    return Object.entries(value).flatMap(([k, v]) => fieldProblems(v, map[1], `${path}.${k}`));
  }
  const attrs = models()[type];
  if (!attrs) {
    if (type === 'string' && quantity(path) && typeof value === 'number') return [];
    return scalarOk(type, value) ? [] : [`${path}: expected ${type}, got ${JSON.stringify(value)}`];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${path}: expected an object (${type})`];
  return Object.entries(value).flatMap(([k, v]) => {
    const attr = attrs.find((a) => a.baseName === k);
    if (!attr) return [`${path}.${k}: unknown field of ${type}`];
    return fieldProblems(v, attr.type, `${path}.${k}`);
  });
};
