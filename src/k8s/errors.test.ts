import { errorMessage, httpStatus, isConflict, isNotFound, statusCauses } from './errors';

describe('API errors', () => {
  it('reads the status of console errors in every shape', () => {
    expect(httpStatus({ response: { status: 409 } })).toBe(409);
    expect(httpStatus({ json: { code: 404 } })).toBe(404);
    expect(httpStatus({ code: 422 })).toBe(422);
    expect(httpStatus({ status: 403 })).toBe(403);
    expect(httpStatus(new Error('x'))).toBeUndefined();
    expect(httpStatus(undefined)).toBeUndefined();
  });

  it('recognises not-found errors', () => {
    expect(isNotFound({ json: { code: 404 } })).toBe(true);
    expect(isNotFound({ response: { status: 404 } })).toBe(true);
    expect(isNotFound({ code: 404 })).toBe(true);
    expect(isNotFound({ json: { reason: 'NotFound' } })).toBe(true);
    expect(isNotFound({ json: { code: 403 } })).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
    expect(isConflict({ response: { status: 409 } })).toBe(true);
    expect(isConflict({ code: 422 })).toBe(false);
  });

  it('words any failure and lists the causes of a Status body', () => {
    const causes = [{ field: 'spec.version', message: 'Unsupported value' }];
    const status = Object.assign(new Error('invalid'), {
      json: { message: 'Istio is invalid', details: { causes } },
    });
    expect(errorMessage(status)).toBe('Istio is invalid');
    expect(statusCauses(status)).toEqual(causes);
    expect(statusCauses(new Error('x'))).toEqual([]);
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage({ json: { message: 'conflict' } })).toBe('conflict');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ reason: 'x' })).toBe('{"reason":"x"}');
    expect(errorMessage(undefined)).toBe('');
  });
});
