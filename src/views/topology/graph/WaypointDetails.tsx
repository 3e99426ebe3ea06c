import * as React from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { GatewayModel, NamespaceModel, ServiceModel, gvkOf } from '../../../models';
import type { WaypointSummary } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from '../table/useTopologyLabels';
import { Item } from './DetailItem';

const GATEWAY_GVK = gvkOf(GatewayModel);
const NAMESPACE_GVK = gvkOf(NamespaceModel);
const SERVICE_GVK = gvkOf(ServiceModel);

/** A waypoint Gateway: state, traffic type, addresses and who uses it. */
export const WaypointDetails: React.FC<{ waypoint: WaypointSummary; labels: TopologyLabels }> = ({
  waypoint: w,
  labels,
}) => {
  const { t } = useAmbientTranslation();
  const state = !w.exists ? 'missing' : w.ready ? 'ready' : 'not-ready';
  return (
    <>
      <Item term={t('Gateway')}>
        {w.exists ? (
          <ResourceLink groupVersionKind={GATEWAY_GVK} name={w.name} namespace={w.namespace} />
        ) : (
          `${w.namespace}/${w.name}`
        )}
      </Item>
      <Item term={t('State')}>{labels.waypoint[state]}</Item>
      {w.exists && <Item term={t('Traffic type')}>{w.waypointFor}</Item>}
      {w.addresses.length > 0 && <Item term={t('Addresses')}>{w.addresses.join(', ')}</Item>}
      <Item term={t('Used by namespaces')}>
        {w.namespaces.length === 0
          ? '-'
          : w.namespaces.map((ns) => (
              <ResourceLink key={ns} groupVersionKind={NAMESPACE_GVK} name={ns} />
            ))}
      </Item>
      <Item term={t('Used by services')}>
        {w.services.length === 0
          ? '-'
          : w.services.map((id) => {
              const [ns, name] = id.split('/');
              return (
                <ResourceLink
                  key={id}
                  groupVersionKind={SERVICE_GVK}
                  name={name}
                  namespace={ns}
                  displayName={id}
                />
              );
            })}
      </Item>
      <Item term={t('Pods with their own label')}>{w.pods.length}</Item>
      <Item term={t('Workloads it serves')}>{w.workloads}</Item>
    </>
  );
};
