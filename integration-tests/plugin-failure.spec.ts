import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultPluginDist, startConsole } from '../sandbox/console/server';
import { expect, test } from './support/fixtures';

/** A copy of the plugin build with its manifest changed. */
const brokenDist = (change: (manifest: Record<string, unknown>) => void): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-plugin-'));
  fs.cpSync(defaultPluginDist(), dir, { recursive: true });
  const file = path.join(dir, 'plugin-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
};

const cases: [string, (m: Record<string, unknown>) => void, RegExp][] = [
  [
    'an unmet @console/pluginAPI dependency',
    (m) => (m.dependencies = { '@console/pluginAPI': '>=9.0.0' }),
    /Dependency @console\/pluginAPI not met/,
  ],
  [
    'a missing entry script',
    (m) => (m.loadScripts = ['plugin-entry.missing.min.js']),
    /ambient-mesh-plugin/,
  ],
];

for (const [what, change, message] of cases) {
  test(`a plugin with ${what} shows the failed-plugins notice, not a blank page`, async ({
    page,
    sandbox,
  }) => {
    const dist = brokenDist(change);
    const console = await startConsole({ port: 0, apiURL: sandbox.apiURL, distDir: dist });
    try {
      await page.goto(`${console.url}/k8s/cluster/namespaces`);
      const notice = page.getByText('1 plugin failed to load');
      await expect(notice).toBeVisible();
      await expect(page.locator('.pf-v6-c-alert', { has: notice })).toContainText(message);
      // The console itself still works; the plugin's extensions are absent.
      await expect(page.getByRole('heading', { level: 1, name: 'Namespaces' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Ambient Mesh' })).toHaveCount(0);
    } finally {
      await console.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
}
