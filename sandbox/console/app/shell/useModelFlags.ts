import * as React from 'react';
import { useExtensions, usePluginStore } from '@openshift/dynamic-plugin-sdk';
import { isModelFlag } from '../plugins/extensions';
import { modelFor, useModelsVersion } from '../sdk/models';
import { setFlags } from '../sdk/store';

/** console.flag/model: a flag is set when its model is served. Also the console's OPENSHIFT. */
export const useModelFlags = () => {
  const flagExtensions = useExtensions(isModelFlag);
  const store = usePluginStore();
  const modelsVersion = useModelsVersion();
  React.useEffect(() => {
    const flags: Record<string, boolean> = {
      OPENSHIFT: !!modelFor({ group: 'project.openshift.io', version: 'v1', kind: 'Project' }),
    };
    for (const e of flagExtensions) flags[e.properties.flag] = !!modelFor(e.properties.model);
    setFlags(flags);
    store.setFeatureFlags(flags);
  }, [flagExtensions, store, modelsVersion]);
};
