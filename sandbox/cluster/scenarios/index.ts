/**
 * Named scenarios: fresh, ambient, ossm-3.2, blocked, large, xlarge, edge-cases, sail-next
 * (an operator serving the sail-operator main CRDs, ZTunnel with `spec.targetRef`; nothing installed),
 * and sidecars (`ambient` plus namespaces running injected sidecars).
 */
import type { Api } from '../api/core';
import type { Runtime } from '../controllers/runtime';
import { seedBookinfo } from './bookinfo';
import { seedCluster, seedDeveloper } from './cluster';
import { installAmbient } from './ambient';
import { seedBlocked } from './blocked';
import {
  LARGE_DEFAULTS,
  seedLarge,
  XLARGE_DEFAULTS,
  type LargeHooks,
  type LargeOptions,
} from './large';
import { seedEdgeCases } from './edgeCases';
import { seedPolicies } from './policies';
import { seedSidecars } from './sidecars';
import { deployment, seedObject, serviceAccount } from './seed';
import type { SailLine } from '../crds/sail';

export type ScenarioName =
  | 'fresh'
  | 'ambient'
  | 'ossm-3.2'
  | 'blocked'
  | 'large'
  | 'xlarge'
  | 'edge-cases'
  | 'sail-next'
  | 'sidecars';
export const SCENARIOS: ScenarioName[] = [
  'fresh',
  'ambient',
  'ossm-3.2',
  'blocked',
  'large',
  'xlarge',
  'edge-cases',
  'sail-next',
  'sidecars',
];

const seedOperator = (api: Api, version: string): void => {
  seedObject(api, serviceAccount('openshift-operators', 'servicemesh-operator3'));
  seedObject(
    api,
    deployment('openshift-operators', {
      name: 'servicemesh-operator3',
      image: `registry.redhat.io/openshift-service-mesh/istio-rhel9-operator:${version}`,
      labels: { 'control-plane': 'servicemesh-operator3' },
      sa: 'servicemesh-operator3',
    }),
  );
};

const definedOnly = (o: LargeOptions): LargeOptions =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Seeds `name` and waits for the controllers to settle. */
export const seedScenario = async (
  name: ScenarioName,
  api: Api,
  runtime: Runtime,
  large: LargeOptions = {},
  hooks?: LargeHooks,
): Promise<void> => {
  const ambient = name === 'ambient' || name === 'sidecars';
  const line: SailLine =
    name === 'sail-next' ? 'main' : name === 'ossm-3.2' || name === 'edge-cases' ? '1.27' : '1.26';
  if (name === 'large' || name === 'xlarge') {
    seedCluster(api, { masters: 3, workers: 0, sail: '1.26', routingViaHost: true });
    seedOperator(api, '3.1.3');
    const sizes = name === 'xlarge' ? XLARGE_DEFAULTS : LARGE_DEFAULTS;
    await seedLarge(
      api,
      runtime,
      { ...sizes, ...definedOnly(large) },
      hooks ?? { setZtunnelReady: () => undefined },
    );
    return;
  }
  seedCluster(api, {
    masters: 3,
    workers: 3,
    sail: line,
    routingViaHost: ambient || name === 'edge-cases',
  });
  seedOperator(api, { '1.26': '3.1.3', '1.27': '3.2.0', main: '3.3.0' }[line]);
  seedBookinfo(api);
  seedDeveloper(api, 'bookinfo');
  if (name === 'blocked') seedBlocked(api);
  await runtime.settle();
  if (ambient || name === 'edge-cases') await installAmbient(api, runtime, line);
  if (ambient) await seedPolicies(api, runtime);
  if (name === 'sidecars') await seedSidecars(api, runtime);
  if (name === 'edge-cases')
    await seedEdgeCases(api, runtime, hooks?.setZtunnelReady ?? (() => undefined));
};
