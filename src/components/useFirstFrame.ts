import * as React from 'react';

/** No row of the table is shorter than this (a compact row of one line). */
const ROW_MIN_PX = 40;

/** At most as many rows as a window of this height can show, at least one. */
export const rowsWindowCanShow = (windowHeight: number): number =>
  Math.max(1, Math.ceil(windowHeight / ROW_MIN_PX));

/**
 * How many rows to draw: while the first rows are being shown, only those the window can show
 * (the rest of the page is below the fold); the whole page once that frame was painted (a task
 * after the next animation frame). Drawing a page of 50 rows took a long task of style and
 * layout before the first frame; the window's rows need a fraction of it.
 */
export const useFirstFrame = (hasRows: boolean, perPage: number): number => {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => {
    if (!hasRows || painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [hasRows, painted]);
  return painted ? perPage : Math.min(perPage, rowsWindowCanShow(window.innerHeight));
};
