// YAML as Helm and the Kubernetes API read it: YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml).
// js-yaml reads YAML 1.2, where `on`, `yes`, `no` are strings and `0644` is decimal 644. Rather
// than disagree silently, plain scalars whose meaning differs between 1.1 and 1.2 are rejected.
import * as yaml from 'js-yaml';
import { TemplateError } from './lex';
import type { Value } from './values';

// go-yaml v2 reads these as booleans, and a leading 0 as octal (0644 = 420).
const YAML11_ONLY = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0[0-9_]+)$/;

const ambiguous = new yaml.Type('tag:yaml.org,2002:yaml11-ambiguous', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && YAML11_ONLY.test(data),
  construct: (data: string) => {
    throw new Error(
      `plain scalar "${data}" means something else in YAML 1.1 (Kubernetes); quote it`,
    );
  },
});

// The core schema's implicit types (null, bool, int, float), with the guard tried first.
const core = (yaml.CORE_SCHEMA as unknown as { implicit: yaml.Type[] }).implicit;
const SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [ambiguous, ...core] });

export const loadYamlDocs = (text: string, where: string): Value[] => {
  try {
    return yaml.loadAll(text, undefined, { schema: SCHEMA, filename: where }) as Value[];
  } catch (e) {
    throw new TemplateError(`${where}: ${(e as Error).message}`);
  }
};

export const loadYaml = (text: string, where: string): Value => {
  const docs = loadYamlDocs(text, where).filter((d) => d !== null && d !== undefined);
  if (docs.length > 1) throw new TemplateError(`${where}: expected one YAML document`);
  return docs[0] ?? null;
};

// toYaml: keys sorted and lists not indented under their key, as go-yaml writes them; no final
// newline, as Helm trims it.
export const dumpYaml = (v: Value, where: string): string => {
  if (typeof v === 'function') throw new TemplateError(`${where}: toYaml of a function`);
  if (v === undefined) return 'null';
  return yaml.dump(v, { sortKeys: true, noArrayIndent: true, lineWidth: -1 }).replace(/\n$/, '');
};
