/**
 * Typed mocks of the console SDK for unit tests. Each mock is declared with the SDK's own type,
 * so a signature change in the SDK breaks the type check. Tests set return values per case:
 *   jest.mocked(useK8sWatchResource).mockReturnValue([data, true, undefined]);
 */
import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

/** A jest mock with exactly the SDK function's signature. */
const typedMock = <F extends (...args: never[]) => unknown>(
  impl?: (...args: Parameters<F>) => unknown,
) => jest.fn(impl) as unknown as jest.MockedFunction<F>;

// nothing loaded yet; a switched-off watch (`null`) is loaded with nothing, as in the console
export const useK8sWatchResource = typedMock<typeof SDK.useK8sWatchResource>((resource) =>
  resource ? [undefined, false, undefined] : [undefined, true, undefined],
);
export const useK8sWatchResources = typedMock<typeof SDK.useK8sWatchResources>(() => ({}));
export const useAccessReview = typedMock<typeof SDK.useAccessReview>(() => [true, false]);
export const checkAccess = typedMock<typeof SDK.checkAccess>();
export const useActiveNamespace = typedMock<typeof SDK.useActiveNamespace>(() => [
  '#ALL_NS#',
  jest.fn(),
]);
export const useK8sModel = typedMock<typeof SDK.useK8sModel>();
export const useModal = typedMock<typeof SDK.useModal>(() => jest.fn());
export const k8sGet = typedMock<typeof SDK.k8sGet>();
export const k8sListItems = typedMock<typeof SDK.k8sListItems>();
export const k8sCreate = typedMock<typeof SDK.k8sCreate>();
export const k8sUpdate = typedMock<typeof SDK.k8sUpdate>();
export const k8sPatch = typedMock<typeof SDK.k8sPatch>();
export const k8sDelete = typedMock<typeof SDK.k8sDelete>();
export const consoleFetch = typedMock<typeof SDK.consoleFetch>();
export const consoleFetchJSON = Object.assign(jest.fn(), {
  delete: jest.fn(),
  post: jest.fn(),
  put: jest.fn(),
  patch: jest.fn(),
}) as unknown as jest.MockedFunction<typeof SDK.consoleFetchJSON> & typeof SDK.consoleFetchJSON;
export const getGroupVersionKindForModel = typedMock<typeof SDK.getGroupVersionKindForModel>(
  (model) => ({ group: model.apiGroup, version: model.apiVersion, kind: model.kind }),
);

type Children = { children?: React.ReactNode };

export const ListPageHeader = ({ title, children }: { title: string } & Children) => (
  <div>
    <h1>{title}</h1>
    {children}
  </div>
);
export const ListPageBody = ({ children }: Children) => <div>{children}</div>;
export const DocumentTitle = ({ children }: Children) => <>{children}</>;
export const ResourceLink = ({
  name,
  kind,
  groupVersionKind,
  namespace,
  children,
}: React.ComponentProps<typeof SDK.ResourceLink>) => (
  <span>
    <a href={`#${groupVersionKind?.kind ?? kind}/${namespace ? `${namespace}/` : ''}${name}`}>
      {name}
    </a>
    {children}
  </span>
);
export const ResourceIcon = ({
  groupVersionKind,
}: React.ComponentProps<typeof SDK.ResourceIcon>) => <span title={groupVersionKind?.kind} />;
const icon =
  (status: string) =>
  ({ title }: React.ComponentProps<typeof SDK.GreenCheckCircleIcon>) => (
    <svg data-status={status}>{title && <title>{title}</title>}</svg>
  );
export const GreenCheckCircleIcon = icon('success');
export const RedExclamationCircleIcon = icon('danger');
export const YellowExclamationTriangleIcon = icon('warning');
export const BlueInfoCircleIcon = icon('info');
export const StatusIconAndText = ({
  icon: statusIcon,
  title,
  iconOnly,
}: React.ComponentProps<typeof SDK.StatusIconAndText>) => (
  <span>
    {statusIcon}
    {!iconOnly && title}
  </span>
);
export const CodeEditor = React.forwardRef<unknown, React.ComponentProps<typeof SDK.CodeEditor>>(
  function CodeEditor({ value, language, toolbarLinks }, _ref) {
    return (
      <div>
        {toolbarLinks}
        <pre data-language={language}>{value}</pre>
      </div>
    );
  },
);
export const Timestamp = ({ timestamp }: { timestamp: string | number }) => (
  <span>{String(timestamp)}</span>
);
