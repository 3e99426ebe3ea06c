import * as React from 'react';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import { Bullseye, EmptyState, Spinner } from '@patternfly/react-core';
import { Navigate, Route, Routes, useParams } from 'react-router-dom-v5-compat';
import { CodeRefComponent } from '../plugins/CodeRefComponent';
import { isRoutePage } from '../plugins/extensions';
import { setActiveNamespace } from '../sdk/store';
import { DetailsPage } from './pages/DetailsPage';
import { NAMESPACE_GVK, PROJECT_GVK } from './pages/gvks';
import { NamespacesPage, ProjectsPage } from './pages/NamespacesPage';
import { ResourcePage } from './pages/ResourcePage';

/** Namespaced console URLs set the active namespace from the URL, as the console does. */
const NamespacedResourcePage: React.FC = () => {
  const { ns = '' } = useParams();
  React.useEffect(() => {
    if (ns) setActiveNamespace(ns);
  }, [ns]);
  return <ResourcePage />;
};

const NotFound: React.FC = () => <EmptyState titleText="404: Page Not Found" headingLevel="h1" />;

type Props = { pluginsSettled: boolean };

/** The console's own pages and the plugins' console.page/route extensions. */
export const AppRoutes: React.FC<Props> = ({ pluginsSettled }) => {
  const pages = useExtensions(isRoutePage);
  const pluginRoutes = pages.flatMap((e) => {
    const paths = Array.isArray(e.properties.path) ? e.properties.path : [e.properties.path];
    return paths.map((path) => (
      <Route
        key={`${e.uid}:${path}`}
        path={e.properties.exact ? path : `${path.replace(/\/$/, '')}/*`}
        element={
          <CodeRefComponent codeRef={e.properties.component} props={{}} pluginName={e.pluginName} />
        }
      />
    ));
  });
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/ambient-mesh" replace />} />
      <Route path="/k8s/cluster/namespaces" element={<NamespacesPage />} />
      <Route
        path="/k8s/cluster/namespaces/:name/*"
        element={
          <DetailsPage
            gvk={NAMESPACE_GVK}
            listPath="/k8s/cluster/namespaces"
            listTitle="Namespaces"
          />
        }
      />
      <Route path="/k8s/cluster/projects" element={<ProjectsPage />} />
      <Route
        path="/k8s/cluster/projects/:name/*"
        element={
          <DetailsPage gvk={PROJECT_GVK} listPath="/k8s/cluster/projects" listTitle="Projects" />
        }
      />
      <Route path="/k8s/ns/:ns/:kind/:name/*" element={<NamespacedResourcePage />} />
      <Route path="/k8s/cluster/:kind/:name/*" element={<ResourcePage />} />
      {pluginRoutes}
      <Route
        path="*"
        element={
          pluginsSettled ? (
            <NotFound />
          ) : (
            <Bullseye>
              <Spinner aria-label="Loading" />
            </Bullseye>
          )
        }
      />
    </Routes>
  );
};
