/** Helpers to create scenario objects through the API (so validation, defaults and controllers apply). */
import type { Api } from '../api/core';
import type { KObj } from '../api/types';

export const seedObject = (api: Api, obj: KObj): KObj => {
  const [group, version] = (obj.apiVersion ?? 'v1').includes('/')
    ? (obj.apiVersion as string).split('/')
    : ['', obj.apiVersion as string];
  const rt = api.registry.byKind(group, obj.kind as string);
  if (!rt) throw new Error(`no resource for ${obj.apiVersion} ${obj.kind}`);
  const created = api.create(rt, version, obj.metadata.namespace ?? '', obj);
  if (rt.crd && obj.status !== undefined && rt.versions.find((v) => v.name === version)?.status) {
    return api.update(
      rt,
      version,
      created.metadata.namespace ?? '',
      created.metadata.name as string,
      { ...created, status: obj.status },
      { subresource: 'status' },
      false,
    );
  }
  return created;
};

export const namespace = (
  name: string,
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
): KObj => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: {
    name,
    labels,
    annotations: {
      'openshift.io/sa.scc.mcs': 's0:c26,c15',
      'openshift.io/sa.scc.supplemental-groups': '1000680000/10000',
      'openshift.io/sa.scc.uid-range': '1000680000/10000',
      ...annotations,
    },
  },
});

export const serviceAccount = (
  ns: string,
  name: string,
  labels: Record<string, string> = {},
): KObj => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace: ns, labels },
});

export interface AppSpec {
  name: string;
  version?: string;
  image: string;
  port?: number;
  sa?: string;
  replicas?: number;
  labels?: Record<string, string>;
}

export const deployment = (ns: string, a: AppSpec): KObj => {
  const labels = {
    app: a.name.replace(/-v\d+$/, ''),
    ...(a.version ? { version: a.version } : {}),
    ...a.labels,
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: a.name, namespace: ns, labels },
    spec: {
      replicas: a.replicas ?? 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: a.sa ?? 'default',
          containers: [
            {
              name: labels.app,
              image: a.image,
              imagePullPolicy: 'IfNotPresent',
              ports: a.port ? [{ containerPort: a.port, protocol: 'TCP' }] : undefined,
            },
          ],
        },
      },
    },
  };
};

export const service = (
  ns: string,
  name: string,
  port: number,
  selector: Record<string, string>,
  labels: Record<string, string> = {},
): KObj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: ns, labels: { app: name, service: name, ...labels } },
  spec: { ports: [{ name: 'http', port, protocol: 'TCP', targetPort: port }], selector },
});
