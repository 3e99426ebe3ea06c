/**
 * Structural-schema handling for custom resources: defaults, pruning, type/enum/pattern/required
 * checks and the `x-kubernetes-validations` rule forms the Sail and Gateway CRDs use.
 */
import type { FieldError } from './errors';
import { isDict, type Dict } from './types';

export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  nullable?: boolean;
  format?: string;
  description?: string;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-validations'?: { rule: string; message?: string; messageExpression?: string }[];
  [key: string]: unknown;
}

export interface ValidationResult {
  errors: FieldError[];
  /** Paths of fields dropped because the schema does not declare them. */
  unknown: string[];
}

const typeName = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'object') return 'object';
  return typeof v;
};

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Applies defaults in place (apiextensions defaulting: missing properties of present objects). */
export const applyDefaults = (value: unknown, schema: Schema): void => {
  if (isDict(value) && schema.properties) {
    for (const [k, sub] of Object.entries(schema.properties)) {
      if (value[k] === undefined && sub.default !== undefined)
        value[k] = JSON.parse(JSON.stringify(sub.default));
      if (value[k] !== undefined) applyDefaults(value[k], sub);
    }
  }
  if (isDict(value) && isDict(schema.additionalProperties)) {
    for (const v of Object.values(value)) applyDefaults(v, schema.additionalProperties);
  }
  if (Array.isArray(value) && schema.items) for (const v of value) applyDefaults(v, schema.items);
};

