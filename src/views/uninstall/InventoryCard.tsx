import * as React from 'react';
import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import { refKey } from '../../mesh/uninstall/plan';
import type { Inventory, Ref } from '../../mesh/uninstall/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

const names = (refs: Ref[]): string =>
  refs.map((r) => (r.namespace ? `${r.namespace}/${r.name}` : r.name)).join(', ');

type RowProps = { term: string; id: string; count: number; detail?: string };

const Row: React.FC<RowProps> = ({ term, id, count, detail }) => {
  const { t } = useAmbientTranslation();
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription data-test={`inventory-${id}`}>
        {count === 0 ? t('None') : t('{{count}}: {{detail}}', { count, detail })}
      </DescriptionListDescription>
    </DescriptionListGroup>
  );
};

/** What ambient mode has on the cluster now: enrollment, waypoints, labels, CRs, namespaces. */
export const InventoryCard: React.FC<{ inventory: Inventory }> = ({ inventory: inv }) => {
  const { t } = useAmbientTranslation();
  const discovery = Object.entries(inv.discoveryLabels).map(([k, v]) => `${k}=${v}`);
  return (
    <Card>
      <CardTitle>{t('What ambient mode has on the cluster')}</CardTitle>
      <CardBody>
        <DescriptionList isHorizontal isCompact>
          <Row
            term={t('Enrolled namespaces')}
            id="namespaces"
            count={inv.enrolledNamespaces.length}
            detail={inv.enrolledNamespaces.join(', ')}
          />
          <Row
            term={t('Pods enrolled by their own label')}
            id="pods"
            count={inv.enrolledPods.length}
            detail={names(inv.enrolledPods)}
          />
          <Row
            term={t('Waypoints')}
            id="waypoints"
            count={inv.waypoints.length}
            detail={names(inv.waypoints)}
          />
          <Row
            term={t('use-waypoint labels')}
            id="use-waypoint"
            count={inv.useWaypoint.length}
            detail={inv.useWaypoint.map(refKey).join(', ')}
          />
          <Row
            term={
              discovery.length
                ? t('Discovery labels ({{labels}})', { labels: discovery.join(', ') })
                : t('Discovery labels')
            }
            id="discovery"
            count={inv.discoveryNamespaces.length}
            detail={inv.discoveryNamespaces.join(', ')}
          />
          <Row
            term={t('Revision tags')}
            id="tags"
            count={inv.revisionTags.length}
            detail={names(inv.revisionTags)}
          />
          <Row
            term={t('Istio, IstioCNI, ZTunnel')}
            id="crs"
            count={inv.crs.length}
            detail={[
              ...inv.crs.map(refKey),
              ...inv.revisions.map((r) => `IstioRevision/${r}`),
            ].join(', ')}
          />
          <Row
            term={t('Namespaces of the control and data plane')}
            id="system"
            count={inv.systemNamespaces.length}
            detail={inv.systemNamespaces.map((n) => n.name).join(', ')}
          />
        </DescriptionList>
      </CardBody>
    </Card>
  );
};
