/** Kubernetes `Status` errors, shaped as the real API server sends them. */
export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  details?: StatusDetails;
  code: number;
}

export class StatusError extends Error {
  constructor(
    public readonly code: number,
    public readonly reason: string,
    message: string,
    public readonly details?: StatusDetails,
  ) {
    super(message);
  }

  toStatus(): StatusBody {
    const body: StatusBody = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      code: this.code,
    };
    if (this.details) body.details = this.details;
    return body;
  }
}

/** `istios.sailoperator.io` style qualified resource name used in messages. */
export const qualified = (plural: string, group: string): string =>
  group ? `${plural}.${group}` : plural;

export const notFound = (plural: string, group: string, name: string): StatusError =>
  new StatusError(404, 'NotFound', `${qualified(plural, group)} "${name}" not found`, {
    name,
    group: group || undefined,
    kind: plural,
  });

export const alreadyExists = (plural: string, group: string, name: string): StatusError =>
  new StatusError(409, 'AlreadyExists', `${qualified(plural, group)} "${name}" already exists`, {
    name,
    group: group || undefined,
    kind: plural,
  });

export const conflict = (plural: string, group: string, name: string): StatusError =>
  new StatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(plural, group)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group: group || undefined, kind: plural },
  );

export const badRequest = (message: string): StatusError =>
  new StatusError(400, 'BadRequest', message);

export const methodNotAllowed = (): StatusError =>
  new StatusError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
  );

export const gone = (message: string): StatusError => new StatusError(410, 'Expired', message);

export const unauthorized = (): StatusError => new StatusError(401, 'Unauthorized', 'Unauthorized');

export interface Denial {
  user: string;
  verb: string;
  resource: string;
  group: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export const forbidden = (d: Denial): StatusError => {
  const res = d.subresource ? `${d.resource}/${d.subresource}` : d.resource;
  const scope = d.namespace ? `in the namespace "${d.namespace}"` : 'at the cluster scope';
  const target = d.name
    ? `${qualified(d.resource, d.group)} "${d.name}"`
    : qualified(d.resource, d.group);
  return new StatusError(
    403,
    'Forbidden',
    `${target} is forbidden: User "${d.user}" cannot ${d.verb} resource "${res}" in API group "${d.group}" ${scope}`,
    { name: d.name, group: d.group || undefined, kind: d.resource },
  );
};

export interface FieldError {
  type:
    | 'FieldValueInvalid'
    | 'FieldValueRequired'
    | 'FieldValueNotSupported'
    | 'FieldValueForbidden'
    | 'FieldValueDuplicate'
    | 'FieldValueTypeInvalid';
  field: string;
  message: string;
}

/** 422 Invalid with one cause per field error, worded like apimachinery's field.ErrorList. */
export const invalid = (
  kind: string,
  group: string,
  name: string,
  errors: FieldError[],
): StatusError => {
  const texts = errors.map((e) => `${e.field || '<nil>'}: ${e.message}`);
  const gk = group ? `${kind}.${group}` : kind;
  const list = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  return new StatusError(422, 'Invalid', `${gk} "${name}" is invalid: ${list}`, {
    name,
    group: group || undefined,
    kind,
    causes: errors.map((e) => ({ reason: e.type, message: e.message, field: e.field })),
  });
};
