import * as React from 'react';
import { render } from '@testing-library/react';
import { useK8sWatchResource, type WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

/**
 * Gives a typed SDK mock an implementation written without the SDK's generics (`k8sGet<R>`,
 * `useK8sWatchResource<R>`): the test answers with plain data, the mock keeps the SDK's type.
 */
export const implement = <F extends (...args: never[]) => unknown>(
  mock: jest.MockedFunction<F>,
  impl: (...args: Parameters<F>) => unknown,
) => mock.mockImplementation(impl as (...args: Parameters<F>) => ReturnType<F>);

/** A watch's answer as the SDK gives it: the data (undefined until loaded), loaded, the error. */
export type WatchAnswer = [data: unknown, loaded: boolean, error: unknown];

/**
 * The console's answer for a kind its API discovery does not list (a CRD not installed): an
 * empty list (or object), loaded, with its `NoModelError` ("Model does not exist"), as console
 * 4.19's `useK8sWatchResource` gives it whatever the query's `optional` flag.
 */
export const notServedAnswer = (isList = true): WatchAnswer => [
  isList ? [] : {},
  true,
  new Error('Model does not exist'),
];

/**
 * The console's answer for a switched-off watch (`useK8sWatchResource(null)`): loaded, with
 * nothing. Not a list of none: a hook that switches its watch off must not read it as one.
 */
export const switchedOffAnswer = (): WatchAnswer => [undefined, true, undefined];

/** Makes the SDK's `useK8sWatchResource` answer every watch (`null`: a switched-off watch). */
export const answerWatches = (answer: (resource: WatchK8sResource | null) => WatchAnswer) =>
  implement(jest.mocked(useK8sWatchResource), answer);

/**
 * Before each hook test: a fresh watch mock that answers "nothing loaded yet" (a switched-off
 * watch, as the console does: loaded, with nothing).
 */
export const resetWatches = () => {
  jest.mocked(useK8sWatchResource).mockReset();
  answerWatches((r) => (r ? [undefined, false, undefined] : switchedOffAnswer()));
};

/** A value the types forbid, to test what the API server or a validator refuses. */
export const unchecked = <T,>(value: unknown): T => value as T;

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
