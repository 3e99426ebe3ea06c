import * as React from 'react';
import { meshNamespaces } from '../../../mesh/enrollment/systemNamespaces';
import { useIstios } from '../../../resources/istio/hooks';
import { useIstioCNIs } from '../../../resources/istiocni/hooks';
import { useZTunnels } from '../../../resources/ztunnel/hooks';

/**
 * The namespaces the mesh itself runs in: those of the Istio, IstioCNI and ZTunnel CRs, with the
 * install's defaults. The watches are the ones the pages already hold (the console shares them).
 */
export const useMeshNamespaces = (): Set<string> => {
  const { istios } = useIstios();
  const { istioCNIs } = useIstioCNIs();
  const v1 = useZTunnels({ version: 'v1' });
  const v1alpha1 = useZTunnels({ version: 'v1alpha1' });
  return React.useMemo(
    () => meshNamespaces([...istios, ...istioCNIs, ...v1.ztunnels, ...v1alpha1.ztunnels]),
    [istios, istioCNIs, v1.ztunnels, v1alpha1.ztunnels],
  );
};
