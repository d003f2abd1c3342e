import { GraphQLError, type ASTNode } from 'graphql';

/**
 * Errors for requests refused before execution. Apollo answers an error
 * thrown from a plugin hook with HTTP 500 unless it carries its own status,
 * so each one says 400: the request was wrong, not the server.
 */
const badRequestHttp = { http: { status: 400 } };

export function queryTooComplex(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, ...badRequestHttp } });
}

export function queryTooDeep(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_DEEP', ...extensions, ...badRequestHttp } });
}

/** The request is malformed as a whole (not one of its values): BAD_REQUEST. */
export function badRequest(message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: 'BAD_REQUEST', ...badRequestHttp } });
}

/** A bad input value, named by its path from the argument or variable ("input.recipe"), like our other input errors. */
export function badUserInput(field: string, message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    nodes,
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }], ...badRequestHttp },
  });
}
