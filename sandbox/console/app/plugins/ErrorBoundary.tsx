import * as React from 'react';
import { Alert } from '@patternfly/react-core';

type Props = { title: string; children?: React.ReactNode };
type State = { error?: Error };

/** Keeps one extension's failure inside its own box, as the console does. */
export class ErrorBoundary extends React.Component<Props, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert variant="danger" isInline title={this.props.title}>
        {error.message}
      </Alert>
    );
  }
}
