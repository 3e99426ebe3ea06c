/**
 * The console 4.19 entry callback is `loadPluginEntry("<name>@<version>", container)`; the
 * store registers `__load_plugin_entry__(name, container)`. Strip the version and forward.
 */
export const pluginNameOf = (nameAndVersion: string): string => {
  const at = nameAndVersion.lastIndexOf('@');
  return at > 0 ? nameAndVersion.slice(0, at) : nameAndVersion;
};
