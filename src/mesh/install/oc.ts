import { manifestYaml } from './yaml';
import type { InstallPlan, PlanStep } from './types';

const RESOURCE: Record<string, string> = {
  Istio: 'istio',
  IstioCNI: 'istiocni',
  ZTunnel: 'ztunnel',
};

const stepCommands = (s: PlanStep, timeout: string): string[] => {
  if (s.kind === 'Namespace') {
    const label = Object.entries(s.labels ?? {}).map(([k, v]) => `${k}=${v}`);
    return [
      `oc get namespace ${s.name} >/dev/null 2>&1 || oc create namespace ${s.name}`,
      ...(label.length ? [`oc label namespace ${s.name} ${label.join(' ')} --overwrite`] : []),
    ];
  }
  const wait = `oc wait --for=condition=Ready ${RESOURCE[s.kind]}/${s.name} --timeout=${timeout}`;
  return [`oc apply -f - <<'EOF'\n${manifestYaml(s.manifest)}EOF`, wait];
};

/** The `oc` commands that do what the plan does, in the same order, with the same waits. */
export const ocCommands = (plan: InstallPlan, timeout = '3m'): string =>
  plan.steps.flatMap((s) => stepCommands(s, timeout)).join('\n');
