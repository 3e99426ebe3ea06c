// The chart rendered for tests, with typed access to its objects.
import * as path from 'path';
import { type K8sObject, renderChart } from '../render/chart';
import type { Value } from '../render/values';

export const CHART_DIR = path.resolve(__dirname, '../ambient-mesh-plugin');
export const RELEASE = { name: 'ambient-mesh-plugin', namespace: 'ambient-mesh-plugin' };

export const render = (values: Value = {}, release = RELEASE) => {
  const rendered = renderChart(CHART_DIR, values, release);
  const all = rendered.objects;
  const get = <T = Record<string, unknown>>(kind: string, name?: string): K8sObject & T => {
    const found = all.filter((o) => o.kind === kind && (!name || o.metadata.name === name));
    if (found.length !== 1)
      throw new Error(`expected one ${kind} ${name ?? ''}, found ${found.length}`);
    return found[0] as K8sObject & T;
  };
  return { ...rendered, all, get };
};

export const chartFile = (p: string) => path.join(CHART_DIR, p);
