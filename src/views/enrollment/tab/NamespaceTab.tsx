import * as React from 'react';
import { PageSection, Stack } from '@patternfly/react-core';
import { PageState } from '../../../components/PageState';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { EnrollmentCard } from './EnrollmentCard';
import { PodEnrollmentTable } from './PodEnrollmentTable';
import { useNamespaceTabData } from '../common/useNamespaceTabData';
import { WaypointsCard } from '../waypoints/WaypointsCard';
import { PolicyCard } from '../../policy/PolicyCard';

type Props = { obj?: NamespaceKind };

/** "Ambient mesh" tab of a Namespace or Project: enrollment, pods and waypoints. */
const NamespaceTab: React.FC<Props> = ({ obj }) => {
  const data = useNamespaceTabData(obj);
  return (
    <PageSection>
      <Stack hasGutter>
        <EnrollmentCard data={data} />
        <PageState loaded={data.loaded} error={data.error}>
          <PodEnrollmentTable data={data} />
        </PageState>
        <WaypointsCard data={data} />
        <PolicyCard
          namespace={data.namespace}
          pods={data.pods}
          gateways={data.gateways}
          services={data.services}
        />
      </Stack>
    </PageSection>
  );
};

export default NamespaceTab;
