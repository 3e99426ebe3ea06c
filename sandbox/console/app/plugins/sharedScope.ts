import * as React from 'react';
import * as ReactRouter from 'react-router';
import * as ReactRouterDOM from 'react-router-dom';
import * as ReactRouterDOMv5Compat from 'react-router-dom-v5-compat';
import * as ReactI18next from 'react-i18next';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';
import * as ReduxThunk from 'redux-thunk';
import * as SDK from '../sdk';

/** Versions of the shared packages, read from node_modules at build time. */
declare const __SHARED_VERSIONS__: Record<string, string>;
const VERSIONS: Record<string, string> = __SHARED_VERSIONS__;
const v = (pkg: string) => VERSIONS[pkg] ?? '0.0.0';

type ShareEntry = { get: () => Promise<() => unknown>; from: string; eager: boolean; loaded: 1 };
export type ShareScope = Record<string, Record<string, ShareEntry>>;

const entry = (pkg: string, load: () => Promise<unknown>): Record<string, ShareEntry> => ({
  [v(pkg)]: { get: () => load().then((m) => () => m), from: 'console', eager: true, loaded: 1 },
});
const now = (m: unknown) => () => Promise.resolve(m);

/**
 * The modules the console shares with plugins, each under its version, built by hand as the
 * 4.19 console does. PatternFly core, table and icons are not shared: plugins bundle them.
 */
export const sharedScope: ShareScope = {
  '@openshift-console/dynamic-plugin-sdk': entry('@openshift-console/dynamic-plugin-sdk', now(SDK)),
  '@openshift-console/dynamic-plugin-sdk-internal': entry(
    '@openshift-console/dynamic-plugin-sdk',
    now({}),
  ),
  '@patternfly/react-topology': entry(
    '@patternfly/react-topology',
    () => import(/* webpackChunkName: "topology" */ '@patternfly/react-topology'),
  ),
  react: entry('react', now(React)),
  'react-i18next': entry('react-i18next', now(ReactI18next)),
  'react-redux': entry('react-redux', now(ReactRedux)),
  'react-router': entry('react-router', now(ReactRouter)),
  'react-router-dom': entry('react-router-dom', now(ReactRouterDOM)),
  'react-router-dom-v5-compat': entry('react-router-dom-v5-compat', now(ReactRouterDOMv5Compat)),
  redux: entry('redux', now(Redux)),
  'redux-thunk': entry('redux-thunk', now(ReduxThunk)),
};
