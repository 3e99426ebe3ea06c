import type { LabelSelector } from './types';

type Labels = Record<string, string> | undefined;

/** Whether labels match a Kubernetes label selector (matchLabels AND every matchExpression). */
export const matchesSelector = (labels: Labels, selector: LabelSelector): boolean => {
  const l = labels ?? {};
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => l[k] === v);
  if (!byLabels) return false;
  return (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = Object.prototype.hasOwnProperty.call(l, key);
    switch (operator) {
      case 'In':
        return has && values.includes(l[key]);
      case 'NotIn':
        return !has || !values.includes(l[key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
};

/**
 * Whether istiod sees a namespace: with no discovery selectors every namespace is seen;
 * otherwise a namespace is seen when any selector matches its labels.
 */
export const isDiscovered = (nsLabels: Labels, discoverySelectors: LabelSelector[]): boolean =>
  discoverySelectors.length === 0 || discoverySelectors.some((s) => matchesSelector(nsLabels, s));

/** A label selector as the API's `labelSelector` query parameter writes it. */
export const selectorQuery = (selector: LabelSelector): string =>
  [
    ...Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`),
    ...(selector.matchExpressions ?? []).map(({ key, operator, values = [] }) => {
      switch (operator) {
        case 'In':
          return `${key} in (${values.join(',')})`;
        case 'NotIn':
          return `${key} notin (${values.join(',')})`;
        case 'Exists':
          return key;
        default:
          return `!${key}`;
      }
    }),
  ].join(',');
