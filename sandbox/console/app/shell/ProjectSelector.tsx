import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { matchRoutes, useLocation, useNavigate } from 'react-router-dom-v5-compat';
import { useActiveNamespace } from '../sdk/hooks';
import { modelFor } from '../sdk/models';
import { ALL_NAMESPACES } from '../sdk/resourceURL';
import { useK8sWatchResource } from '../sdk/useK8sWatchResource';
import { ChoiceSelect } from './ChoiceSelect';

const PROJECT = { group: 'project.openshift.io', version: 'v1', kind: 'Project' };
const NAMESPACE = { version: 'v1', kind: 'Namespace' };

/**
 * The console shows its namespace bar on these routes only (`namespacedPrefixes` in
 * frontend/public/components/utils/link.tsx, matched in app-contents.tsx): a plugin's own route
 * such as `/ambient-mesh/topology` has none.
 */
const NAMESPACED_PREFIXES = [
  '/api-resource',
  '/k8s',
  '/operatorhub',
  '/operatormanagement',
  '/operators',
  '/details',
  '/search',
  '/status',
];
const NAMESPACED_ROUTES = NAMESPACED_PREFIXES.flatMap((p) => [
  { path: `${p}/ns/:ns/*` },
  { path: `${p}/all-namespaces/*` },
]);

/**
 * The projects the user can see, listed only while the menu is open: the console's
 * NamespaceDropdown watches them in its menu, which its Popper mounts only when shown.
 */
const useProjectOptions = (open: boolean) => {
  const gvk = modelFor(PROJECT) ? PROJECT : NAMESPACE;
  const [projects] = useK8sWatchResource<K8sResourceCommon[]>(
    open ? { groupVersionKind: gvk, isList: true } : null,
  );
  return React.useMemo(() => {
    const names = (open ? (projects ?? []) : []).map((p) => p.metadata?.name ?? '').sort();
    return [
      { value: ALL_NAMESPACES, label: 'All Projects' },
      ...names.map((n) => ({ value: n, label: n })),
    ];
  }, [open, projects]);
};

/** The namespace bar: the projects the user can see; sets useActiveNamespace. */
export const ProjectSelector: React.FC = () => {
  const [ns, setNs] = useActiveNamespace();
  const [open, setOpen] = React.useState(false);
  const options = useProjectOptions(open);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const onChange = (next: string) => {
    setNs(next);
    const m = pathname.match(/^\/k8s\/ns\/[^/]+\/(.*)$/);
    if (m && next !== ALL_NAMESPACES) navigate(`/k8s/ns/${encodeURIComponent(next)}/${m[1]}`);
  };
  return (
    <PageSection
      hasBodyWrapper={false}
      padding={{ default: 'noPadding' }}
      className="pf-v6-u-px-md pf-v6-u-pt-sm"
    >
      <ChoiceSelect
        label="Project"
        variant="plainText"
        text={`Project: ${ns === ALL_NAMESPACES ? 'All Projects' : ns}`}
        value={ns}
        options={options}
        onChange={onChange}
        onOpenChange={setOpen}
      />
    </PageSection>
  );
};

/** The project bar on the console's namespaced routes, above the page, as the console shows it. */
export const NamespaceBar: React.FC = () => {
  const location = useLocation();
  return matchRoutes(NAMESPACED_ROUTES, location) ? <ProjectSelector /> : null;
};
