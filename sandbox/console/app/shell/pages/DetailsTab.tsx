import * as React from 'react';
import type { K8sGroupVersionKind, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Grid,
  GridItem,
  Label,
  LabelGroup,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { Timestamp } from '../../sdk/components/Timestamp';
import { DetailsItems } from './DetailsItems';

type Props = {
  obj: K8sResourceCommon & { status?: { phase?: string } };
  /** The kind's model, for the plugins' details items. */
  model: K8sGroupVersionKind;
};

/**
 * The Details tab, as the console's resource summary in two columns: name, status, labels,
 * annotations count and creation time on the left, the plugins' details items in their column.
 */
export const DetailsTab: React.FC<Props> = ({ obj, model }) => {
  const labels = Object.entries(obj.metadata?.labels ?? {});
  return (
    <PageSection hasBodyWrapper={false}>
      <Title headingLevel="h2" className="pf-v6-u-mb-md">
        {`${obj.kind ?? ''} details`}
      </Title>
      <Grid hasGutter>
        <GridItem md={6}>
          <DescriptionList>
            <DescriptionListGroup>
              <DescriptionListTerm>Name</DescriptionListTerm>
              <DescriptionListDescription>{obj.metadata?.name}</DescriptionListDescription>
            </DescriptionListGroup>
            {obj.metadata?.namespace && (
              <DescriptionListGroup>
                <DescriptionListTerm>Namespace</DescriptionListTerm>
                <DescriptionListDescription>{obj.metadata.namespace}</DescriptionListDescription>
              </DescriptionListGroup>
            )}
            {obj.status?.phase && (
              <DescriptionListGroup>
                <DescriptionListTerm>Status</DescriptionListTerm>
                <DescriptionListDescription>{obj.status.phase}</DescriptionListDescription>
              </DescriptionListGroup>
            )}
            <DescriptionListGroup>
              <DescriptionListTerm>Labels</DescriptionListTerm>
              <DescriptionListDescription>
                {labels.length === 0 ? (
                  'No labels'
                ) : (
                  <LabelGroup numLabels={20} aria-label="Labels">
                    {labels.map(([k, v]) => (
                      <Label key={k} isCompact>{`${k}=${v}`}</Label>
                    ))}
                  </LabelGroup>
                )}
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>Annotations</DescriptionListTerm>
              <DescriptionListDescription>
                {`${Object.keys(obj.metadata?.annotations ?? {}).length} annotations`}
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>Created at</DescriptionListTerm>
              <DescriptionListDescription>
                <Timestamp timestamp={obj.metadata?.creationTimestamp ?? ''} />
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DetailsItems obj={obj} model={model} column="left" />
          </DescriptionList>
        </GridItem>
        <GridItem md={6}>
          <DescriptionList>
            <DetailsItems obj={obj} model={model} column="right" />
          </DescriptionList>
        </GridItem>
      </Grid>
    </PageSection>
  );
};
