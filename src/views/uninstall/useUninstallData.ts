import * as React from 'react';
import { useGateways } from '../../resources/gateway/hooks';
import { usePods } from '../../resources/pod/hooks';
import { useServices } from '../../resources/service/hooks';
import { useNamespaceObjects, useRevisionObjects } from '../../resources/uninstall/hooks';
import { buildInventory, systemNamespaceNames } from '../../mesh/uninstall/inventory';
import type { Inventory, UninstallInput } from '../../mesh/uninstall/types';
import { useInstallInputs } from '../install/useInstallInputs';

export type UninstallData = {
  loaded: boolean;
  error: unknown;
  input: UninstallInput;
  inventory: Inventory;
  ztunnelVersion: ReturnType<typeof useInstallInputs>['ztunnelVersion'];
  /** The system namespaces seen since the page opened (they stay reported after their CRs go). */
  systemNames: string[];
};

/** Every watch of the uninstall page (no polling), and the inventory built from them. */
export const useUninstallData = (): UninstallData => {
  const inputs = useInstallInputs();
  const sail = inputs.sailInstalled;
  const pods = usePods();
  const services = useServices();
  const gateways = useGateways();
  const revs = useRevisionObjects({ enabled: sail });
  const [remembered, setRemembered] = React.useState<string[]>([]);
  const base = React.useMemo(
    () => ({
      namespaces: inputs.namespaces,
      pods: pods.pods,
      services: services.services,
      gateways: gateways.gateways,
      istios: inputs.istios,
      istioCNIs: inputs.istioCNIs,
      ztunnels: inputs.ztunnels,
      revisionTags: revs.revisionTags,
      revisions: revs.revisions,
    }),
    [
      inputs.namespaces,
      pods.pods,
      services.services,
      gateways.gateways,
      inputs.istios,
      inputs.istioCNIs,
      inputs.ztunnels,
      revs.revisionTags,
      revs.revisions,
    ],
  );
  const names = systemNamespaceNames({ ...base, systemObjects: [] }, remembered);
  const namesKey = names.join(',');
  React.useEffect(() => {
    setRemembered((r) => (r.join(',') === namesKey ? r : namesKey.split(',').filter(Boolean)));
  }, [namesKey]);
  const system = useNamespaceObjects({ namespaces: names });
  const systemObjects = system.objects;
  const input: UninstallInput = React.useMemo(
    () => ({ ...base, systemObjects }),
    [base, systemObjects],
  );
  const inventory = React.useMemo(
    () => buildInventory(input, namesKey.split(',').filter(Boolean)),
    [input, namesKey],
  );
  const p = inputs.preflight;
  return {
    loaded:
      inputs.crdsLoaded &&
      p.namespaces.loaded &&
      (!sail || (p.istios.loaded && p.istioCNIs.loaded && p.ztunnels.loaded)) &&
      pods.loaded &&
      services.loaded &&
      gateways.loaded &&
      revs.loaded &&
      system.loaded,
    error: p.namespaces.error ?? pods.error ?? system.error,
    input,
    inventory,
    ztunnelVersion: inputs.ztunnelVersion,
    systemNames: names,
  };
};
