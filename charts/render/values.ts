// Values as text/template sees them after Helm has read YAML: maps, lists, strings, float64
// numbers, booleans, nil. Printing and truth follow Go's rules; what Go would print in a form
// that YAML would misread (maps, lists, 1e+06) is an error here instead.
import { TemplateError } from './lex';

export type Value =
  | string
  | number
  | boolean
  | null
  | undefined
  | Value[]
  | { [key: string]: Value }
  | ((...args: Value[]) => Value);

export const isMap = (v: Value): v is { [key: string]: Value } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const truth = (v: Value): boolean => {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
};

// Helm's numbers are float64, which Go prints (%v, shortest 'g') in exponent form when the decimal
// exponent is below -4 or at least 6: 1000000 prints as 1e+06. Refuse those instead.
const goNumber = (n: number, where: string): string => {
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || (abs !== 0 && (abs >= 1e6 || abs < 1e-4))) {
    throw new TemplateError(`${where}: ${n} would print in exponent form; quote it`);
  }
  return String(n);
};

export const print = (v: Value, where: string): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goNumber(v, where);
  if (typeof v === 'boolean') return String(v);
  throw new TemplateError(
    `${where}: refusing to print a ${Array.isArray(v) ? 'list' : 'map'} (use toYaml)`,
  );
};
