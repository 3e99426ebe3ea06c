import { dump } from 'js-yaml';
import type { InstallPlan, Manifest } from './types';

export const manifestYaml = (m: Manifest): string => dump(m, { noRefs: true, lineWidth: -1 });

/** Every manifest of the plan as one multi-document YAML file. */
export const planYaml = (plan: InstallPlan): string =>
  plan.steps.map((s) => `---\n${manifestYaml(s.manifest)}`).join('');
