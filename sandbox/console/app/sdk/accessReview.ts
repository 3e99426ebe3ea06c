import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { SelfSubjectAccessReviewKind } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';

const SSAR_URL = '/api/kubernetes/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
/** Answers are remembered for a minute, as the console memoizes checkAccess. */
const TTL_MS = 60000;
const cache = new Map<string, { at: number; review: Promise<SelfSubjectAccessReviewKind> }>();

type Attributes = Parameters<typeof SDK.checkAccess>[0];

/** Every attribute, an absent one as its default (the console destructures them so). */
const withDefaults = (a: Attributes | undefined, verb: string) => ({
  group: a?.group ?? '',
  resource: a?.resource ?? '',
  subresource: a?.subresource ?? '',
  verb: (a?.verb ?? verb) as NonNullable<Attributes['verb']>,
  name: a?.name ?? '',
  namespace: a?.namespace ?? '',
});

export const checkAccess: typeof SDK.checkAccess = (attributes, impersonate) => {
  // keyed by the attributes with their defaults, as the console's memo: `{verb: 'get'}` and
  // `{verb: 'get', name: ''}` are one review
  const resourceAttributes = withDefaults(attributes, '');
  const key = JSON.stringify([resourceAttributes, impersonate ?? null]);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.review;
  const review = consoleFetchJSON.post(SSAR_URL, {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes },
  }) as Promise<SelfSubjectAccessReviewKind>;
  review.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), review });
  return review;
};

/**
 * [allowed, loading]. As in the console: not allowed while loading, allowed when the review
 * itself fails (the API server still enforces access), and no review for an empty group and
 * resource unless asked.
 */
export const useAccessReview: typeof SDK.useAccessReview = (
  attributes,
  impersonate,
  noCheckForEmptyGroupAndResource,
) => {
  const [state, setState] = React.useState<[boolean, boolean]>([false, true]);
  const { group, resource, subresource, verb, name, namespace } = withDefaults(attributes, 'get');
  const impersonateKey = impersonate ? JSON.stringify(impersonate) : '';
  const skip = !noCheckForEmptyGroupAndResource && !group && !resource;
  React.useEffect(() => {
    let live = true;
    if (skip) {
      setState([false, false]);
      return undefined;
    }
    setState((s) => (s[1] ? s : [s[0], true]));
    checkAccess(
      { group, resource, subresource, verb, name, namespace },
      impersonateKey ? JSON.parse(impersonateKey) : undefined,
    ).then(
      (r) => live && setState([!!r.status?.allowed, false]),
      () => live && setState([true, false]),
    );
    return () => {
      live = false;
    };
  }, [skip, group, resource, subresource, verb, name, namespace, impersonateKey]);
  return state;
};
