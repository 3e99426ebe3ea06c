/**
 * The console SDK at run time: every export the plugin may import, each typed with the SDK's
 * own declaration. Shared with the plugin as `@openshift-console/dynamic-plugin-sdk`.
 */
export { useK8sWatchResource, useK8sWatchResources } from './useK8sWatchResource';
export { k8sGet, k8sListItems, k8sCreate, k8sUpdate, k8sPatch, k8sDelete } from './k8s';
export { consoleFetch, consoleFetchJSON } from './fetch';
export { useAccessReview, checkAccess } from './accessReview';
export { useActiveNamespace, useFlag } from './hooks';
export { useK8sModel, getGroupVersionKindForModel } from './models';
export { ResourceIcon, ResourceLink } from './components/ResourceLink';
export {
  BlueInfoCircleIcon,
  GreenCheckCircleIcon,
  RedExclamationCircleIcon,
  StatusIconAndText,
  YellowExclamationTriangleIcon,
} from './components/status';
export { CodeEditor } from './components/CodeEditor';
export { ListPageHeader, ListPageBody } from './components/ListPage';
export { useModal } from './components/modal';
export { DocumentTitle } from './components/DocumentTitle';
export { Timestamp } from './components/Timestamp';
