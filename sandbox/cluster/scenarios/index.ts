/**
 * Named scenarios: fresh, ambient, ossm-3.2, blocked, large, xlarge, edge-cases, sail-next
 * (an operator serving the sail-operator main CRDs, ZTunnel with `spec.targetRef`; nothing installed),
 * and upgrade / upgrade-revisions (the 3.2 operator over an ambient install at Istio 1.26).
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
import { deployment, seedObject, serviceAccount } from './seed';
import type { SailLine } from '../crds/sail';
import { installUpgradeFrom, seedUpgradeWorkloads } from './upgrade';

export type ScenarioName =
  | 'fresh'
  | 'ambient'
  | 'ossm-3.2'
  | 'blocked'
  | 'large'
  | 'xlarge'
  | 'edge-cases'
  | 'sail-next'
  | 'upgrade'
  | 'upgrade-revisions';
export const SCENARIOS: ScenarioName[] = [
  'fresh',
  'ambient',
  'ossm-3.2',
  'blocked',
  'large',
  'xlarge',
  'edge-cases',
  'sail-next',
  'upgrade',
  'upgrade-revisions',
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
  if (name === 'upgrade' || name === 'upgrade-revisions')
    return seedUpgrade(api, runtime, name === 'upgrade-revisions', large, hooks);
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
    routingViaHost: name === 'ambient' || name === 'edge-cases',
  });
  seedOperator(api, { '1.26': '3.1.3', '1.27': '3.2.0', main: '3.3.0' }[line]);
  seedBookinfo(api);
  seedDeveloper(api, 'bookinfo');
  if (name === 'blocked') seedBlocked(api);
  await runtime.settle();
  if (name === 'ambient' || name === 'edge-cases') await installAmbient(api, runtime, line);
  if (name === 'ambient') await seedPolicies(api, runtime);
  if (name === 'edge-cases')
    await seedEdgeCases(api, runtime, hooks?.setZtunnelReady ?? (() => undefined));
};

/**
 * `upgrade` / `upgrade-revisions`: 3 masters and 3 workers with bookinfo; with any of
 * `--nodes/--namespaces/--pods`, the `large` cluster (its namespaces, pods and nodes without a
 * ready ztunnel) around the same install, bookinfo included.
 */
const seedUpgrade = async (
  api: Api,
  runtime: Runtime,
  revisionBased: boolean,
  large: LargeOptions,
  hooks?: LargeHooks,
): Promise<void> => {
  const sized = Object.keys(definedOnly(large)).length > 0;
  seedCluster(api, { masters: 3, workers: sized ? 0 : 3, sail: '1.27', routingViaHost: true });
  seedOperator(api, '3.2.0');
  const install = () => installUpgradeFrom(api, runtime, revisionBased);
  if (sized)
    await seedLarge(
      api,
      runtime,
      { ...LARGE_DEFAULTS, ...definedOnly(large) },
      hooks ?? { setZtunnelReady: () => undefined },
      install,
    );
  seedBookinfo(api);
  seedDeveloper(api, 'bookinfo');
  await runtime.settle();
  if (!sized) await install();
  await seedUpgradeWorkloads(api, runtime, revisionBased);
};
