import * as fs from 'fs';
import * as path from 'path';
import { buildShell } from '../../sandbox/console/buildShell';
import { defaultPluginDist } from '../../sandbox/console/server';
import { describeChromium } from './chromium';

/** The plugin must be built already (npm test builds first); the shell is built when stale. */
export default async function globalSetup(): Promise<void> {
  const manifest = path.join(defaultPluginDist(), 'plugin-manifest.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(
      `No plugin build at ${manifest}: run \`npm run build\` first (or set PLUGIN_DIST).`,
    );
  }
  await buildShell();
  console.log(`browser: ${describeChromium()}`);
}