const typeOk = (v: unknown, s: Schema): boolean => {
  if (s['x-kubernetes-int-or-string']) return typeof v === 'string' || Number.isInteger(v);
  if (v === null) return !!s.nullable;
  switch (s.type) {
    case undefined:
      return true;
    case 'object':
      return isDict(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    default:
      return true;
  }
};

/** Validates `value` (and prunes unknown fields in place); `old` is the stored value on update. */
export const validateSchema = (
  value: unknown,
  schema: Schema,
  path: string,
  old: unknown,
  out: ValidationResult,
): void => {
  if (!typeOk(value, schema)) {
    out.errors.push({
      type: 'FieldValueTypeInvalid',
      field: path,
      message: `Invalid value: "${typeName(value)}": ${path || 'body'} in body must be of type ${schema.type}: "${typeName(value)}"`,
    });
    return;
  }
  if (value === null) return;
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    out.errors.push({
      type: 'FieldValueNotSupported',
      field: path,
      message: `Unsupported value: ${show(value)}: supported values: ${schema.enum.map(show).join(', ')}`,
    });
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
      out.errors.push({
        type: 'FieldValueInvalid',
        field: path,
        message: `Invalid value: "${value}": ${path} in body should match '${schema.pattern}'`,
      });
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      out.errors.push({
        type: 'FieldValueTooLong' as FieldError['type'],
        field: path,
        message: `Too long: may not be more than ${schema.maxLength} bytes`,
      });
    }
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      out.errors.push({
        type: 'FieldValueInvalid',
        field: path,
        message: `Invalid value: "${value}": ${path} in body should be at least ${schema.minLength} chars long`,
      });
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      out.errors.push({
        type: 'FieldValueInvalid',
        field: path,
        message: `Invalid value: ${value}: ${path} in body should be greater than or equal to ${schema.minimum}`,
      });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      out.errors.push({
        type: 'FieldValueInvalid',
        field: path,
        message: `Invalid value: ${value}: ${path} in body should be less than or equal to ${schema.maximum}`,
      });
    }
  }
  if (isDict(value)) validateObject(value, schema, path, isDict(old) ? old : undefined, out);
  if (Array.isArray(value) && schema.items) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      out.errors.push({
        type: 'FieldValueTooMany' as FieldError['type'],
        field: path,
        message: `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
      });
    }
    value.forEach((v, i) =>
      validateSchema(v, schema.items as Schema, `${path}[${i}]`, undefined, out),
    );
  }
  for (const rule of schema['x-kubernetes-validations'] ?? []) {
    const ok = evalRule(rule.rule, value, old);
    if (ok === false) {
      out.errors.push({
        type: 'FieldValueInvalid',
        field: path,
        message: `Invalid value: "${typeName(value) === 'integer' ? 'integer' : typeName(value)}": ${rule.message ?? `failed rule: ${rule.rule}`}`,
      });
    }
  }
};

const validateObject = (
  value: Dict,
  schema: Schema,
  path: string,
  old: Dict | undefined,
  out: ValidationResult,
): void => {
  for (const req of schema.required ?? []) {
    if (value[req] === undefined)
      out.errors.push({
        type: 'FieldValueRequired',
        field: join(path, req),
        message: 'Required value',
      });
  }
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  for (const [k, v] of Object.entries(value)) {
    if (path === '' && (k === 'apiVersion' || k === 'kind' || k === 'metadata')) continue;
    const sub =
      schema.properties?.[k] ??
      (isDict(schema.additionalProperties) ? schema.additionalProperties : undefined);
    if (sub) validateSchema(v, sub, join(path, k), old?.[k], out);
    else if (
      !preserve &&
      schema.additionalProperties !== true &&
      (schema.properties || schema.type === 'object')
    ) {
      out.unknown.push(join(path, k));
      delete value[k];
    }
  }
};

/* ---- A small evaluator for the CEL rule forms found in the CRDs this sandbox serves. ---- */

const resolve = (root: unknown, expr: string): { found: boolean; value: unknown } => {
  const parts = expr.replace(/__([a-z]+)__/g, '$1').split('.');
  if (parts[0] !== 'self') return { found: false, value: undefined };
  let cur: unknown = root;
  for (const p of parts.slice(1)) {
    if (!isDict(cur) || !(p in cur)) return { found: false, value: undefined };
    cur = cur[p];
  }
  return { found: true, value: cur };
};

const operand = (root: unknown, s: string): unknown => {
  const t = s.trim();
  const lit = /^'([^']*)'$/.exec(t) ?? /^"([^"]*)"$/.exec(t);
  if (lit) return lit[1];
  if (/^-?\d+$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  return resolve(root, t).value;
};

const evalTerm = (term: string, self: unknown): boolean | undefined => {
  const t = term.trim();
  let m = /^!has\((self(?:\.\w+)+)\)$/.exec(t);
  if (m) return !resolve(self, m[1]).found;
  m = /^has\((self(?:\.\w+)+)\)$/.exec(t);
  if (m) return resolve(self, m[1]).found;
  m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(t);
  if (m && !m[1].includes('(') && !m[3].includes('(')) {
    const eq = JSON.stringify(operand(self, m[1])) === JSON.stringify(operand(self, m[3]));
    return m[2] === '==' ? eq : !eq;
  }
  return undefined;
};

/** true/false for understood rules, undefined when the rule is not understood (then it is skipped). */
export const evalRule = (rule: string, self: unknown, oldSelf: unknown): boolean | undefined => {
  const r = rule.replace(/\s+/g, ' ').trim();
  if (r === 'self == oldSelf')
    return oldSelf === undefined ? true : JSON.stringify(self) === JSON.stringify(oldSelf);
  const atMost = /^((?:\(has\(self\.\w+\)\?1:0\)(?: \+ )?)+) <= 1$/.exec(r);
  if (atMost) {
    const fields = [...atMost[1].matchAll(/has\(self\.(\w+)\)/g)].map((x) => x[1]);
    return fields.filter((f) => isDict(self) && self[f] !== undefined).length <= 1;
  }
  if (r.includes('oldSelf')) return undefined;
  const terms = r.split('||');
  const results = terms.map((t) => evalTerm(t, self));
  if (results.some((x) => x === undefined)) return undefined;
  return results.some((x) => x === true);
};
