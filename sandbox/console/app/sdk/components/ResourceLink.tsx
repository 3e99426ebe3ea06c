import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import * as React from 'react';
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

/**
 * A kind's badge, as the console's `ResourceIcon` draws it (frontend/public/components/utils/
 * resource-icon.tsx): the kind for screen readers, then a `co-m-resource-icon` span with the
 * kind's abbreviation and the kind as its title; one element per kind, made once.
 */
const icons = new Map<string, React.ReactElement>();
export const ResourceIcon: typeof SDK.ResourceIcon = ({ kind, groupVersionKind, className }) => {
  const model = modelFor(groupVersionKind ?? kind);
  if (!model) return null;
  const key = `${model.apiGroup ?? ''}~${model.kind}/${className ?? ''}`;
  let icon = icons.get(key);
  if (!icon) {
    const classes = ['co-m-resource-icon', `co-m-resource-${model.kind.toLowerCase()}`, className];
    icon = (
      <>
        <span className="pf-v6-u-screen-reader">{model.kind}</span>
        <span
          className={classes.filter(Boolean).join(' ')}
          title={model.kind}
          data-test-id={`resource-icon-${model.kind}`}
        >
          {model.abbr}
        </span>
      </>
    );
    icons.set(key, icon);
  }
  return icon;
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
