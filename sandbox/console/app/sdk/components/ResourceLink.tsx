import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { Label } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { getGroupVersionKindForModel as gvkOfModel, modelFor, urlSegmentFor } from '../models';

/** The console's path of a resource: namespaces and projects have their own pages. */
export const resourceDetailsPath = (model: K8sModel, name: string, namespace?: string): string => {
  const n = encodeURIComponent(name);
  if (!model.apiGroup && model.kind === 'Namespace') return `/k8s/cluster/namespaces/${n}`;
  if (model.apiGroup === 'project.openshift.io' && model.kind === 'Project') {
    return `/k8s/cluster/projects/${n}`;
  }
  const seg = urlSegmentFor(model);
  return model.namespaced && namespace
    ? `/k8s/ns/${encodeURIComponent(namespace)}/${seg}/${n}`
    : `/k8s/cluster/${seg}/${n}`;
};

/** A kind's badge: its abbreviation, the kind as a title (the console's co-m-resource-icon). */
export const ResourceIcon: typeof SDK.ResourceIcon = ({ kind, groupVersionKind, className }) => {
  const model = modelFor(groupVersionKind ?? kind);
  if (!model) return null;
  return (
    <Label
      isCompact
      color="blue"
      className={['pf-v6-u-mr-xs', className].filter(Boolean).join(' ')}
      title={model.kind}
      data-test-id={`resource-icon-${model.kind}`}
    >
      {model.abbr}
    </Label>
  );
};

/** A resource's kind badge and name, linking to its details page. */
export const ResourceLink: typeof SDK.ResourceLink = ({
  kind,
  groupVersionKind,
  name,
  namespace,
  displayName,
  linkTo = true,
  hideIcon,
  inline,
  className,
  title,
  dataTest,
  onClick,
  nameSuffix,
  children,
}) => {
  const model = modelFor(groupVersionKind ?? kind);
  const text = displayName || name;
  const badge = !hideIcon && model ? <ResourceIcon groupVersionKind={gvkOfModel(model)} /> : null;
  const body = (
    <>
      {text}
      {nameSuffix}
    </>
  );
  const Tag = inline ? 'span' : 'span';
  return (
    <Tag className={className} data-test-id={dataTest} title={title}>
      {badge}
      {linkTo && model && name ? (
        <Link to={resourceDetailsPath(model, name, namespace)} onClick={onClick}>
          {body}
        </Link>
      ) : (
        body
      )}
      {children}
    </Tag>
  );
};
