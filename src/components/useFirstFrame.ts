import * as React from 'react';

/**
 * Where a table's rows can start and how short they can be: the least space the page takes above
 * its first row (the console's masthead, the page's title, toolbar and the table's header) and
 * its shortest row, both in CSS pixels at any window width.
 */
export type TableGeometry = { aboveRowsPx: number; rowMinPx: number };

/** At most as many rows as a window of this height can show below the page's head, at least one. */
export const rowsWindowCanShow = (
  windowHeight: number,
  { aboveRowsPx, rowMinPx }: TableGeometry,
): number => Math.max(1, Math.ceil((windowHeight - aboveRowsPx) / rowMinPx));

/**
 * How many rows to draw: while the first rows are being shown, only those the window can show
 * (the rest of the page is below the fold); the whole page once that frame was painted (a task
 * after the next animation frame). Drawing a page of 50 rows took a long task of style and
 * layout before the first frame; the window's rows need a fraction of it.
 */
export const useFirstFrame = (
  hasRows: boolean,
  perPage: number,
  geometry: TableGeometry,
): number => {
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
  return painted ? perPage : Math.min(perPage, rowsWindowCanShow(window.innerHeight, geometry));
};
