import { noItems, noneIfNotServed, notServed, settled } from './watch';
import { notServedAnswer } from '../../testing/watch';

describe('a kind the cluster may not serve', () => {
  it("tells the console's not-served answer from other errors", () => {
    const [, , error] = notServedAnswer();
    expect(notServed(error)).toBe(true);
    expect(notServed(Object.assign(new Error('forbidden'), { code: 403 }))).toBe(false);
    expect(notServed(undefined)).toBe(false);
    expect(notServed('Model does not exist')).toBe(false);
  });

  it('has none of a kind not served: loaded, empty, no error; keeps any other error', () => {
    const [data, loaded, error] = notServedAnswer();
    expect(noneIfNotServed(data as string[], loaded, error)).toEqual({
      items: [],
      loaded: true,
      error: undefined,
    });
    expect(noneIfNotServed(undefined, false, error).items).toBe(noItems());
    const forbidden = new Error('forbidden');
    expect(noneIfNotServed(undefined, false, forbidden)).toEqual({
      items: [],
      loaded: false,
      error: forbidden,
    });
    expect(noneIfNotServed(['a'], true, undefined)).toEqual({
      items: ['a'],
      loaded: true,
      error: undefined,
    });
  });
});

describe('settled', () => {
  it('holds once a watch answered, loaded or failed, and not while it loads', () => {
    expect(settled({ loaded: false, error: undefined })).toBe(false);
    expect(settled({ loaded: true, error: undefined })).toBe(true);
    expect(settled({ loaded: false, error: new Error('forbidden') })).toBe(true);
  });
});
