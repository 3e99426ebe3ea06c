import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { useLocation, useNavigate } from 'react-router-dom-v5-compat';
import { useActiveNamespace } from '../sdk/hooks';
import { modelFor } from '../sdk/models';
import { ALL_NAMESPACES } from '../sdk/resourceURL';
import { useK8sWatchResource } from '../sdk/useK8sWatchResource';
import { ChoiceSelect } from './ChoiceSelect';

const PROJECT = { group: 'project.openshift.io', version: 'v1', kind: 'Project' };
const NAMESPACE = { version: 'v1', kind: 'Namespace' };

/** The namespace bar: the projects the user can see; sets useActiveNamespace. */
export const ProjectSelector: React.FC = () => {
  const [ns, setNs] = useActiveNamespace();
  const gvk = modelFor(PROJECT) ? PROJECT : NAMESPACE;
  const [projects] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: gvk,
    isList: true,
  });
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const names = (projects ?? []).map((p) => p.metadata?.name ?? '').sort();
  const options = [
    { value: ALL_NAMESPACES, label: 'All Projects' },
    ...names.map((n) => ({ value: n, label: n })),
  ];
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
      />
    </PageSection>
  );
};
