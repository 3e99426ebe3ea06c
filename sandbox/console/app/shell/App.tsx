import * as React from 'react';
import {
  type PluginStore,
  PluginStoreProvider,
  usePluginInfo,
} from '@openshift/dynamic-plugin-sdk';
import { Bullseye, Page, PageSidebar, PageSidebarBody, Spinner } from '@patternfly/react-core';
import { Provider } from 'react-redux';
import { BrowserRouter } from 'react-router-dom';
import { CompatRouter } from 'react-router-dom-v5-compat';
import { FailedPlugins } from '../plugins/FailedPlugins';
import { ModalProvider } from '../sdk/components/modal';
import { store } from '../sdk/store';
import { AppRoutes } from './AppRoutes';
import { ShellMasthead } from './Masthead';
import { Navigation } from './Navigation';
import { NamespaceBar } from './ProjectSelector';
import { useModelFlags } from './useModelFlags';

export type ManifestError = { name: string; message: string };

const Loading = () => (
  <Bullseye>
    <Spinner aria-label="Loading" />
  </Bullseye>
);

const Layout: React.FC<{ manifestErrors: ManifestError[] }> = ({ manifestErrors }) => {
  useModelFlags();
  const info = usePluginInfo();
  const settled =
    manifestErrors.length > 0 || (info.length > 0 && info.every((p) => p.status !== 'pending'));
  return (
    <Page
      masthead={<ShellMasthead />}
      sidebar={
        <PageSidebar>
          <PageSidebarBody>
            <React.Suspense fallback={null}>
              <Navigation />
            </React.Suspense>
          </PageSidebarBody>
        </PageSidebar>
      }
      isManagedSidebar
    >
      <FailedPlugins manifestErrors={manifestErrors} />
      <NamespaceBar />
      <React.Suspense fallback={<Loading />}>
        <AppRoutes pluginsSettled={settled} />
      </React.Suspense>
    </Page>
  );
};

type Props = { pluginStore: PluginStore; manifestErrors: ManifestError[] };

/** The console shell: redux store, plugin store, router (v5 with the v6 compat layer), modals. */
export const App: React.FC<Props> = ({ pluginStore, manifestErrors }) => (
  <Provider store={store}>
    <PluginStoreProvider store={pluginStore}>
      <BrowserRouter>
        <CompatRouter>
          <ModalProvider>
            <Layout manifestErrors={manifestErrors} />
          </ModalProvider>
        </CompatRouter>
      </BrowserRouter>
    </PluginStoreProvider>
  </Provider>
);
