import { createStore, type Reducer } from 'redux';
import { ALL_NAMESPACES } from './resourceURL';

export type ShellState = { activeNamespace: string; flags: Record<string, boolean> };

type ShellAction =
  | { type: 'setActiveNamespace'; namespace: string }
  | { type: 'setFlags'; flags: Record<string, boolean> };

const NS_KEY = 'sandbox-active-namespace';

const initialNamespace = (): string => {
  const m = window.location.pathname.match(/^\/k8s\/ns\/([^/]+)/);
  return m ? decodeURIComponent(m[1]) : (localStorage.getItem(NS_KEY) ?? ALL_NAMESPACES);
};

const reducer: Reducer<ShellState, ShellAction> = (
  state = { activeNamespace: initialNamespace(), flags: {} },
  action,
) => {
  switch (action.type) {
    case 'setActiveNamespace':
      if (action.namespace === state.activeNamespace) return state;
      localStorage.setItem(NS_KEY, action.namespace);
      return { ...state, activeNamespace: action.namespace };
    case 'setFlags':
      return { ...state, flags: { ...state.flags, ...action.flags } };
    default:
      return state;
  }
};

/** The console's redux store, reduced to what the shell and the SDK need. */
export const store = createStore(reducer);

export const setActiveNamespace = (namespace: string) =>
  store.dispatch({ type: 'setActiveNamespace', namespace });

export const setFlags = (flags: Record<string, boolean>) =>
  store.dispatch({ type: 'setFlags', flags });
