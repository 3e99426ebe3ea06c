import * as React from 'react';
import { Alert, Bullseye, Spinner } from '@patternfly/react-core';
import type { CodeRef } from './extensions';
import { ErrorBoundary } from './ErrorBoundary';
import { useCodeRef } from './useCodeRef';

type Props<P> = { codeRef: CodeRef<React.ComponentType<P>>; props: P; pluginName: string };

const Loading = () => (
  <Bullseye>
    <Spinner aria-label="Loading" />
  </Bullseye>
);

/** Renders a plugin component named by a code reference, loading its chunk on first use. */
export const CodeRefComponent = <P,>({ codeRef, props, pluginName }: Props<P>) => {
  const [Component, error] = useCodeRef(codeRef);
  if (error) {
    return (
      <Alert variant="danger" isInline title={`Failed to load a module of plugin ${pluginName}`}>
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    );
  }
  if (!Component) return <Loading />;
  return (
    <ErrorBoundary title={`An error occurred in plugin ${pluginName}`}>
      <React.Suspense fallback={<Loading />}>
        <Component {...(props as P & React.JSX.IntrinsicAttributes)} />
      </React.Suspense>
    </ErrorBoundary>
  );
};
