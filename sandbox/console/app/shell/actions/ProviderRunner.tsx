import * as React from 'react';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';

export type ProviderHook = (resource: unknown) => [Action[], boolean, unknown];
export type ProviderResult = { actions: Action[]; loaded: boolean; error: unknown };

type Props = {
  useProvider: ProviderHook;
  resource: unknown;
  onResult: (r: ProviderResult) => void;
};

/** Calls one plugin's action provider hook and reports what it returns. */
export const ProviderRunner: React.FC<Props> = ({ useProvider, resource, onResult }) => {
  const [actions, loaded, error] = useProvider(resource);
  React.useEffect(() => {
    onResult({ actions: actions ?? [], loaded, error });
  }, [actions, loaded, error, onResult]);
  return null;
};
