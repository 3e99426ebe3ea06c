import { TextDecoder, TextEncoder } from 'util';

/** Gives jsdom the browser's `TextDecoder`, which the plugin's list pages are decoded with. */
export const provideTextDecoder = (): void => {
  Object.assign(globalThis, { TextDecoder });
};

/** A list page as `consoleFetch` answers it: a response whose body is the JSON's bytes. */
export const pageResponse = (body: unknown): Response => {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  return { arrayBuffer: async () => bytes.buffer } as unknown as Response;
};
