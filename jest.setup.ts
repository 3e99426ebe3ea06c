import '@testing-library/jest-dom';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

// The plugin's own list watch (`useListWatch`: `consoleFetch`, then a WebSocket) answers
// unit tests from the same mocked `useK8sWatchResource` as every other watch, so that a test
// answers a watch the same way whichever of the two the hook uses. Its own tests unmock it
// (`useListWatch.test.tsx`, `listWatch.test.ts`).
jest.mock('./src/resources/common/useListWatch', () => {
  // the same instance of the SDK mock the test imports (not `requireMock`'s registry); a
  // factory may not refer to imports, so it is required here
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk: typeof SDK = require('@openshift-console/dynamic-plugin-sdk');
  return {
    useListWatch: jest.fn((resource: WatchK8sResource | null) => sdk.useK8sWatchResource(resource)),
  };
});
