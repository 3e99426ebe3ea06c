import { PluginStore } from '@openshift/dynamic-plugin-sdk';
import { CONSOLE_VERSION } from '../../users';
import { pluginNameOf } from './pluginName';
import { sharedScope } from './sharedScope';

type EntryCallback = (pluginName: string, container: unknown) => void;
type PluginWindow = Window & {
  loadPluginEntry?: (nameAndVersion: string, container: unknown) => void;
  __load_plugin_entry__?: EntryCallback;
};

export const createPluginStore = (): PluginStore => {
  const store = new PluginStore({
    loaderOptions: {
      sharedScope,
      // The console checks `@console/pluginAPI` ranges against its own version.
      fixedPluginDependencyResolutions: { '@console/pluginAPI': CONSOLE_VERSION },
    },
  });
  const w = window as PluginWindow;
  w.loadPluginEntry = (nameAndVersion, container) => {
    const forward = w.__load_plugin_entry__;
    if (!forward) throw new Error('The plugin store is not ready for plugin entries');
    forward(pluginNameOf(nameAndVersion), container);
  };
  return store;
};

export const manifestURL = (name: string) => `/api/plugins/${name}/plugin-manifest.json`;
