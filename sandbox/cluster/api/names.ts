/** Name validation of apimachinery (DNS-1123 label and subdomain, DNS-1035 label). */
import type { FieldError } from './errors';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export type NameRule = 'label' | 'subdomain' | 'dns1035' | 'path';

export const validateName = (
  name: string,
  rule: NameRule,
  field = 'metadata.name',
): FieldError[] => {
  const bad = (message: string): FieldError[] => [
    { type: 'FieldValueInvalid', field, message: `Invalid value: "${name}": ${message}` },
  ];
  if (rule === 'path') {
    if (name === '.' || name === '..' || name.includes('/') || name.includes('%')) {
      return bad("may not contain '/' or '%'");
    }
    return [];
  }
  if (rule === 'label') {
    if (name.length > 63) return bad('must be no more than 63 characters');
    if (!LABEL.test(name)) {
      return bad(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
      );
    }
    return [];
  }
  if (rule === 'dns1035') {
    if (name.length > 63) return bad('must be no more than 63 characters');
    if (!DNS1035.test(name)) {
      return bad(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      );
    }
    return [];
  }
  if (name.length > 253) return bad('must be no more than 253 characters');
  if (!SUBDOMAIN.test(name)) {
    return bad(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return [];
};

export const nameRuleFor = (kind: string): NameRule => {
  switch (kind) {
    case 'Namespace':
    case 'Project':
      return 'label';
    case 'Service':
      return 'dns1035';
    case 'Role':
    case 'ClusterRole':
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return 'path';
    default:
      return 'subdomain';
  }
};

const QUALIFIED = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Label keys and values as metav1validation.ValidateLabels checks them. */
export const validateLabels = (labels: Record<string, string> | undefined): FieldError[] => {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    const [prefix, name] = k.includes('/') ? k.split('/', 2) : ['', k];
    const prefixBad = k.includes('/') && (!SUBDOMAIN.test(prefix) || prefix.length > 253);
    if (prefixBad || !QUALIFIED.test(name) || name.length > 63) {
      errs.push({
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        message: `Invalid value: "${k}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      });
    }
    if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v)) {
      errs.push({
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        message: `Invalid value: "${String(v)}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      });
    }
  }
  return errs;
};
