// The rendered objects against the sandbox Kubernetes API: it serves every kind, must accept them
// with dryRun=All (and store nothing), and accept them for real with the same spec read back.
import { type SandboxCluster, startCluster } from '../../sandbox/cluster';
import { apiClient } from './sandbox';
import { RELEASE, render, type Values } from './render';

jest.setTimeout(30000);

let cluster: SandboxCluster;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  cluster = await startCluster({ port: 0, scenario: 'fresh', delayMs: 0, quiet: true });
  api = apiClient(cluster.url);
  const ns = await api.call('POST', '/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: RELEASE.namespace },
  });
  expect(ns.status).toBe(201);
});
afterAll(() => cluster?.close());

const variants: Array<[string, Values]> = [
  ['default values', {}],
  [
    'changed values',
    {
      replicas: 3,
      image: { repository: 'quay.io/acme/amp', digest: 'sha256:0123' },
      nodeSelector: { 'node-role.kubernetes.io/infra': '' },
      tolerations: [{ key: 'infra', operator: 'Exists', effect: 'NoSchedule' }],
      resources: { requests: { cpu: '20m', memory: '40Mi' }, limits: { cpu: '1', memory: '1Gi' } },
      certificateSecretName: 'custom-cert',
    },
  ],
];

describe.each(variants)('the sandbox API with %s', (_, values) => {
  it('accepts every served object with dryRun=All and stores none of them', async () => {
    const notServed: string[] = [];
    for (const obj of render(values).all) {
      const res = await api.resourceFor(obj.apiVersion, obj.kind);
      if (!res) {
        notServed.push(obj.kind);
        continue;
      }
      const path = api.collectionPath(obj, res);
      const created = await api.call('POST', `${path}?dryRun=All`, obj);
      expect({
        kind: obj.kind,
        status: created.status,
        body: created.status < 300 ? 'ok' : created.json,
      }).toEqual({
        kind: obj.kind,
        status: 201,
        body: 'ok',
      });
      expect((await api.call('GET', `${path}/${obj.metadata.name}`)).status).toBe(404);
    }
    expect(notServed).toEqual([]);
  });
});

it('stores the objects for real and reads back what was sent', async () => {
  for (const obj of render().all) {
    const res = await api.resourceFor(obj.apiVersion, obj.kind);
    if (!res) throw new Error(`${obj.apiVersion} ${obj.kind} is not served`);
    const path = api.collectionPath(obj, res);
    const created = await api.call('POST', path, obj);
    expect({ kind: obj.kind, status: created.status }).toEqual({ kind: obj.kind, status: 201 });
    const back = await api.call('GET', `${path}/${obj.metadata.name}`);
    expect({ kind: obj.kind, status: back.status, path }).toEqual({
      kind: obj.kind,
      status: 200,
      path,
    });
    const { metadata, ...rest } = obj;
    expect(back.json).toMatchObject({
      ...rest,
      metadata: { name: metadata.name, labels: metadata.labels },
    });
  }
});
