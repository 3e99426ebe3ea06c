import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SDK = '@openshift-console/dynamic-plugin-sdk';
const SHELL_SDK = path.join(__dirname, 'app/sdk');

/**
 * The SDK exports the plugin may import at run time: those the console shares with plugins
 * (https://github.com/openshift/console/tree/main/frontend/packages/console-dynamic-plugin-sdk).
 */
const ALLOWED = [
  'useK8sWatchResource',
  'useK8sWatchResources',
  'k8sGet',
  'k8sListItems',
  'k8sCreate',
  'k8sUpdate',
  'k8sPatch',
  'k8sDelete',
  'consoleFetch',
  'consoleFetchJSON',
  'useAccessReview',
  'checkAccess',
  'useActiveNamespace',
  'useK8sModel',
  'getGroupVersionKindForModel',
  'useFlag',
  'ResourceLink',
  'ListPageHeader',
  'ListPageBody',
  'useModal',
  'DocumentTitle',
  'Timestamp',
  'ResourceIcon',
  'StatusIconAndText',
  'GreenCheckCircleIcon',
  'RedExclamationCircleIcon',
  'YellowExclamationTriangleIcon',
  'BlueInfoCircleIcon',
  'CodeEditor',
];

const parse = (file: string, text = fs.readFileSync(file, 'utf8')) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

/** Names imported from the SDK as values (not `import type`, not `type X` specifiers). */
const runtimeSDKImports = (source: ts.SourceFile): string[] =>
  source.statements.flatMap((s) => {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) return [];
    if (s.moduleSpecifier.text !== SDK || s.importClause?.isTypeOnly) return [];
    const bindings = s.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) return ['* (namespace import)'];
    if (!bindings || !ts.isNamedImports(bindings)) return [];
    return bindings.elements
      .filter((e) => !e.isTypeOnly)
      .map((e) => (e.propertyName ?? e.name).text);
  });

const exportedNames = (file: string): string[] =>
  parse(file).statements.flatMap((s) =>
    ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause)
      ? s.exportClause.elements.map((e) => e.name.text)
      : [],
  );

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });

describe('the shell SDK', () => {
  const shellExports = exportedNames(path.join(SHELL_SDK, 'index.ts'));

  it('finds runtime imports and ignores type imports', () => {
    const src = parse(
      'x.tsx',
      `import { k8sGet, type K8sModel } from '${SDK}';\nimport type { Action } from '${SDK}';\nimport { useModal as um } from '${SDK}';`,
    );
    expect(runtimeSDKImports(src)).toEqual(['k8sGet', 'useModal']);
  });

  it('exports every SDK value the plugin imports', () => {
    const missing = walk(path.join(ROOT, 'src')).flatMap((file) =>
      runtimeSDKImports(parse(file))
        .filter((name) => !shellExports.includes(name))
        .map((name) => `${path.relative(ROOT, file)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('exports exactly the allowed runtime exports', () => {
    expect([...shellExports].sort()).toEqual([...ALLOWED].sort());
  });

  it("declares each export with the SDK's own type", () => {
    const sources = walk(SHELL_SDK)
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const untyped = ALLOWED.filter(
      (name) => !new RegExp(`export const ${name}: typeof SDK\\.${name}\\b`).test(sources),
    );
    expect(untyped).toEqual([]);
  });
});
