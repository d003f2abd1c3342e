import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainException } from '@app/common';
import { toGraphqlError } from './domain-exception.filter';
import { formatInputError } from './input-error.format';

export interface ErrorFormatOptions {
  /** graphql-js "Did you mean …" hints, which spell out the schema; off when introspection is. */
  suggestions: boolean;
}

// graphql-js phrases every hint as a final question, in validation and in variable coercion alike.
const SUGGESTION = / ?Did you mean .+\?$/;
// graphql-js (16.11+) gives up validating overlapping fields past a budget with this bare message.
const VALIDATION_ABORTED = 'Validation aborted.';

function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const fields = formatted.extensions?.fields as { field: string; message: string }[] | undefined;
  return {
    ...formatted,
    message: formatted.message.replace(SUGGESTION, ''),
    ...(fields && { extensions: { ...formatted.extensions, fields: fields.map((f) => ({ ...f, message: f.message.replace(SUGGESTION, '') })) } }),
  };
}

/** The code a validation rule of ours set, which Apollo replaced with GRAPHQL_VALIDATION_FAILED. */
function ruleCode(error: unknown): string | null {
  const original = error instanceof GraphQLError ? error.originalError : null;
  const code = original instanceof GraphQLError ? original.extensions.code : null;
  return typeof code === 'string' && code !== 'GRAPHQL_VALIDATION_FAILED' ? code : null;
}

/**
 * Apollo's formatError: every error leaves with a typed code, whichever
 * phase raised it. Domain errors get the same mapping as in the exception
 * filter (also when they escaped it); validation errors of our own rules
 * keep their code (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX, BAD_USER_INPUT,
 * BAD_REQUEST); bad literals and variables become BAD_USER_INPUT naming the
 * field; anything unexpected is logged and shown only as a reference.
 */
export function graphqlErrorFormatter(options: ErrorFormatOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const logger = new Logger('Errors');
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    let result = formatted;
    if (original instanceof DomainException || !(original instanceof GraphQLError)) {
      const mapped = toGraphqlError(original, logger);
      result = { ...result, message: mapped.message, extensions: mapped.extensions };
    } else if (result.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
      if (result.message === VALIDATION_ABORTED) {
        const message = 'Query is too large to check: ask for fewer fields or split it into several requests.';
        result = { ...result, message, extensions: { ...result.extensions, code: 'QUERY_TOO_COMPLEX' } };
      } else {
        const code = ruleCode(error);
        if (code) result = { ...result, extensions: { ...result.extensions, code } };
      }
    }
    result = formatInputError(result, original instanceof GraphQLError ? original : null);
    if (result.extensions?.code === 'INTERNAL_SERVER_ERROR' && result.extensions.reference === undefined) {
      // A GraphQL error without a code from execution itself (a non-null field resolved to null): a bug.
      const hidden = toGraphqlError(new Error(`${result.message} (at ${result.path?.join('.') ?? 'the request'})`), logger);
      result = { ...result, message: hidden.message, extensions: hidden.extensions };
    }
    return options.suggestions ? result : withoutSuggestions(result);
  };
}
