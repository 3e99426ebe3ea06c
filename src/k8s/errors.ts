/** A cause of a `Status` error body (`details.causes[]`). */
export type StatusCause = { field?: string; message?: string; reason?: string };

/** The shapes the console SDK rejects with: an Error with the response and the `Status` body. */
type APIError = {
  code?: unknown;
  status?: unknown;
  message?: unknown;
  response?: { status?: unknown };
  json?: {
    code?: unknown;
    reason?: unknown;
    message?: unknown;
    details?: { causes?: StatusCause[] };
  };
};

const asAPIError = (e: unknown): APIError | undefined =>
  e && typeof e === 'object' ? (e as APIError) : undefined;

/** The HTTP status of a failed API request, or undefined when it has none. */
export const httpStatus = (e: unknown): number | undefined => {
  const err = asAPIError(e);
  const code = err?.response?.status ?? err?.json?.code ?? err?.code ?? err?.status;
  return typeof code === 'number' ? code : undefined;
};

/** Whether an API error means "not found" (HTTP 404, or a `Status` with reason NotFound). */
export const isNotFound = (e: unknown): boolean =>
  httpStatus(e) === 404 || asAPIError(e)?.json?.reason === 'NotFound';

/** Whether an API error is a conflict (409: AlreadyExists, or a stale resourceVersion). */
export const isConflict = (e: unknown): boolean => httpStatus(e) === 409;

/** The causes of a `Status` error body (`details.causes[]`), per field. */
export const statusCauses = (e: unknown): StatusCause[] =>
  asAPIError(e)?.json?.details?.causes ?? [];

/** A readable message for any failure: the `Status` message, the Error's, or the value itself. */
export const errorMessage = (error: unknown): string => {
  if (!error) return '';
  if (typeof error === 'string') return error;
  const e = error as APIError;
  const message = e.json?.message ?? e.message;
  if (typeof message === 'string') return message;
  return error instanceof Error ? error.message : JSON.stringify(error);
};
