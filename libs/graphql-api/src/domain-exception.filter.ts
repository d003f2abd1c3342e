import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainException } from '@app/common';
import { currentRequestId } from '@app/logging';
import { errorExtensions, httpStatus } from './domain-error.mapping';

interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
  headersSent?: boolean;
}

/**
 * Turns domain errors into typed GraphQL errors (or JSON for plain HTTP
 * routes). Anything else is a bug: it is logged with a reference the user
 * can quote, and its details are never shown.
 */
@Catch()
export class DomainExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const isGraphql = host.getType<GqlContextType>() === 'graphql';
    if (isGraphql) {
      GqlArgumentsHost.create(host);
      return toGraphqlError(exception, this.logger);
    }
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (response.headersSent) return undefined;
    if (exception instanceof DomainException) {
      response.status(httpStatus(exception.code)).json({ error: { message: exception.message, ...errorExtensions(exception) } });
    } else if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(exception.getResponse());
    } else {
      const ref = logUnexpected(this.logger, exception);
      response.status(500).json({ error: { message: `Internal error (reference ${ref}).`, code: 'INTERNAL_SERVER_ERROR', ...requestIdField() } });
    }
    return undefined;
  }
}

/** Logs a failure nobody planned for under a short reference the user can quote. */
export function logUnexpected(logger: Logger, exception: unknown): string {
  const ref = randomUUID().slice(0, 8);
  logger.error(`[${ref}] ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`);
  return ref;
}

/**
 * The GraphQL error for anything a resolver threw: domain errors get their
 * typed code, GraphQL errors pass through, anything else is a bug, logged
 * and shown only as a reference.
 */
export function toGraphqlError(exception: unknown, logger: Logger): GraphQLError {
  if (exception instanceof DomainException) {
    return new GraphQLError(exception.message, { extensions: errorExtensions(exception) });
  }
  if (exception instanceof GraphQLError) return exception;
  const ref = logUnexpected(logger, exception);
  return new GraphQLError(`Internal error (reference ${ref}). Try again; if it persists, report the reference.`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference: ref, ...requestIdField() },
  });
}

/** The request's id (X-Request-Id), which the user can quote and which every log line of the request carries. */
function requestIdField(): { requestId?: string } {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
}
