import * as React from 'react';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useAccessReview } from '../../sdk/accessReview';
import { modelFor } from '../../sdk/models';
import { NAMESPACE_GVK, PROJECT_GVK } from './gvks';
import { ResourceListPage } from './ResourceListPage';

/** Namespaces; for a user who may not list them (developer), projects, as the console does. */
export const NamespacesPage: React.FC = () => {
  const [canList, loading] = useAccessReview({ resource: 'namespaces', verb: 'list' });
  if (loading) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  return canList || !modelFor(PROJECT_GVK) ? (
    <ResourceListPage title="Namespaces" gvk={NAMESPACE_GVK} />
  ) : (
    <ResourceListPage title="Projects" gvk={PROJECT_GVK} />
  );
};

export const ProjectsPage: React.FC = () =>
  modelFor(PROJECT_GVK) ? (
    <ResourceListPage title="Projects" gvk={PROJECT_GVK} />
  ) : (
    <ResourceListPage title="Namespaces" gvk={NAMESPACE_GVK} />
  );
