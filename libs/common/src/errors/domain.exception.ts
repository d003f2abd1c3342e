/**
 * Every error a user can act on is a DomainException with a code from this
 * enum. Services throw these, never HTTP or GraphQL errors; the API's
 * exception filter maps each code to a GraphQL error code in one exhaustive
 * switch, so adding a code here fails to compile until it is mapped.
 */
export enum DomainErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  NotFound = 'NOT_FOUND',
  InvalidInput = 'INVALID_INPUT',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  Unavailable = 'UNAVAILABLE',
}

/** A message about one input field, as returned to clients. */
export interface FieldError {
  field: string;
  message: string;
}

export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message = 'Sign in first: send "Authorization: Bearer <token>" with a token from login or register.') {
    super(DomainErrorCode.Unauthenticated, message);
  }
}

/**
 * Raised for ids that do not exist and, identically, for ids that belong to
 * another user: the two cases must be indistinguishable to the caller.
 */
export class NotFoundException extends DomainException {
  constructor(entity: string, id: string, field?: string) {
    super(
      DomainErrorCode.NotFound,
      `${entity} ${JSON.stringify(id)} was not found.`,
      field ? [{ field, message: `No ${entity.toLowerCase()} with this id.` }] : [],
    );
  }
}

export class InvalidInputException extends DomainException {
  constructor(fields: FieldError[], message?: string) {
    super(DomainErrorCode.InvalidInput, message ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  }

  static field(field: string, message: string): InvalidInputException {
    return new InvalidInputException([{ field, message }]);
  }
}

export class RateLimitedException extends DomainException {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many attempts: try again in ${retryAfterSeconds} s.`,
  ) {
    super(DomainErrorCode.RateLimited, message);
  }
}
