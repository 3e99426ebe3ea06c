// The chart as `helm template` renders it (the packaged Helm 3, or the toolset asked for), with
// typed access to its objects.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import yaml from 'js-yaml';
import { type Toolset, toolPath } from '../../integration-tests/support/kubeTools';

export const CHART_DIR = path.resolve(__dirname, '../ambient-mesh-plugin');
export const RELEASE = { name: 'ambient-mesh-plugin', namespace: 'ambient-mesh-plugin' };
/** The Kubernetes version of OpenShift 4.19, which the chart's `kubeVersion` asks for. */
export const KUBE_VERSION = '1.32.7';

export type Values = Record<string, unknown>;
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [key: string]: unknown;
};

export type RenderOptions = { chartDir?: string; toolset?: Toolset };

/** Runs `helm template` (hooks included) with `values` as a values file; throws with Helm's error. */
export const helmTemplate = (
  values: Values = {},
  release = RELEASE,
  { chartDir = CHART_DIR, toolset = 'v31' }: RenderOptions = {},
): K8sObject[] => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helm-values-'));
  try {
    const file = path.join(dir, 'values.json');
    fs.writeFileSync(file, JSON.stringify(values));
    const out = execFileSync(
      toolPath('helm', toolset),
      [
        'template',
        release.name,
        chartDir,
        '--namespace',
        release.namespace,
        '--kube-version',
        KUBE_VERSION,
        '--values',
        file,
      ],
      {
        env: { ...process.env, HELM_CACHE_HOME: dir, HELM_CONFIG_HOME: dir, HELM_DATA_HOME: dir },
        stdio: 'pipe',
      },
    ).toString();
    return yaml.loadAll(out).filter((d): d is K8sObject => !!d && typeof d === 'object');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

export const render = (values: Values = {}, release = RELEASE, options: RenderOptions = {}) => {
  const all = helmTemplate(values, release, options);
  const get = <T = Record<string, unknown>>(kind: string, name?: string): K8sObject & T => {
    const found = all.filter((o) => o.kind === kind && (!name || o.metadata.name === name));
    if (found.length !== 1)
      throw new Error(`expected one ${kind} ${name ?? ''}, found ${found.length}`);
    return found[0] as K8sObject & T;
  };
  return { all, get };
};

export const chartFile = (p: string) => path.join(CHART_DIR, p);
