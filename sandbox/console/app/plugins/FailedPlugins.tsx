import * as React from 'react';
import { usePluginInfo } from '@openshift/dynamic-plugin-sdk';
import { Alert, List, ListItem, PageSection } from '@patternfly/react-core';

type Props = { manifestErrors: { name: string; message: string }[] };

const causeText = (cause: unknown): string => {
  if (Array.isArray(cause)) return cause.map(causeText).join('; ');
  if (cause instanceof Error) {
    const inner = causeText((cause as Error & { cause?: unknown }).cause);
    return inner ? `${cause.message}: ${inner}` : cause.message;
  }
  return cause == null ? '' : String(cause);
};

/** The console's failed-plugins notice: which plugins failed to load, and why. */
export const FailedPlugins: React.FC<Props> = ({ manifestErrors }) => {
  const info = usePluginInfo();
  const failed = [
    ...manifestErrors,
    ...info.flatMap((p) =>
      p.status === 'failed'
        ? [
            {
              name: p.manifest.name,
              message: [p.errorMessage, causeText(p.errorCause)].filter(Boolean).join(': '),
            },
          ]
        : [],
    ),
  ];
  if (failed.length === 0) return null;
  return (
    <PageSection hasBodyWrapper={false} padding={{ default: 'noPadding' }}>
      <Alert
        variant="danger"
        isInline
        title={`${failed.length} plugin${failed.length > 1 ? 's' : ''} failed to load`}
      >
        <List>
          {failed.map((f) => (
            <ListItem key={f.name}>
              {f.name}: {f.message}
            </ListItem>
          ))}
        </List>
      </Alert>
    </PageSection>
  );
};
