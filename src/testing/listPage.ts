import { TextDecoder, TextEncoder } from 'util';

/** Gives jsdom the browser's `TextDecoder`, which the plugin's list pages are decoded with. */
export const provideTextDecoder = (): void => {
  Object.assign(globalThis, { TextDecoder });
};

/**
 * A list page as `consoleFetch` answers it: a response whose body is the JSON's bytes, read
 * either at once (`arrayBuffer`) or through a `Blob`; `via` leaves only that one readable.
 */
export const pageResponse = (body: unknown, via?: 'bytes' | 'blob'): Response => {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const refuse = (how: string) => async () => {
    throw new Error(`the page was read ${how}`);
  };
  const arrayBuffer = async () => bytes.buffer;
  return {
    arrayBuffer: via === 'blob' ? refuse('as bytes') : arrayBuffer,
    blob: via === 'bytes' ? refuse('through a Blob') : async () => ({ arrayBuffer }),
  } as unknown as Response;
};
