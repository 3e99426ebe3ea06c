import { render } from 'react-dom';
import { Alert, PageSection } from '@patternfly/react-core';
import { PLUGIN_NAME } from '../users';
import { createPluginStore, manifestURL } from './plugins/pluginStore';
import { discover } from './sdk/models';
import { App, type ManifestError } from './shell/App';
import { initI18n } from './shell/i18n';

const root = document.getElementById('app');

const bootstrap = async () => {
  const pluginStore = createPluginStore();
  const manifestErrors: ManifestError[] = [];
  const draw = () =>
    render(<App pluginStore={pluginStore} manifestErrors={[...manifestErrors]} />, root);
  // The manifest is fetched while discovery runs; its extensions are used once both are done.
  const loading = pluginStore.loadPlugin(manifestURL(PLUGIN_NAME)).catch((err: Error) => {
    manifestErrors.push({ name: PLUGIN_NAME, message: err.message });
  });
  await Promise.all([initI18n(), discover()]);
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
