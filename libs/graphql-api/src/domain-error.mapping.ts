import { DomainErrorCode, DomainException, RateLimitedException } from '@app/common';

/** The `extensions.code` clients see for each domain error code. */
export function graphqlCode(code: DomainErrorCode): string {
  switch (code) {
    case DomainErrorCode.Unauthenticated:
      return 'UNAUTHENTICATED';
    case DomainErrorCode.NotFound:
      return 'NOT_FOUND';
    case DomainErrorCode.InvalidInput:
      return 'BAD_USER_INPUT';
    case DomainErrorCode.Conflict:
      return 'CONFLICT';
    case DomainErrorCode.RateLimited:
      return 'TOO_MANY_REQUESTS';
    case DomainErrorCode.Unavailable:
      return 'SERVICE_UNAVAILABLE';
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped domain error code ${String(unmapped)}`);
    }
  }
}

export function httpStatus(code: DomainErrorCode): number {
  switch (code) {
    case DomainErrorCode.Unauthenticated:
      return 401;
    case DomainErrorCode.NotFound:
      return 404;
    case DomainErrorCode.InvalidInput:
      return 400;
    case DomainErrorCode.Conflict:
      return 409;
    case DomainErrorCode.RateLimited:
      return 429;
    case DomainErrorCode.Unavailable:
      return 503;
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped domain error code ${String(unmapped)}`);
    }
  }
}

export function errorExtensions(error: DomainException): Record<string, unknown> {
  return {
    code: graphqlCode(error.code),
    ...(error.fields.length > 0 && { fields: error.fields }),
    ...(error instanceof RateLimitedException && { retryAfterSeconds: error.retryAfterSeconds }),
  };
}
