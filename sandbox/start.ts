/**
 * `npm start`: the plugin's production build (rebuilt on change), the sandbox cluster and the
 * local console at http://localhost:9000. Ctrl-C stops everything it started.
 *   npm start -- --scenario ambient
 */
import type { ScenarioName } from './cluster/scenarios';
import { watchPlugin } from './console/pluginWatch';
import { USERS } from './console/users';

const started = Date.now();
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const scenario = (arg('scenario') ?? 'fresh') as ScenarioName;
const apiPort = Number(process.env.SANDBOX_API_PORT ?? 9002);
const consolePort = Number(process.env.CONSOLE_PORT ?? 9000);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`[start] ${line}`);

const stops: (() => Promise<void> | void)[] = [];
let stopping = false;
const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
  process.exit(code);
};
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const main = async () => {
  // The plugin's build takes longest: it starts before this process loads the cluster, the
  // console and the shell's webpack, which takes seconds on a busy machine.
  const plugin = watchPlugin((l) => log(l));
  stops.push(() => plugin.stop());
  const { SCENARIOS } = await import('./cluster/scenarios');
  if (!SCENARIOS.includes(scenario)) {
    console.error(`unknown scenario "${scenario}"; one of: ${SCENARIOS.join(', ')}`);
    return stopAll(2);
  }
  log(`building the plugin and the console shell, starting the "${scenario}" cluster...`);
  const [{ startCluster }, { buildShell }, { startConsole }] = await Promise.all([
    import('./cluster'),
    import('./console/buildShell'),
    import('./console/server'),
  ]);
  const shell = buildShell().then(() => log(`console shell ready (${seconds()})`));
  const cluster = await startCluster({ port: apiPort, scenario, quiet: true });
  stops.push(() => cluster.close());
  log(`"${scenario}" cluster serving (${seconds()})`);
  await shell;
  const console_ = await startConsole({ port: consolePort, apiURL: cluster.url });
  stops.push(() => console_.close());
  await plugin.firstBuild;
  const users = Object.entries(USERS)
    .map(
      ([u, token]) =>
        `    ${u.padEnd(10)} ${token.padEnd(26)} ${u === 'admin' ? 'cluster-admin' : 'admin of namespace bookinfo only'}`,
    )
    .join('\n');
  console.log(`
  Console:   http://localhost:${console_.port}   (ready in ${seconds()})
  Scenario:  ${scenario}
  API:       ${cluster.url}
  Users (switch in the masthead):
${users}

    kubectl --server http://127.0.0.1:${cluster.port} get ns

  The plugin rebuilds when src/ changes: reload the page to load the new build.
  Press Ctrl-C to stop.
`);
};

main().catch((err: Error) => {
  console.error(`npm start failed: ${err.message}`);
  void stopAll(1);
});
