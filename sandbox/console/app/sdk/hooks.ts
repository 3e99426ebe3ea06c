import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useSelector } from 'react-redux';
import { type ShellState, setActiveNamespace } from './store';

/** [namespace, setNamespace]; all namespaces is '#ALL_NS#'. */
export const useActiveNamespace: typeof SDK.useActiveNamespace = () => {
  const ns = useSelector((s: ShellState) => s.activeNamespace);
  const set = React.useCallback((next: string) => {
    setActiveNamespace(next);
  }, []);
  return [ns, set];
};

/** A feature flag; undefined until it is known. */
export const useFlag: typeof SDK.useFlag = (flag) => useSelector((s: ShellState) => s.flags[flag]);
