/**
 * A small OpenAPI v3 (structural schema) validator for tests: types, enums, required, patterns,
 * lengths and bounds, additionalProperties, nested objects and arrays, and the Kubernetes
 * extensions `x-kubernetes-preserve-unknown-fields` and `x-kubernetes-int-or-string`.
 * Unknown fields are errors here (the API server would prune them silently, which hides typos).
 * CEL rules (`x-kubernetes-validations`) are not evaluated.
 */
import type { JSONSchemaProps } from '../k8s/crd/types';

export type SchemaError = { path: string; message: string };

const typeOf = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
};

const typeMatches = (schema: JSONSchemaProps, v: unknown): boolean => {
  const t = typeOf(v);
  if (schema['x-kubernetes-int-or-string']) return t === 'integer' || t === 'string';
  if (!schema.type) return true;
  if (schema.type === 'number') return t === 'number' || t === 'integer';
  return schema.type === t;
};

const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

const checkScalar = (schema: JSONSchemaProps, v: unknown, path: string): SchemaError[] => {
  const errors: SchemaError[] = [];
  if (schema.enum && !schema.enum.some((e) => e === v)) {
    errors.push({ path, message: `${JSON.stringify(v)} is not one of the enum values` });
  }
  if (typeof v === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(v)) {
      errors.push({ path, message: `"${v}" does not match ${schema.pattern}` });
    }
    const max = num(schema.maxLength);
    const min = num(schema.minLength);
    if (max !== undefined && v.length > max) errors.push({ path, message: `longer than ${max}` });
    if (min !== undefined && v.length < min) errors.push({ path, message: `shorter than ${min}` });
  }
  if (typeof v === 'number') {
    const max = num(schema.maximum);
    const min = num(schema.minimum);
    if (max !== undefined && v > max) errors.push({ path, message: `greater than ${max}` });
    if (min !== undefined && v < min) errors.push({ path, message: `less than ${min}` });
  }
  return errors;
};

const checkObject = (schema: JSONSchemaProps, v: Record<string, unknown>, path: string) => {
  const errors: SchemaError[] = [];
  for (const key of schema.required ?? []) {
    if (!(key in v)) errors.push({ path: `${path}.${key}`, message: 'required' });
  }
  const props = schema.properties ?? {};
  const extra = schema.additionalProperties;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  for (const [key, value] of Object.entries(v)) {
    const p = `${path}.${key}`;
    if (props[key]) errors.push(...validateSchema(props[key], value, p));
    else if (typeof extra === 'object') errors.push(...validateSchema(extra, value, p));
    else if (extra === true || preserve || (!schema.properties && extra === undefined)) continue;
    else errors.push({ path: p, message: 'unknown field' });
  }
  return errors;
};

/** Every error of `value` against `schema`; empty when it validates. */
export const validateSchema = (
  schema: JSONSchemaProps,
  value: unknown,
  path = '',
): SchemaError[] => {
  if (value === null && schema.nullable) return [];
  if (!typeMatches(schema, value)) {
    return [{ path, message: `expected ${schema.type}, got ${typeOf(value)}` }];
  }
  const errors = checkScalar(schema, value, path);
  if (Array.isArray(value)) {
    const max = num(schema.maxItems);
    if (max !== undefined && value.length > max)
      errors.push({ path, message: `more than ${max} items` });
    if (schema.items)
      value.forEach((x, i) =>
        errors.push(...validateSchema(schema.items as JSONSchemaProps, x, `${path}[${i}]`)),
      );
  } else if (typeOf(value) === 'object') {
    errors.push(...checkObject(schema, value as Record<string, unknown>, path));
  }
  return errors;
};
