// `helm template` for this repository's charts: reads Chart.yaml, values.yaml (deep-merged with
// overrides, as -f/--set do), renders every template whose name does not start with `_`, and
// returns the manifests and the objects they hold.
import * as fs from 'fs';
import * as path from 'path';
import { Executor } from './exec';
import { lex, TemplateError } from './lex';
import { type Node, parse } from './parse';
import { type Value, isMap } from './values';
import { loadYaml, loadYamlDocs } from './yaml';

export type Release = { name: string; namespace: string; isUpgrade?: boolean; revision?: number };
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: Value };
  [key: string]: Value;
};
export type Rendered = {
  manifests: Record<string, string>;
  objects: K8sObject[];
  source: string[];
};

// Helm's values merge: maps merge key by key, anything else replaces, null deletes.
export const mergeValues = (base: Value, over: Value): Value => {
  if (!isMap(base) || !isMap(over)) return over === undefined ? base : over;
  const out: { [key: string]: Value } = { ...base };
  Object.entries(over).forEach(([k, v]) => {
    if (v === null) delete out[k];
    else out[k] = mergeValues(base[k], v);
  });
  return out;
};

const listFiles = (dir: string, rel = ''): string[] =>
  fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, p) : [p];
  });

const chartMeta = (raw: Value) => {
  if (!isMap(raw)) throw new TemplateError('Chart.yaml: not a map');
  // .Chart exposes Chart.yaml's fields with Go names: name -> .Chart.Name.
  const out: { [key: string]: Value } = {};
  Object.entries(raw).forEach(([k, v]) => (out[k[0].toUpperCase() + k.slice(1)] = v));
  return out;
};

export const renderChart = (chartDir: string, overrides: Value, release: Release): Rendered => {
  const read = (p: string) => fs.readFileSync(path.join(chartDir, p), 'utf8');
  const files = listFiles(chartDir);
  const defaults = loadYaml(read('values.yaml'), 'values.yaml');
  const templates = files.filter((f) => f.startsWith('templates/')).sort();
  const defines = new Map<string, Node[]>();
  const trees = templates.map((f) => ({ f, tree: parse(lex(read(f), f), f, defines) }));
  const exec = new Executor(defines);
  exec.check([...defines.values()].flat());
  trees.forEach(({ tree }) => exec.check(tree.root));
  const plain = new Set(
    files.filter((f) => !f.startsWith('templates/') && !['Chart.yaml', 'values.yaml'].includes(f)),
  );
  const data: Value = {
    Values: mergeValues(defaults, overrides ?? {}),
    Chart: chartMeta(loadYaml(read('Chart.yaml'), 'Chart.yaml')),
    Release: {
      Name: release.name,
      Namespace: release.namespace,
      Service: 'Helm',
      IsInstall: !release.isUpgrade,
      IsUpgrade: !!release.isUpgrade,
      Revision: release.revision ?? 1,
    },
    Files: {
      Get: (name: Value) => (typeof name === 'string' && plain.has(name) ? read(name) : ''),
    },
  };
  const manifests: Record<string, string> = {};
  const objects: K8sObject[] = [];
  const source: string[] = [];
  trees
    .filter(({ f }) => !path.basename(f).startsWith('_') && f.endsWith('.yaml'))
    .forEach(({ f, tree }) => {
      const text = exec.run(tree.root, data, [['$', data]]);
      manifests[f] = text;
      loadYamlDocs(text, f)
        .filter((d) => d !== null && d !== undefined)
        .forEach((d) => {
          if (
            !isMap(d) ||
            typeof d.apiVersion !== 'string' ||
            typeof d.kind !== 'string' ||
            !isMap(d.metadata)
          ) {
            throw new TemplateError(`${f}: a document without apiVersion, kind and metadata`);
          }
          objects.push(d as K8sObject);
          source.push(f);
        });
    });
  return { manifests, objects, source };
};

// Renders one template text with the given data (`.`) and named helper templates; for tests and
// for checking what a construct renders to.
export const renderText = (
  src: string,
  data: Value,
  helpers: Record<string, string> = {},
): string => {
  const defines = new Map<string, Node[]>();
  Object.entries(helpers).forEach(([f, text]) => parse(lex(text, f), f, defines));
  const tree = parse(lex(src, 'inline'), 'inline', defines);
  const exec = new Executor(defines);
  exec.check([...defines.values()].flat());
  exec.check(tree.root);
  return exec.run(tree.root, data, [['$', data]]);
};
