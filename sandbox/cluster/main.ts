/** `npm run sandbox -- --scenario fresh --port 9002`: runs the sandbox cluster alone. */
import { startCluster } from './index';
import { SCENARIOS, type ScenarioName } from './scenarios';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.split('=').slice(1).join('=');
};
const num = (name: string): number | undefined =>
  arg(name) !== undefined ? Number(arg(name)) : undefined;

const scenario = (arg('scenario') ?? 'fresh') as ScenarioName;
if (!SCENARIOS.includes(scenario)) {
  console.error(`unknown scenario "${scenario}"; one of: ${SCENARIOS.join(', ')}`);
  process.exit(2);
}

startCluster({
  scenario,
  port: num('port') ?? Number(process.env.SANDBOX_API_PORT ?? 9002),
  host: arg('host'),
  delayMs: num('delay-ms'),
  requireToken: args.includes('--require-token'),
  stateFile: arg('state-file'),
  large: { nodes: num('nodes'), namespaces: num('namespaces'), pods: num('pods') },
  quiet: true,
})
  .then((c) => {
    console.log(`Sandbox cluster "${scenario}" (OpenShift 4.19, Kubernetes API) at ${c.url}

  kubectl --server ${c.url} get nodes
  kubectl --server ${c.url} get pods -n bookinfo

Users (Authorization: Bearer <token>; over plain http kubectl sends no token and acts as admin):
  admin      sandbox-admin-token       cluster-admin
  developer  sandbox-developer-token   admin of namespace bookinfo only
Press Ctrl+C to stop.`);
    const stop = (): void => {
      c.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
