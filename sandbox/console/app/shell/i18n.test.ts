import * as fs from 'fs';
import * as path from 'path';
import i18n from 'i18next';
import { PLUGIN_NAME, PRELOADED_I18N_NAMESPACES } from '../../users';
import { initI18n } from './i18n';

describe('i18n at start-up', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('loads the preloaded namespaces when it is initialized, before any component asks', async () => {
    const requested: string[] = [];
    global.fetch = jest.fn((url: string) => {
      requested.push(url);
      return Promise.resolve({ ok: true, json: () => Promise.resolve({ Topology: 'Topologie' }) });
    }) as unknown as typeof fetch;
    await initI18n(['plugin__demo']);
    expect(requested).toEqual(['/locales/resource.json?lng=en&ns=plugin__demo']);
    expect(i18n.hasLoadedNamespace('plugin__demo')).toBe(true);
    expect(i18n.t('plugin__demo~Topology')).toBe('Topologie');
  });

  it("preloads the plugin's namespace exactly when its ConsolePlugin asks the console to", () => {
    // the console operator lists plugin__<name> for a ConsolePlugin with spec.i18n.loadType Preload
    const template = fs.readFileSync(
      path.resolve(
        __dirname,
        '../../../../charts/ambient-mesh-plugin/templates/consoleplugin.yaml',
      ),
      'utf8',
    );
    const preload = /^\s*loadType:\s*Preload\s*$/m.test(template);
    expect(PRELOADED_I18N_NAMESPACES.includes(`plugin__${PLUGIN_NAME}`)).toBe(preload);
  });
});
