import * as React from 'react';
import { render } from '@testing-library/react';
import { useK8sWatchResource, type WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

/** A watch's answer as the SDK gives it: the data (undefined until loaded), loaded, the error. */
export type WatchAnswer = [data: unknown, loaded: boolean, error: unknown];

/**
 * Makes the SDK's `useK8sWatchResource` mock answer every watch through `answer` (`null` is a
 * switched-off watch). The SDK types the data as always present; tests also answer undefined.
 */
export const answerWatches = (answer: (resource: WatchK8sResource | null) => WatchAnswer) =>
  jest.mocked(useK8sWatchResource).mockImplementation(answer as typeof useK8sWatchResource);

/** Renders a hook once, in a component, and returns what it returned. */
export const probe = <T,>(use: () => T): T => {
  const out: { value?: T } = {};
  const Probe: React.FC = () => {
    out.value = use();
    return null;
  };
  render(<Probe />);
  return out.value as T;
};
