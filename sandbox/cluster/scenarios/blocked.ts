/** The `blocked` scenario: OpenShift Service Mesh 2.x is installed (maistra CRDs and a control plane). */
import type { Api } from '../api/core';
import { maistraCrds } from '../crds/platform';
import { namespace, seedObject } from './seed';

export const seedBlocked = (api: Api): void => {
  for (const crd of maistraCrds()) seedObject(api, crd);
  seedObject(api, {
    apiVersion: 'operators.coreos.com/v1alpha1',
    kind: 'ClusterServiceVersion',
    metadata: { name: 'servicemeshoperator.v2.6.10', namespace: 'openshift-operators' },
    spec: {
      displayName: 'Red Hat OpenShift Service Mesh 2',
      version: '2.6.10',
      provider: { name: 'Red Hat, Inc.' },
    },
    status: { phase: 'Succeeded', reason: 'InstallSucceeded' },
  });
  seedObject(api, namespace('istio-system'));
  seedObject(api, {
    apiVersion: 'maistra.io/v2',
    kind: 'ServiceMeshControlPlane',
    metadata: { name: 'basic', namespace: 'istio-system' },
    spec: { version: 'v2.6', tracing: { type: 'None' }, addons: { kiali: { enabled: false } } },
    status: {
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'ComponentsReady',
          message: 'All component deployments are Available',
        },
      ],
      chartVersion: '2.6.10',
    },
  });
};
