import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { CodeBlock, CodeBlockCode } from '@patternfly/react-core';

/**
 * The console's CodeEditor (Monaco) as a light read-only stand-in: the code in a PatternFly code
 * block with line numbers hidden, its height at least `minHeight`, labelled for screen readers.
 */
export const CodeEditor: typeof SDK.CodeEditor = React.forwardRef(function CodeEditor(
  { value, minHeight, language, toolbarLinks },
  _ref,
) {
  return (
    <div data-test="code-editor" data-language={language} style={{ minHeight }}>
      {toolbarLinks && toolbarLinks.length > 0 && <div>{toolbarLinks}</div>}
      <CodeBlock>
        <CodeBlockCode
          tabIndex={0}
          role="region"
          aria-label={language ? `${language} code` : 'code'}
          style={{ whiteSpace: 'pre', overflowX: 'auto' }}
        >
          {value ?? ''}
        </CodeBlockCode>
      </CodeBlock>
    </div>
  );
});
