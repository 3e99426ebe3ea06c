import * as React from 'react';

/**
 * The value, held back until it has stopped changing for `delay` ms. While `immediate` is
 * true (e.g. before the first load completes) changes pass straight through.
 */
export const useDebounced = <T>(value: T, delay: number, immediate = false): T => {
  const [held, setHeld] = React.useState(value);
  React.useEffect(() => {
    if (immediate) {
      setHeld(value);
      return undefined;
    }
    const timer = setTimeout(() => setHeld(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay, immediate]);
  return immediate ? value : held;
};
