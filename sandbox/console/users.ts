/** The sandbox users and their bearer tokens, shared by the console server and the shell. */
export const USERS = {
  admin: 'sandbox-admin-token',
  developer: 'sandbox-developer-token',
} as const;

export type SandboxUser = keyof typeof USERS;

/** The cookie that keeps the user chosen in the masthead. */
export const USER_COOKIE = 'sandbox-user';

/** The plugin this console hosts. */
export const PLUGIN_NAME = 'ambient-mesh-plugin';

/**
 * The i18n namespaces the console loads at start-up, beside everything else, rather than when a
 * component first asks for them. The console operator lists `plugin__<name>` for every
 * ConsolePlugin whose `spec.i18n.loadType` is `Preload` (the chart's is), and so does
 * start-console.sh with BRIDGE_I18N_NAMESPACES; the console's i18next is initialized with them.
 */
export const PRELOADED_I18N_NAMESPACES = [`plugin__${PLUGIN_NAME}`];

/** The console version that plugin dependencies (`@console/pluginAPI`) are checked against. */
export const CONSOLE_VERSION = '4.19.0';

export const isSandboxUser = (v: unknown): v is SandboxUser =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(USERS, v);
