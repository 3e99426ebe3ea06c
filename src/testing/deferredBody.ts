import { waitFor } from '@testing-library/react';
import { DEFERRED_LOADING } from '../components/DeferredBody';

/**
 * Resolves once a page's `DeferredBody` shows its body: its chunk loaded and rendered. The first
 * test of a file waits for the body's modules to be compiled, which can take seconds.
 */
export const bodyShown = (): Promise<void> =>
  waitFor(
    () => {
      if (document.querySelector(`[data-test="${DEFERRED_LOADING}"]`)) {
        throw new Error('the page body is still loading');
      }
    },
    { timeout: 15000 },
  );
