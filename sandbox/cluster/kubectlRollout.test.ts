/**
 * `kubectl rollout restart` and `kubectl rollout status` with the packaged kubectl 1.31 and 1.35
 * against the sandbox's Deployment, DaemonSet and StatefulSet controllers: the restart patches the
 * template, the controllers roll, and the status reads (kubectl's rollout_status.go) complete.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { TOOLSET_NAMES, toolPath } from '../../integration-tests/support/kubeTools';
import { startCluster, type SandboxCluster } from './index';

const run = promisify(execFile);

const WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: roll
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - {name: web, image: quay.io/example/web:1}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: roll
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      tolerations: [{operator: Exists}]
      containers:
      - {name: agent, image: quay.io/example/agent:1}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: roll
spec:
  replicas: 2
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - {name: db, image: quay.io/example/db:1}
`;

jest.setTimeout(120000);

describe.each(TOOLSET_NAMES)('kubectl rollout (%s)', (toolset) => {
  let c: SandboxCluster;
  let dir: string;
  const kubectl = async (...args: string[]): Promise<string> => {
    const { stdout } = await run(
      toolPath('kubectl', toolset),
      ['--server', c.url, '--cache-dir', path.join(dir, 'cache'), ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: dir, KUBECONFIG: path.join(dir, 'none') } },
    );
    return stdout;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-rollout-'));
    c = await startCluster({ port: 0, delayMs: 400, quiet: true });
    fs.writeFileSync(path.join(dir, 'w.yaml'), WORKLOADS);
    await kubectl('create', 'namespace', 'roll');
    await kubectl('apply', '-f', path.join(dir, 'w.yaml'));
  });
  afterAll(async () => {
    await c.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['deployment', 'web', 'deployment.apps/web', /deployment "web" successfully rolled out/],
    ['daemonset', 'agent', 'daemonset.apps/agent', /daemon set "agent" successfully rolled out/],
    ['statefulset', 'db', 'statefulset.apps/db', /partitioned roll out complete: 2 new pods/],
  ])(
    '%s: rollout status waits for the roll, restart replaces the pods',
    async (kind, name, ref, done) => {
      expect(
        await kubectl('rollout', 'status', `${kind}/${name}`, '-n', 'roll', '--timeout=60s'),
      ).toMatch(done);
      const podsOf = async () =>
        (
          await kubectl(
            'get',
            'pods',
            '-n',
            'roll',
            '-l',
            `app=${name}`,
            '-o',
            'jsonpath={.items[*].metadata.uid}',
          )
        )
          .split(' ')
          .filter(Boolean)
          .sort();
      const before = await podsOf();
      expect(before.length).toBeGreaterThan(1);
      expect(await kubectl('rollout', 'restart', `${kind}/${name}`, '-n', 'roll')).toContain(
        `${ref} restarted`,
      );
      const status = await kubectl(
        'rollout',
        'status',
        `${kind}/${name}`,
        '-n',
        'roll',
        '--timeout=60s',
      );
      expect(status).toMatch(done);
      // The roll was observed while it ran (kubectl printed a waiting line first).
      expect(status).toMatch(/Waiting for/);
      await c.settle();
      const after = await podsOf();
      expect(after).toHaveLength(before.length);
      expect(after.some((uid) => before.includes(uid))).toBe(false);
    },
  );
});
