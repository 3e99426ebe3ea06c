/** The `ambient` scenario: the documented ambient install done, bookinfo enrolled. */
import type { Api } from '../api/core';
import type { Runtime } from '../controllers/runtime';
import type { SailLine } from '../crds/sail';
import { namespace, seedObject } from './seed';

export const ambientCrs = (line: SailLine) => {
  const version = { '1.26': 'v1.26.8', '1.27': 'v1.27.9', main: 'v1.30.3' }[line];
  return {
    istio: {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'default' },
      spec: {
        namespace: 'istio-system',
        profile: 'ambient',
        version,
        values: { pilot: { trustedZtunnelNamespace: 'ztunnel' } },
      },
    },
    cni: {
      apiVersion: 'sailoperator.io/v1',
      kind: 'IstioCNI',
      metadata: { name: 'default' },
      spec: {
        namespace: 'istio-cni',
        profile: 'ambient',
        version,
        values: { cni: { ambient: { reconcileIptablesOnStartup: true } } },
      },
    },
    ztunnel:
      line === '1.26'
        ? {
            apiVersion: 'sailoperator.io/v1alpha1',
            kind: 'ZTunnel',
            metadata: { name: 'default' },
            spec: { namespace: 'ztunnel', profile: 'ambient', version },
          }
        : {
            apiVersion: 'sailoperator.io/v1',
            kind: 'ZTunnel',
            metadata: { name: 'default' },
            spec: { namespace: 'ztunnel', version },
          },
  };
};

export const installAmbient = async (
  api: Api,
  runtime: Runtime,
  line: SailLine,
  enrollBookinfo = true,
): Promise<void> => {
  for (const ns of ['istio-system', 'istio-cni', 'ztunnel']) seedObject(api, namespace(ns));
  const crs = ambientCrs(line);
  seedObject(api, crs.istio);
  await runtime.settle();
  seedObject(api, crs.cni);
  await runtime.settle();
  seedObject(api, crs.ztunnel);
  await runtime.settle();
  const nsType = api.registry.byKind('', 'Namespace');
  if (nsType && enrollBookinfo)
    api.mutate(
      nsType,
      '',
      'bookinfo',
      (o) => (o.metadata.labels = { ...o.metadata.labels, 'istio.io/dataplane-mode': 'ambient' }),
    );
  await runtime.settle();
};
