import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';

/** Whether the user may patch (label) the namespace `name`: `[allowed, checking]`. */
export const useCanLabelNamespace = (name: string): [boolean, boolean] =>
  useAccessReview({ group: '', resource: 'namespaces', verb: 'patch', name, namespace: name });
