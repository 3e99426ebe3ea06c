import { render } from 'react-dom';
import { Alert, PageSection } from '@patternfly/react-core';
import { createPluginStore, manifestURL } from './plugins/pluginStore';
import { CONSOLE_VERSION, PLUGIN_NAME, PRELOADED_I18N_NAMESPACES } from '../users';
import { discover, loadCachedDiscovery } from './sdk/models';
import { App, type ManifestError } from './shell/App';
import { initI18n } from './shell/i18n';

const root = document.getElementById('app');

const bootstrap = async () => {
  const pluginStore = createPluginStore();
  const manifestErrors: ManifestError[] = [];
  const draw = () =>
    render(<App pluginStore={pluginStore} manifestErrors={[...manifestErrors]} />, root);
  // The manifest is fetched while discovery runs.
  const loading = pluginStore.loadPlugin(manifestURL(PLUGIN_NAME)).catch((err: Error) => {
    manifestErrors.push({ name: PLUGIN_NAME, message: err.message });
  });
  // As the console: start from the last discovery this browser kept, and refresh it meanwhile;
  // only a first visit waits for discovery.
  const cached = loadCachedDiscovery(CONSOLE_VERSION);
  const discovery = discover(CONSOLE_VERSION);
  if (cached) discovery.catch((err: Error) => console.error(`API discovery: ${err.message}`));
  await Promise.all([initI18n(PRELOADED_I18N_NAMESPACES), cached ? undefined : discovery]);
  draw();
  await loading;
  if (manifestErrors.length) draw();
};

bootstrap().catch((err: Error) =>
  render(
    <PageSection>
      <Alert variant="danger" title="The console could not start">
        {err.message}
      </Alert>
    </PageSection>,
    root,
  ),
);
