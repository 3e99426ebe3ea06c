/**
 * The plugin for a real console container (`npm run start-console`): the production build in
 * watch mode, served at http://localhost:9001/ with CORS, where BRIDGE_PLUGINS points.
 */
import * as http from 'http';
import { watchPlugin } from './pluginWatch';
import { defaultPluginDist } from './server';
import { resolveUnder, sendFile, sendText } from './staticFiles';

const port = Number(process.env.PLUGIN_PORT ?? 9001);
const dist = defaultPluginDist();
const log = (l: string) => console.log(`[plugin] ${l}`);

const server = http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  const p = new URL(req.url ?? '/', 'http://plugin').pathname;
  void sendFile(res, resolveUnder(dist, p.slice(1)), req).then(
    (found) => found || sendText(res, 404, 'Not Found'),
  );
});

const plugin = watchPlugin(log);
const stop = () => {
  plugin.stop();
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

plugin.firstBuild.then(
  () => server.listen(port, () => log(`serving ${dist} at http://localhost:${port}/`)),
  (err: Error) => {
    console.error(err.message);
    stop();
  },
);
