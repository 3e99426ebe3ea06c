/** Label and field selectors with the syntax of apimachinery's `labels.Parse` and `fields.Parse`. */
import { badRequest } from './errors';
import { getPath, type KObj } from './types';

export type Requirement =
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | '!'; key: string };

const splitTopLevel = (s: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
};

const KEY =
  /^([a-z0-9A-Z]([-a-z0-9A-Z.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const checkKey = (key: string, raw: string): string => {
  if (!KEY.test(key))
    throw badRequest(`unable to parse requirement: invalid label key "${key}" in "${raw}"`);
  return key;
};
const checkValue = (v: string, raw: string): string => {
  if (!VALUE.test(v))
    throw badRequest(`unable to parse requirement: invalid label value "${v}" in "${raw}"`);
  return v;
};

export const parseLabelSelector = (raw: string | null | undefined): Requirement[] => {
  if (!raw) return [];
  return splitTopLevel(raw).map((term): Requirement => {
    const setMatch = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
    if (setMatch) {
      const values = setMatch[3]
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map((v) => checkValue(v, raw));
      if (values.length === 0)
        throw badRequest(
          `unable to parse requirement: for 'in', 'notin' operators, values set can't be empty`,
        );
      return { op: setMatch[2] as 'in' | 'notin', key: checkKey(setMatch[1], raw), values };
    }
    if (term.startsWith('!')) return { op: '!', key: checkKey(term.slice(1).trim(), raw) };
    const eq = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(term);
    if (eq) {
      const key = checkKey(eq[1], raw);
      const value = checkValue(eq[3].trim(), raw);
      return { op: eq[2] === '!=' ? 'notin' : 'in', key, values: [value] };
    }
    if (/^\S+$/.test(term)) return { op: 'exists', key: checkKey(term, raw) };
    throw badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
  });
};

export const matchesLabels = (
  reqs: Requirement[],
  labels: Record<string, string> | undefined,
): boolean => {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
      default:
        return false;
    }
  });
};

export interface FieldRequirement {
  field: string;
  value: string;
  negate: boolean;
}

export const parseFieldSelector = (
  raw: string | null | undefined,
  allowed: string[],
): FieldRequirement[] => {
  if (!raw) return [];
  return splitTopLevel(raw).map((term) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${raw}'; can't understand '${term}'`);
    const field = m[1].trim();
    if (!allowed.includes(field)) throw badRequest(`field label not supported: ${field}`);
    return { field, value: m[3].trim(), negate: m[2] === '!=' };
  });
};

export const matchesFields = (reqs: FieldRequirement[], obj: KObj): boolean =>
  reqs.every((r) => {
    const v = getPath(obj, r.field);
    const s = v === undefined || v === null ? '' : String(v);
    return r.negate ? s !== r.value : s === r.value;
  });

/** Field labels each kind supports (apimachinery's per-kind field label conversion functions). */
export const fieldLabelsFor = (kind: string, namespaced: boolean): string[] => {
  const base = namespaced ? ['metadata.name', 'metadata.namespace'] : ['metadata.name'];
  switch (kind) {
    case 'Pod':
      return [
        ...base,
        'spec.nodeName',
        'spec.restartPolicy',
        'spec.schedulerName',
        'spec.serviceAccountName',
        'spec.hostNetwork',
        'status.phase',
        'status.podIP',
        'status.nominatedNodeName',
      ];
    case 'Namespace':
      return [...base, 'status.phase'];
    case 'Node':
      return [...base, 'spec.unschedulable'];
    case 'Event':
      return [
        ...base,
        'involvedObject.kind',
        'involvedObject.namespace',
        'involvedObject.name',
        'involvedObject.uid',
        'involvedObject.apiVersion',
        'involvedObject.resourceVersion',
        'involvedObject.fieldPath',
        'reason',
        'reportingComponent',
        'source',
        'type',
      ];
    default:
      return base;
  }
};
