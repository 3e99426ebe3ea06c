import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  Flex,
  FlexItem,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { useParams } from 'react-router-dom-v5-compat';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { allModels, getGroupVersionKindForModel, modelFor } from '../../sdk/models';
import { useK8sWatchResource } from '../../sdk/useK8sWatchResource';
import { ActionMenu } from '../actions/ActionMenu';
import { DetailsTab } from './DetailsTab';

/** The model named in a console URL: a plural (built-in kinds) or group~version~Kind. */
const modelOfSegment = (seg: string) =>
  seg.includes('~')
    ? modelFor(seg)
    : (allModels().find((m) => m.plural === seg && !m.crd) ??
      allModels().find((m) => m.plural === seg));

/** Details of any resource a ResourceLink points at: /k8s/ns/<ns>/<kind>/<name>, /k8s/cluster/... */
export const ResourcePage: React.FC = () => {
  const { ns, kind = '', name = '' } = useParams();
  const model = modelOfSegment(kind);
  const gvk = React.useMemo(() => (model ? getGroupVersionKindForModel(model) : null), [model]);
  const [obj, loaded, error] = useK8sWatchResource<K8sResourceCommon>(
    gvk ? { groupVersionKind: gvk, name, namespace: ns } : null,
  );
  let body: React.ReactNode;
  if (!model) body = <Alert variant="danger" isInline title={`No model for ${kind}`} />;
  else if (error) {
    body = (
      <Alert variant="danger" isInline title={`${model.kind} ${name} could not be loaded`}>
        {(error as Error).message}
      </Alert>
    );
  } else if (!loaded || !obj) {
    body = (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  } else if (gvk) body = <DetailsTab obj={obj} model={gvk} />;
  return (
    <>
      <DocumentTitle>{`${name} · ${model?.kind ?? kind} details`}</DocumentTitle>
      <PageSection hasBodyWrapper={false}>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
          <FlexItem>
            <Title headingLevel="h1">{name}</Title>
          </FlexItem>
          <FlexItem>
            {obj && loaded && gvk && <ActionMenu resource={obj} model={gvk} variant="button" />}
          </FlexItem>
        </Flex>
      </PageSection>
      {body}
    </>
  );
};
