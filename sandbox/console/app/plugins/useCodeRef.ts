import * as React from 'react';
import type { CodeRef } from './extensions';

const resolved = new WeakMap<CodeRef<unknown>, Promise<unknown>>();

/** Resolves a code reference once, on first use; later callers share the same promise. */
export const resolveCodeRef = <T>(ref: CodeRef<T>): Promise<T> => {
  let p = resolved.get(ref as CodeRef<unknown>);
  if (!p) {
    p = ref();
    resolved.set(ref as CodeRef<unknown>, p);
  }
  return p as Promise<T>;
};

/** [value, error] of a code reference, resolved when the calling component first renders. */
export const useCodeRef = <T>(ref: CodeRef<T> | undefined): [T | undefined, unknown] => {
  const [state, setState] = React.useState<{ ref?: CodeRef<T>; value?: T; error?: unknown }>({});
  React.useEffect(() => {
    if (!ref) return undefined;
    let live = true;
    resolveCodeRef(ref).then(
      (value) => live && setState({ ref, value }),
      (error: unknown) => live && setState({ ref, error }),
    );
    return () => {
      live = false;
    };
  }, [ref]);
  return state.ref === ref ? [state.value, state.error] : [undefined, undefined];
};
