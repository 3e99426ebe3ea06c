import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { fieldProblems, modelFor } from '../checks/fields';
import { type PodSpec, restrictedViolations } from '../checks/podSecurity';
import { chartFile, RELEASE, render, type Values } from './render';

type Container = PodSpec['containers'][number] & {
  image: string;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  ports?: Array<{ name?: string; containerPort: number }>;
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
  readinessProbe?: { httpGet?: { scheme: string; port: string; path: string } };
  livenessProbe?: { httpGet?: { scheme: string; port: string; path: string } };
  command?: string[];
};
type Pod = Omit<PodSpec, 'containers'> & {
  containers: Container[];
  volumes: Array<{ name: string; [k: string]: unknown }>;
};
type Workload = {
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
      spec: Pod;
    };
  };
};
type ConsolePlugin = {
  spec: {
    displayName: string;
    backend: {
      type: string;
      service: { name: string; namespace: string; port: number; basePath: string };
    };
    i18n: { loadType: string };
  };
};
type Service = {
  spec: {
    selector: Record<string, string>;
    ports: Array<{ port: number; targetPort: string | number; name: string }>;
  };
};

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CLUSTER_SCOPED = ['ConsolePlugin', 'ClusterRole', 'ClusterRoleBinding'];
const podsOf = (r: ReturnType<typeof render>) =>
  r.all
    .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
    .map((o) => ({
      name: `${o.kind}/${o.metadata.name}`,
      spec: (o as unknown as Workload).spec.template.spec,
    }));

