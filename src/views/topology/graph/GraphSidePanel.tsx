import * as React from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, NodeModel, PodModel, ServiceModel, gvkOf } from '../../../models';
import { Button, DescriptionList, Title } from '@patternfly/react-core';
import type { GraphNode } from '../../../mesh/topology/graphTypes';
import type { NodeSummary } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from '../table/useTopologyLabels';
import { Item } from './DetailItem';
import { WaypointDetails } from './WaypointDetails';
import { PodDetails } from './PodDetails';

type Props = {
  node: GraphNode;
  summary?: NodeSummary;
  ztunnelNamespace: string;
  labels: TopologyLabels;
  onExpand: (id: string) => void;
  onCollapse: (groupId: string) => void;
};

/** Details of the selected graph element, with links to the pod, namespace, node or Gateway. */
export const GraphSidePanel: React.FC<Props> = (p) => {
  const { t } = useAmbientTranslation();
  const { node: n, summary, labels } = p;
  let body: React.ReactNode = null;
  if (n.kind === 'pod' && n.row) body = <PodDetails row={n.row} labels={labels} />;
  else if (n.kind === 'waypoint' && n.waypoint)
    body = <WaypointDetails waypoint={n.waypoint} labels={labels} />;
  else if (n.kind === 'aggregate') {
    body = (
      <>
        {n.namespace && (
          <Item term={t('Namespace')}>
            <ResourceLink groupVersionKind={gvkOf(NamespaceModel)} name={n.namespace} />
          </Item>
        )}
        <Item term={t('Pods')}>{n.count}</Item>
        {n.expandable && (
          <Button variant="link" isInline onClick={() => p.onExpand(n.id)}>
            {t('Show these pods')}
          </Button>
        )}
      </>
    );
  } else if (n.kind === 'cluster-node' || n.kind === 'ztunnel') {
    const nodeName = summary?.name ?? '';
    body = (
      <>
        {nodeName && (
          <Item term={t('Node')}>
            <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={nodeName} />
          </Item>
        )}
        <Item term={t('ztunnel')}>
          {summary?.ztunnelPod ? (
            <ResourceLink
              groupVersionKind={gvkOf(PodModel)}
              name={summary.ztunnelPod}
              namespace={p.ztunnelNamespace}
            />
          ) : null}{' '}
          {labels.ztunnel[summary?.ztunnel ?? 'unknown']}
        </Item>
        <Item term={t('Pods on the node')}>{summary?.pods ?? 0}</Item>
        <Item term={t('Captured (HBONE)')}>{summary?.captured ?? 0}</Item>
        <Item term={t('With problems')}>{summary?.problems ?? 0}</Item>
        {n.kind === 'cluster-node' && (
          <Button variant="link" isInline onClick={() => p.onCollapse(n.id)}>
            {t('Count pods again')}
          </Button>
        )}
      </>
    );
  } else if (n.kind === 'namespace' || n.kind === 'service') {
    body = (
      <Item term={n.kind === 'namespace' ? t('Namespace') : t('Service')}>
        {n.kind === 'namespace' ? (
          <ResourceLink groupVersionKind={gvkOf(NamespaceModel)} name={n.label} />
        ) : (
          <ResourceLink
            groupVersionKind={gvkOf(ServiceModel)}
            name={n.label}
            namespace={n.namespace}
          />
        )}
      </Item>
    );
  }
  return (
    <div className="pf-v6-u-p-md">
      <Title headingLevel="h2" size="lg">
        {n.label}
      </Title>
      <DescriptionList isCompact>{body}</DescriptionList>
    </div>
  );
};
