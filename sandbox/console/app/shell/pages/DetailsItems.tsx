import * as React from 'react';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import type { K8sGroupVersionKind, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { CodeRefComponent } from '../../plugins/CodeRefComponent';
import { type DetailsItem, isDetailsItem, sameModel } from '../../plugins/extensions';
import { labelNamespaces, translateLabel } from '../i18n';

/** The value at a dotted path of the object (`spec.nodeName`), as the console's `path`. */
const valueAt = (obj: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );

/**
 * Sorted as the console's resource summary: by `sortWeight` (lowest first), items without one
 * after, in extension order.
 */
const byWeight = (a: DetailsItem, b: DetailsItem) =>
  (a.properties.sortWeight ?? Infinity) - (b.properties.sortWeight ?? Infinity);

type Props = { obj: K8sResourceCommon; model: K8sGroupVersionKind; column: 'left' | 'right' };

/**
 * The plugins' `console.resource/details-item` extensions of one column of a details page:
 * the translated title, and the component (given `obj`, `path` and `value`) or the primitive
 * value at `path`. Each component renders in its own error boundary; its code loads on first use.
 */
export const DetailsItems: React.FC<Props> = ({ obj, model, column }) => {
  const items = useExtensions(isDetailsItem)
    .filter((e) => sameModel(e.properties.model, model))
    .filter((e) => (e.properties.column ?? 'right') === column)
    .sort(byWeight);
  const { t } = useTranslation(labelNamespaces(items.map((e) => e.properties.title)));
  return (
    <>
      {items.map((e) => {
        const { id, title, path, component } = e.properties;
        const value = path ? valueAt(obj, path) : undefined;
        let body: React.ReactNode;
        if (component) {
          body = (
            <CodeRefComponent
              codeRef={component}
              props={{ obj, path, value }}
              pluginName={e.pluginName}
            />
          );
        } else if (value === undefined || value === null || typeof value === 'object') body = '-';
        else body = String(value);
        return (
          <DescriptionListGroup key={e.uid} data-test={`details-item-${id}`}>
            <DescriptionListTerm>{translateLabel(title, t)}</DescriptionListTerm>
            <DescriptionListDescription>{body}</DescriptionListDescription>
          </DescriptionListGroup>
        );
      })}
    </>
  );
};