describe('the chart with default values', () => {
  const r = render();

  it('renders exactly the expected objects', () => {
    expect(r.all.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`).sort()).toEqual([
      'apps/v1 Deployment ambient-mesh-plugin',
      'batch/v1 Job ambient-mesh-plugin-console-patcher-disable',
      'batch/v1 Job ambient-mesh-plugin-console-patcher-enable',
      'console.openshift.io/v1 ConsolePlugin ambient-mesh-plugin',
      'policy/v1 PodDisruptionBudget ambient-mesh-plugin',
      'rbac.authorization.k8s.io/v1 ClusterRole ambient-mesh-plugin-console-patcher',
      'rbac.authorization.k8s.io/v1 ClusterRoleBinding ambient-mesh-plugin-console-patcher',
      'v1 ConfigMap ambient-mesh-plugin-nginx',
      'v1 Service ambient-mesh-plugin',
      'v1 ServiceAccount ambient-mesh-plugin-console-patcher',
    ]);
  });

  it('gives every built-in object only fields its API schema knows, with the right types', () => {
    r.all
      .filter((o) => o.kind !== 'ConsolePlugin')
      .forEach((o) => {
        const model = modelFor(o.apiVersion, o.kind);
        expect(model).toBeDefined();
        expect(fieldProblems(o, model as string, o.kind)).toEqual([]);
      });
  });

  it('names and scopes every object correctly and labels it for the release', () => {
    r.all.forEach((o) => {
      expect(o.metadata.name).toMatch(DNS_SUBDOMAIN);
      expect(o.metadata.name.length).toBeLessThanOrEqual(63);
      expect(o.metadata.namespace).toBe(
        CLUSTER_SCOPED.includes(o.kind) ? undefined : RELEASE.namespace,
      );
      expect(o.metadata.labels).toMatchObject({
        'app.kubernetes.io/instance': RELEASE.name,
        'app.kubernetes.io/managed-by': 'Helm',
      });
      Object.values(o.metadata.labels as Record<string, string>).forEach((v) =>
        expect(v).toMatch(/^([A-Za-z0-9][-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/),
      );
    });
  });

  it('registers the ConsolePlugin under the build name, backed by the Service on 9443, i18n preloaded', () => {
    const cp = r.get<ConsolePlugin>('ConsolePlugin');
    const svc = r.get<Service>('Service');
    expect(cp.metadata.name).toBe(pkg.consolePlugin.name);
    expect(cp.spec.displayName).toBe(pkg.consolePlugin.displayName);
    expect(cp.spec.backend).toEqual({
      type: 'Service',
      service: { name: svc.metadata.name, namespace: RELEASE.namespace, port: 9443, basePath: '/' },
    });
    expect(svc.spec.ports).toEqual([
      { name: 'https', protocol: 'TCP', port: 9443, targetPort: 'https' },
    ]);
    expect(cp.spec.i18n).toEqual({ loadType: 'Preload' });
  });

  it('runs 2 nginx replicas that the Service and the PodDisruptionBudget select', () => {
    const d = r.get<Workload>('Deployment');
    const pdb = r.get<{
      spec: { maxUnavailable: number; selector: { matchLabels: Record<string, string> } };
    }>('PodDisruptionBudget');
    const labels = d.spec.template.metadata.labels;
    expect(d.spec.replicas).toBe(2);
    expect(labels).toMatchObject(d.spec.selector.matchLabels);
    expect(labels).toMatchObject(r.get<Service>('Service').spec.selector);
    expect(labels).toMatchObject(pdb.spec.selector.matchLabels);
    expect(pdb.spec.maxUnavailable).toBe(1);
  });

  it('runs every pod under the restricted SCC and Pod Security Standard', () => {
    const pods = podsOf(r);
    expect(pods).toHaveLength(3);
    pods.forEach((p) =>
      expect({ pod: p.name, violations: restrictedViolations(p.spec) }).toEqual({
        pod: p.name,
        violations: [],
      }),
    );
    expect(r.get<Workload>('Deployment').spec.template.spec).toMatchObject({
      automountServiceAccountToken: false,
    });
  });

  it('gives every container requests and limits', () => {
    podsOf(r).forEach((p) =>
      (p.spec as Pod).containers.forEach((c) => {
        expect(Object.keys(c.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(Object.keys(c.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
      }),
    );
  });

  it('probes nginx over HTTPS on its named port', () => {
    const [c] = r.get<Workload>('Deployment').spec.template.spec.containers;
    expect(c.ports).toEqual([{ name: 'https', containerPort: 9443, protocol: 'TCP' }]);
    expect(c.readinessProbe?.httpGet).toEqual({
      scheme: 'HTTPS',
      port: 'https',
      path: '/plugin-manifest.json',
    });
    expect(c.livenessProbe?.httpGet).toEqual({ scheme: 'HTTPS', port: 'https', path: '/healthz' });
  });

  it('mounts the service-ca certificate the Service asks for, the nginx config and a writable /tmp', () => {
    const pod = r.get<Workload>('Deployment').spec.template.spec;
    const secret = r.get<Service>('Service').metadata.annotations as Record<string, string>;
    const certName = secret['service.beta.openshift.io/serving-cert-secret-name'];
    expect(certName).toBe('ambient-mesh-plugin-cert');
    expect(pod.volumes).toEqual([
      { name: 'serving-cert', secret: { secretName: certName, defaultMode: 420 } },
      { name: 'nginx-conf', configMap: { name: 'ambient-mesh-plugin-nginx', defaultMode: 420 } },
      { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
    ]);
    const mounts = pod.containers[0].volumeMounts ?? [];
    expect(mounts.map((m) => m.name).sort()).toEqual(pod.volumes.map((v) => v.name).sort());
    expect(mounts.filter((m) => !m.readOnly).map((m) => m.mountPath)).toEqual(['/tmp']);
  });

  it('ships files/nginx.conf in the ConfigMap and rolls the pods when it changes', () => {
    const conf = fs.readFileSync(chartFile('files/nginx.conf'), 'utf8');
    const cm = r.get<{ data: Record<string, string> }>('ConfigMap');
    expect(cm.data['nginx.conf']).toBe(conf);
    const sum = createHash('sha256').update(conf).digest('hex');
    expect(r.get<Workload>('Deployment').spec.template.metadata.annotations).toEqual({
      'checksum/nginx-conf': sum,
    });
  });
});

describe('the console patcher', () => {
  const r = render();
  const script = fs.readFileSync(chartFile('files/console-plugins.sh'), 'utf8');
  type Job = Workload & { metadata: { annotations: Record<string, string> } };

  it('enables the plugin after install and upgrade, disables it before delete, with the script', () => {
    [
      ['enable', 'post-install,post-upgrade'],
      ['disable', 'pre-delete'],
    ].forEach(([action, hook]) => {
      const job = r.get<Job>('Job', `ambient-mesh-plugin-console-patcher-${action}`);
      expect(job.metadata.annotations['helm.sh/hook']).toBe(hook);
      expect(job.metadata.annotations['helm.sh/hook-delete-policy']).toBe(
        'before-hook-creation,hook-succeeded',
      );
      const pod = job.spec.template.spec as Pod & {
        serviceAccountName: string;
        restartPolicy: string;
      };
      expect(pod.restartPolicy).toBe('Never');
      expect(pod.serviceAccountName).toBe('ambient-mesh-plugin-console-patcher');
      expect(pod.containers[0].command).toEqual([
        '/bin/bash',
        '-c',
        script,
        'console-plugins.sh',
        action,
        'ambient-mesh-plugin',
      ]);
    });
  });

  it('has its identity and rights only while a hook runs: hook objects made before the Jobs', () => {
    const jobWeight = Number(
      r.get<Job>('Job', 'ambient-mesh-plugin-console-patcher-enable').metadata.annotations[
        'helm.sh/hook-weight'
      ],
    );
    ['ServiceAccount', 'ClusterRole', 'ClusterRoleBinding'].forEach((kind) => {
      const { annotations } = r.get<Job>(kind).metadata;
      expect(annotations['helm.sh/hook']).toBe('post-install,post-upgrade,pre-delete');
      expect(annotations['helm.sh/hook-delete-policy']).toBe('before-hook-creation,hook-succeeded');
      expect(Number(annotations['helm.sh/hook-weight'])).toBeLessThan(jobWeight);
    });
    // the binding comes after what it binds
    const weight = (kind: string) =>
      Number(r.get<Job>(kind).metadata.annotations['helm.sh/hook-weight']);
    expect(weight('ClusterRoleBinding')).toBeGreaterThan(weight('ClusterRole'));
    expect(weight('ClusterRoleBinding')).toBeGreaterThan(weight('ServiceAccount'));
    // without the pre-delete Job, no pre-delete RBAC either
    const kept = render({ disablePluginOnUninstall: false });
    expect(kept.get<Job>('ClusterRole').metadata.annotations['helm.sh/hook']).toBe(
      'post-install,post-upgrade',
    );
  });

  it('may only get and patch consoles.operator.openshift.io/cluster', () => {
    const role = r.get<{ rules: unknown[] }>('ClusterRole');
    expect(role.rules).toEqual([
      {
        apiGroups: ['operator.openshift.io'],
        resources: ['consoles'],
        resourceNames: ['cluster'],
        verbs: ['get', 'patch'],
      },
    ]);
    const binding = r.get<{ roleRef: object; subjects: object[] }>('ClusterRoleBinding');
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: role.metadata.name,
    });
    expect(binding.subjects).toEqual([
      {
        kind: 'ServiceAccount',
        name: r.get('ServiceAccount').metadata.name,
        namespace: RELEASE.namespace,
      },
    ]);
  });
});

describe('the chart with changed values', () => {
  it('follows image, replicas, resources, nodeSelector, tolerations and pull secrets', () => {
    const resources = {
      requests: { cpu: '50m', memory: '64Mi' },
      limits: { cpu: 1, memory: '256Mi' },
    };
    const tolerations = [
      { key: 'node-role.kubernetes.io/infra', operator: 'Exists', effect: 'NoSchedule' },
    ];
    const r = render({
      image: { repository: 'quay.io/acme/amp', digest: 'sha256:abc123' },
      replicas: 3,
      resources,
      nodeSelector: { 'node-role.kubernetes.io/infra': '' },
      tolerations,
      imagePullSecrets: [{ name: 'pull' }],
    });
    const pod = r.get<Workload>('Deployment').spec.template.spec as Pod & Record<string, unknown>;
    expect(r.get<Workload>('Deployment').spec.replicas).toBe(3);
    expect(pod.containers[0].image).toBe('quay.io/acme/amp@sha256:abc123');
    expect(pod.containers[0].resources).toEqual(resources);
    expect(pod.nodeSelector).toEqual({ 'node-role.kubernetes.io/infra': '' });
    expect(pod.tolerations).toEqual(tolerations);
    expect(pod.imagePullSecrets).toEqual([{ name: 'pull' }]);
    r.all.forEach((o) => {
      const model = modelFor(o.apiVersion, o.kind);
      if (model) expect(fieldProblems(o, model, o.kind)).toEqual([]);
    });
  });

  it('uses the tag, else the chart appVersion', () => {
    const image = (values: Values) =>
      render(values).get<Workload>('Deployment').spec.template.spec.containers[0].image;
    expect(image({ image: { tag: '1.2.3' } })).toMatch(/\/ambient-mesh-plugin:1\.2\.3$/);
    expect(image({})).toMatch(/\/ambient-mesh-plugin:0\.1\.0$/);
  });

  it('leaves out the console patcher and its RBAC when enablePlugin is false, the PDB when disabled', () => {
    const r = render({ enablePlugin: false, podDisruptionBudget: { enabled: false } });
    expect(r.all.map((o) => o.kind).sort()).toEqual([
      'ConfigMap',
      'ConsolePlugin',
      'Deployment',
      'Service',
    ]);
  });

  it('keeps the plugin enabled on uninstall when disablePluginOnUninstall is false', () => {
    const r = render({ disablePluginOnUninstall: false });
    expect(r.all.filter((o) => o.kind === 'Job').map((o) => o.metadata.name)).toEqual([
      'ambient-mesh-plugin-console-patcher-enable',
    ]);
  });

  it('points the ConsolePlugin at the release namespace and the chosen certificate Secret', () => {
    const r = render({ certificateSecretName: 'my-cert' }, { name: 'amp', namespace: 'tools' });
    expect(r.get<ConsolePlugin>('ConsolePlugin').spec.backend.service.namespace).toBe('tools');
    expect(r.get<Service>('Service').metadata.annotations).toEqual({
      'service.beta.openshift.io/serving-cert-secret-name': 'my-cert',
    });
    expect(r.get<Workload>('Deployment').spec.template.spec.volumes[0]).toMatchObject({
      secret: { secretName: 'my-cert' },
    });
  });
});
