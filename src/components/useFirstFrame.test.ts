import { rowsWindowCanShow } from './useFirstFrame';

describe('rowsWindowCanShow', () => {
  it('counts the rows of the shortest height that fit below the page above the table', () => {
    expect(rowsWindowCanShow(920, { aboveRowsPx: 360, rowMinPx: 56 })).toBe(10);
    // a part of a row counts: it shows
    expect(rowsWindowCanShow(921, { aboveRowsPx: 360, rowMinPx: 56 })).toBe(11);
  });

  it('draws one row in a window no taller than the page above the table', () => {
    expect(rowsWindowCanShow(300, { aboveRowsPx: 360, rowMinPx: 56 })).toBe(1);
  });
});
